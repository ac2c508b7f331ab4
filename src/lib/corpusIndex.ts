import type { Corpus, Document, Event, Quote, Speaker } from '../corpus';
import { knownLinks } from './appearanceLinks';
import { countUnits, type CountUnits } from './countUnits';
import { buildTermTable, vocabularyIndex, type TermTable } from './termTable';

/**
 * Lookups built once per corpus so a filter change never scans for one record
 * or touches IndexedDB. Records are referred to by their position in the
 * corpus arrays; the per-record links are typed arrays, so the O(n) passes a
 * filter change makes over 100k appearances and quotes stay in the low ms.
 */
export interface CorpusIndex {
  readonly corpus: Corpus;
  readonly speakers: readonly Speaker[];
  readonly speakerPos: ReadonlyMap<string, number>;
  readonly eventPos: ReadonlyMap<string, number>;
  readonly speakerById: ReadonlyMap<string, Speaker>;
  readonly eventById: ReadonlyMap<string, Event>;
  readonly documentById: ReadonlyMap<string, Document>;
  /** Appearance position → speaker / event / document position. */
  readonly appearanceSpeaker: Int32Array;
  readonly appearanceEvent: Int32Array;
  readonly appearanceDocument: Int32Array;
  /** Quote position → speaker / event / document position. */
  readonly quoteSpeaker: Int32Array;
  readonly quoteEvent: Int32Array;
  readonly quoteDocument: Int32Array;
  /** Document position → event position, or -1. */
  readonly documentEvent: Int32Array;
  /** Speaker position → ids of events they appear at (from appearances and quotes), in the order they first do. */
  readonly eventsBySpeaker: readonly ReadonlySet<string>[];
  /** Event position → distinct speaker positions at it, in the order they first appear. */
  readonly speakersByEvent: readonly Int32Array[];
  /** Speaker position → their quotes, in corpus order. */
  readonly quotesBySpeaker: readonly Quote[][];
  readonly quoteTerms: TermTable;
  readonly documentTerms: TermTable;
  /** Lower-cased quote texts, in corpus order (built on first text search). */
  quoteTextLower(): readonly string[];
  /** Forget `quoteTextLower`'s texts: the quotes' texts were filled in since (see CorpusStore.quoteTexts). */
  forgetQuoteTexts(): void;
}

export function buildIndex(corpus: Corpus): CorpusIndex {
  const { speakers, events, documents, appearances, quotes } = corpus;
  const positions = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x, i) => [x.id, i]));
  const speakerPos = positions(speakers);
  const eventPos = positions(events);
  const docPos = positions(documents);
  // a plain loop: Int32Array.from with a map function is ~3× slower at 100k records
  const link = <T>(xs: readonly T[], map: Map<string, number>, key: (x: T) => string | null) => {
    const out = new Int32Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      const k = key(xs[i]!);
      out[i] = k === null ? -1 : (map.get(k) ?? -1);
    }
    return out;
  };
  const known = knownLinks.get(appearances);
  const linked = known && known.speakers === speakers && known.events === events && known.documents === documents ? known : undefined;
  const appearanceSpeaker = linked?.speaker ?? link(appearances, speakerPos, (a) => a.speakerId);
  const appearanceEvent = linked?.event ?? link(appearances, eventPos, (a) => a.eventId);
  const quoteSpeaker = link(quotes, speakerPos, (q) => q.speakerId);
  const quoteEvent = link(quotes, eventPos, (q) => q.eventId);

  const quotesBySpeaker: Quote[][] = speakers.map(() => []);
  quotes.forEach((q, i) => {
    if (quoteSpeaker[i]! >= 0) quotesBySpeaker[quoteSpeaker[i]!]!.push(q);
  });
  const termIdOf = vocabularyIndex(corpus.terms.vocabulary);
  let lower: string[] | undefined;
  let bySpeaker: Set<string>[] | undefined;
  let byEvent: Int32Array[] | undefined;
  return {
    corpus,
    speakers,
    speakerPos,
    eventPos,
    speakerById: new Map(speakers.map((s) => [s.id, s])),
    eventById: new Map(events.map((e) => [e.id, e])),
    documentById: new Map(documents.map((d) => [d.id, d])),
    appearanceSpeaker,
    appearanceEvent,
    appearanceDocument: linked?.document ?? link(appearances, docPos, (a) => a.documentId),
    quoteSpeaker,
    quoteEvent,
    quoteDocument: link(quotes, docPos, (q) => q.documentId),
    documentEvent: link(documents, eventPos, (d) => d.eventId),
    // the (speaker, event) pairs are the "event" count units (built for the first charts): read from them when first asked for
    get eventsBySpeaker() {
      return (bySpeaker ??= eventsOfSpeakers(countUnits(this, 'event'), speakers.length, events));
    },
    get speakersByEvent() {
      return (byEvent ??= speakersAtEvents(countUnits(this, 'event'), events.length));
    },
    quotesBySpeaker,
    quoteTerms: buildTermTable(corpus.terms, 'quote', quotes, termIdOf),
    documentTerms: buildTermTable(corpus.terms, 'document', documents, termIdOf),
    quoteTextLower: () => (lower ??= quotes.map((q) => q.text.toLowerCase())),
    forgetQuoteTexts: () => void (lower = undefined),
  };
}

/** Each speaker's events (ids), from the "event" units: one a distinct pair, in the order the pairs first occur. */
function eventsOfSpeakers(units: CountUnits, nSpeakers: number, events: readonly Event[]): Set<string>[] {
  const out = Array.from({ length: nSpeakers }, () => new Set<string>());
  for (let u = 0; u < units.speaker.length; u++) if (units.event[u]! >= 0) out[units.speaker[u]!]!.add(events[units.event[u]!]!.id);
  return out;
}

/** Each event's speakers (positions), from the "event" units as above. */
function speakersAtEvents(units: CountUnits, nEvents: number): Int32Array[] {
  const n = new Int32Array(nEvents);
  for (let u = 0; u < units.event.length; u++) if (units.event[u]! >= 0) n[units.event[u]!]!++;
  const out = Array.from(n, (k) => new Int32Array(k));
  n.fill(0);
  for (let u = 0; u < units.event.length; u++) {
    const e = units.event[u]!;
    if (e >= 0) out[e]![n[e]!++] = units.speaker[u]!;
  }
  return out;
}
