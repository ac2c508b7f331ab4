import type { Appearance, Quote, Speaker } from '../corpus';
import { passes } from './computeMasks';
import type { CorpusIndex } from './corpusIndex';
import { isEmptyFilters, type Facet, type Filters } from './filters';
import { quoteHasTerm } from './quoteHasTerm';

/** The records behind the current filter (or behind it minus one facet, for that facet's chart). */
export interface Selection {
  readonly speakers: readonly Speaker[];
  readonly speakerIds: ReadonlySet<string>;
  /** Appearances of the selected speakers, limited to the selected events. */
  readonly appearances: readonly Appearance[];
  /** Quotes of the selected speakers, limited to the selected events and terms. */
  readonly quotes: readonly Quote[];
  readonly documentIds: ReadonlySet<string>;
  readonly eventIds: ReadonlySet<string>;
}

/**
 * Resolve masks into records in one pass over appearances and quotes. With no
 * speaker-level filter the documents and events are the whole corpus (or the
 * chosen events), so documents without speakers still count.
 */
export function computeSelection(index: CorpusIndex, masks: Uint8Array, f: Filters, except?: Facet): Selection {
  const { corpus, speakers, speakerPos } = index;
  const events = except === 'event' ? null : f.event.length ? new Set(f.event) : null;
  const terms = except === 'term' ? [] : f.term;
  const ok = (sp: number | undefined) => sp !== undefined && passes(masks[sp]!, except);
  const selected: Speaker[] = [];
  const speakerIds = new Set<string>();
  for (let i = 0; i < speakers.length; i++) {
    if (passes(masks[i]!, except)) {
      selected.push(speakers[i]!);
      speakerIds.add(speakers[i]!.id);
    }
  }
  const appearances = corpus.appearances.filter((a) => ok(speakerPos.get(a.speakerId)) && (!events || events.has(a.eventId)));
  const quotes: Quote[] = [];
  corpus.quotes.forEach((q, qi) => {
    if (!ok(speakerPos.get(q.speakerId)) || (events && !events.has(q.eventId))) return;
    if (terms.length && !terms.some((t) => quoteHasTerm(index, qi, t))) return;
    quotes.push(q);
  });
  const speakerLevel = { ...f, event: [], ...(except ? { [except]: [] } : {}) } as Filters;
  let documentIds: Set<string>;
  let eventIds: Set<string>;
  if (!isEmptyFilters(speakerLevel)) {
    documentIds = new Set([...appearances.map((a) => a.documentId), ...quotes.map((q) => q.documentId)]);
    eventIds = new Set([...appearances.map((a) => a.eventId), ...quotes.map((q) => q.eventId)]);
  } else if (events) {
    eventIds = new Set(corpus.events.filter((e) => events.has(e.id)).map((e) => e.id));
    documentIds = new Set(corpus.documents.filter((d) => d.eventId !== null && events.has(d.eventId)).map((d) => d.id));
  } else {
    eventIds = new Set(corpus.events.map((e) => e.id));
    documentIds = new Set(corpus.documents.map((d) => d.id));
  }
  return { speakers: selected, speakerIds, appearances, quotes, documentIds, eventIds };
}

/** Headline counts for the summary strip. */
export function computeSummary(sel: Selection) {
  const countries = new Set(sel.speakers.map((s) => s.country).filter((c) => c !== null));
  return {
    documents: sel.documentIds.size,
    events: sel.eventIds.size,
    speakers: sel.speakers.length,
    countries: countries.size,
    quotes: sel.quotes.length,
  };
}
