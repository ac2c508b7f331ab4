import type { Corpus, Document, Event, Quote, Speaker } from '../corpus';

type TermList = readonly (readonly [string, number])[];

/**
 * Lookups built once per corpus so a filter change never scans for one record
 * or touches IndexedDB. Arrays are the corpus's own (never copied or mutated).
 */
export interface CorpusIndex {
  readonly corpus: Corpus;
  readonly speakers: readonly Speaker[];
  /** Position of each speaker in `speakers` (masks and counts are indexed by it). */
  readonly speakerPos: ReadonlyMap<string, number>;
  readonly speakerById: ReadonlyMap<string, Speaker>;
  readonly eventById: ReadonlyMap<string, Event>;
  readonly documentById: ReadonlyMap<string, Document>;
  /** Speaker position → ids of events they appear at (from appearances and quotes). */
  readonly eventsBySpeaker: readonly ReadonlySet<string>[];
  /** Speaker position → their quotes, in corpus order. */
  readonly quotesBySpeaker: readonly Quote[][];
  readonly termsByQuote: ReadonlyMap<string, TermList>;
  readonly termsByDocument: ReadonlyMap<string, TermList>;
  /** Lower-cased quote texts, in corpus order (built on first text search). */
  quoteTextLower(): readonly string[];
}

export function buildIndex(corpus: Corpus): CorpusIndex {
  const speakers = corpus.speakers;
  const speakerPos = new Map<string, number>();
  speakers.forEach((s, i) => speakerPos.set(s.id, i));
  const eventsBySpeaker = speakers.map(() => new Set<string>());
  const quotesBySpeaker: Quote[][] = speakers.map(() => []);
  for (const a of corpus.appearances) {
    const i = speakerPos.get(a.speakerId);
    if (i !== undefined) eventsBySpeaker[i]!.add(a.eventId);
  }
  for (const q of corpus.quotes) {
    const i = speakerPos.get(q.speakerId);
    if (i === undefined) continue;
    quotesBySpeaker[i]!.push(q);
    eventsBySpeaker[i]!.add(q.eventId);
  }
  const termsByQuote = new Map<string, TermList>();
  const termsByDocument = new Map<string, TermList>();
  for (const t of corpus.terms) (t.kind === 'quote' ? termsByQuote : termsByDocument).set(t.id, t.counts);
  let lower: string[] | undefined;
  return {
    corpus,
    speakers,
    speakerPos,
    speakerById: new Map(speakers.map((s) => [s.id, s])),
    eventById: new Map(corpus.events.map((e) => [e.id, e])),
    documentById: new Map(corpus.documents.map((d) => [d.id, d])),
    eventsBySpeaker,
    quotesBySpeaker,
    termsByQuote,
    termsByDocument,
    quoteTextLower: () => (lower ??= corpus.quotes.map((q) => q.text.toLowerCase())),
  };
}
