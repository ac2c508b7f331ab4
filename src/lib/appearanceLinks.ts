import type { Corpus } from '../corpus';
import type { CountUnits } from './countUnits';

/** Appearance → speaker / event / document position, as made with the appearances (see rememberAppearanceLinks). */
export interface AppearanceLinks {
  readonly speaker: Int32Array;
  readonly event: Int32Array;
  readonly document: Int32Array;
  /** The "event" count units of a corpus without quotes (a first load's head), made with the appearances (see countUnits). */
  readonly eventUnits?: CountUnits;
}

export const knownLinks = new WeakMap<readonly Corpus['appearances'][number][], AppearanceLinks & Pick<Corpus, 'speakers' | 'events' | 'documents'>>();

/**
 * The positions of `corpus`'s appearances among its speakers, events and documents, known by
 * whoever made them (unpackHead), for buildIndex (corpusIndex.ts) to take instead of looking up
 * each id again (100k appearances at 10,000 articles): only for these very arrays; a corpus that
 * shares the appearances but not the rest looks them up. No imports: the loader's worker, which
 * bundles packHead.ts, gains nothing from it.
 */
export function rememberAppearanceLinks(corpus: Pick<Corpus, 'appearances' | 'speakers' | 'events' | 'documents'>, links: AppearanceLinks): void {
  knownLinks.set(corpus.appearances, { ...links, speakers: corpus.speakers, events: corpus.events, documents: corpus.documents });
}
