import type { Document } from '../corpus';
import type { CorpusIndex } from './corpusIndex';
import { eventRanks } from './quoteRows';

/** One article in the documents list. */
export interface DocumentRow {
  readonly doc: Document;
  /** Its event's title, or "" when it has none. */
  readonly event: string;
  /** Its event's date, or "" when undated. */
  readonly date: string;
  /** Distinct speakers the article mentions (0: none found). */
  readonly speakers: number;
}

const speakerCounts = new WeakMap<CorpusIndex, Int32Array>();
/** Document position → distinct speakers in it, once per corpus (appearances are one per speaker per document). */
function countSpeakersByDocument(index: CorpusIndex): Int32Array {
  let out = speakerCounts.get(index);
  if (!out) {
    out = new Int32Array(index.corpus.documents.length);
    for (const d of index.appearanceDocument) if (d >= 0) out[d]!++;
    speakerCounts.set(index, out);
  }
  return out;
}

/** Positions of the flagged documents in reading order: by event date (undated and eventless last), then corpus order. */
export function orderDocuments(index: CorpusIndex, flags: Uint8Array): Int32Array {
  const rank = eventRanks(index);
  const last = index.corpus.events.length;
  const keyOf = (d: number) => (index.documentEvent[d]! >= 0 ? rank[index.documentEvent[d]!]! : last);
  const out: number[] = [];
  for (let d = 0; d < flags.length; d++) if (flags[d]) out.push(d);
  return Int32Array.from(out.sort((a, b) => keyOf(a) - keyOf(b) || a - b));
}

/** Rows for the documents at these positions, in that order. */
export function computeDocumentRows(index: CorpusIndex, positions: ArrayLike<number>): DocumentRow[] {
  const speakers = countSpeakersByDocument(index);
  return Array.from({ length: positions.length }, (_, i) => {
    const p = positions[i]!;
    const doc = index.corpus.documents[p]!;
    const e = index.documentEvent[p]! >= 0 ? index.corpus.events[index.documentEvent[p]!] : undefined;
    return { doc, event: e?.title ?? '', date: e?.date ?? '', speakers: speakers[p]! };
  });
}
