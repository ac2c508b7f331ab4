import type { Quote, UnattributedQuote } from '../corpus';

/**
 * A chunk of quotes (or unattributed quotes) as the loader's worker sends them to its
 * page, which otherwise parsed every quotes line a second time (159 MB at 10,000
 * articles: a third of the page's CPU in a cold load). Numbers travel as typed arrays
 * (moved, not copied); the ids a chunk shares (speakers, documents, events) once each,
 * with an index a quote; the quotes' own ids as one string with their ends, as
 * hundreds of thousands of small strings cost more to clone than their bytes.
 */
export interface PackedQuotes {
  /** The quotes' ids, one after another; quote i's ends at idEnds[i]. */
  ids: string;
  idEnds: Int32Array;
  speakerIds: string[];
  /** Quote i's speaker in speakerIds, or -1 (unattributed). */
  speaker: Int32Array;
  documentIds: string[];
  document: Int32Array;
  eventIds: string[];
  event: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** 0: no kind given, 1: direct, 2: reported. */
  kind: Uint8Array;
  texts: string[];
}

type AnyQuote = Quote | UnattributedQuote;

const KINDS = [undefined, 'direct', 'reported'] as const;

/** A quote's text from its document's: `text.slice(start, end)` of document `documentId`. */
export type QuoteTextOf = (documentId: string, start: number, end: number) => string;

/** Pack validated quotes (pure); without `texts` (stored: they are slices of their documents' texts), `texts` is empty. */
export function packQuotes(quotes: readonly AnyQuote[], texts = true): PackedQuotes {
  const n = quotes.length;
  const table = () => {
    const at = new Map<string, number>();
    return { at, index: (id: string) => at.get(id) ?? (at.set(id, at.size), at.size - 1) };
  };
  const speakers = table();
  const documents = table();
  const events = table();
  const p: PackedQuotes = {
    ids: '',
    idEnds: new Int32Array(n),
    speakerIds: [],
    speaker: new Int32Array(n),
    documentIds: [],
    document: new Int32Array(n),
    eventIds: [],
    event: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    kind: new Uint8Array(n),
    texts: texts ? new Array<string>(n) : [],
  };
  const ids = new Array<string>(n);
  let idEnd = 0;
  for (let i = 0; i < n; i++) {
    const q = quotes[i]!;
    ids[i] = q.id;
    p.idEnds[i] = idEnd += q.id.length;
    const speakerId = (q as Partial<Quote>).speakerId;
    p.speaker[i] = speakerId === undefined ? -1 : speakers.index(speakerId);
    p.document[i] = documents.index(q.documentId);
    p.event[i] = events.index(q.eventId);
    p.start[i] = q.start;
    p.end[i] = q.end;
    p.kind[i] = q.kind === undefined ? 0 : KINDS.indexOf(q.kind);
    if (texts) p.texts[i] = q.text;
  }
  p.ids = ids.join('');
  p.speakerIds = [...speakers.at.keys()];
  p.documentIds = [...documents.at.keys()];
  p.eventIds = [...events.at.keys()];
  return p;
}

/**
 * The quotes again, with the fields and key order a parsed line gives (pure). A chunk
 * packed without texts takes them from `textOf` (none: '').
 */
export function unpackQuotes<T extends AnyQuote = Quote>(p: PackedQuotes, textOf?: QuoteTextOf): T[] {
  const out = new Array<T>(p.idEnds.length);
  let from = 0;
  for (let i = 0; i < out.length; i++) {
    const id = p.ids.slice(from, (from = p.idEnds[i]!));
    const s = p.speaker[i]!;
    const documentId = p.documentIds[p.document[i]!]!;
    const eventId = p.eventIds[p.event[i]!]!;
    const start = p.start[i]!;
    const end = p.end[i]!;
    const text = p.texts[i] ?? textOf?.(documentId, start, end) ?? '';
    const q: AnyQuote = s < 0 ? { id, documentId, eventId, start, end, text } : { id, speakerId: p.speakerIds[s]!, documentId, eventId, start, end, text };
    const kind = KINDS[p.kind[i]!];
    if (kind) q.kind = kind;
    out[i] = q as T;
  }
  return out;
}

/** The buffers of a packed chunk, moved rather than copied. */
export function packedQuoteBuffers(p: PackedQuotes): ArrayBuffer[] {
  return [p.idEnds, p.speaker, p.document, p.event, p.start, p.end, p.kind].map((a) => a.buffer as ArrayBuffer);
}
