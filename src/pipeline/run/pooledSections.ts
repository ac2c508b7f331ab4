import { checkQuoteIds, TermRowStream, type CorpusOutline, type OutlineIds, type QuoteSection } from '../index';
import { batchOnPool, type AnalysisPool } from './analysisPool';
import type { MadeSections } from './corpusJson';
import { bytesOfBatch, type BatchDocument, type SectionBatch, type TextBatch } from './sectionBatch';

/** How the work is cut (defaults for a real run; tests make them small). */
export interface PooledSectionsOptions {
  /** about this many bytes made per batch: large enough that a task's cost dwarfs its message, small enough to share out */
  batchBytes?: number;
  /** how far (in bytes made, as estimated) the threads may run ahead of the writer: what waits in memory to be written */
  aheadBytes?: number;
}

/** Where each document's file is, its size, and (when known) its text's length. */
export type FilesById = ReadonlyMap<string, { path: string; bytes: number; chars?: number }>;

/** About how many bytes a quote's line takes (~200 at 10,000 synthetic articles) and a term row's number (~4). */
const QUOTE_LINE_BYTES = 200;
const TERM_ROW_NUMBER_BYTES = 4;

/**
 * The sections that carry texts (quotes, unattributed quotes, documents) and,
 * in corpus lines, the term rows, as bytes in `format` made on the pool's
 * threads, each thread reading the files it needs again (bytesOfBatch), while
 * this thread writes the other sections. The threads start at once and keep at
 * most about `aheadBytes` of made bytes ahead of the writer; blocks come in file
 * order. A batch whose task fails (the pool stopped, or the batch is invalid) is
 * made again on this thread, so an invalid record throws here, as from
 * streamCorpus. The quotes' references are checked now, before any line is
 * written.
 */
export function pooledSections(
  outline: CorpusOutline,
  ids: OutlineIds,
  files: FilesById,
  pool: AnalysisPool,
  format: SectionBatch['format'],
  { batchBytes = 256 << 10, aheadBytes = 48 << 20 }: PooledSectionsOptions = {},
): MadeSections {
  const batches: SectionBatch[] = [];
  const ranges = new Map<SectionBatch['section'], [number, number]>();
  /** a quote section's batch in corpus lines, with each text's length known, reads no file: its lines are small */
  const weightOf = (section: TextBatch['section'], d: BatchDocument) =>
    section !== 'documents' && format === 'lines' && d.chars !== undefined
      ? QUOTE_LINE_BYTES * d.quotes!.length
      : files.get(d.doc.id)!.bytes;
  const batchUp = (section: TextBatch['section'], docs: Iterable<BatchDocument>) => {
    const first = batches.length;
    let batch: TextBatch = { section, format, docs: [], bytes: 0 };
    for (const d of docs) {
      batch.docs.push(d);
      batch.bytes += weightOf(section, d);
      if (batch.bytes >= batchBytes) {
        batches.push(batch);
        batch = { section, format, docs: [], bytes: 0 };
      }
    }
    if (batch.docs.length > 0) batches.push(batch);
    ranges.set(section, [first, batches.length]);
  };
  const pathOf = (id: string) => files.get(id)!.path;
  const charsOf = (id: string) => files.get(id)!.chars;
  for (const section of ['quotes', 'unattributed'] as const)
    batchUp(section, byDocument(section, outline, ids, pathOf, charsOf));
  // the term rows come between the quotes and the documents in corpus lines (LINE_SECTIONS)
  const { rows } = outline.terms;
  if (format === 'lines' && rows instanceof TermRowStream) {
    const first = batches.length;
    for (const b of rows.batches(batchBytes / TERM_ROW_NUMBER_BYTES))
      batches.push({ section: 'termRows', format, rows: b, bytes: TERM_ROW_NUMBER_BYTES * b.entries });
    ranges.set('termRows', [first, batches.length]);
  }
  batchUp(
    'documents',
    outline.documents.map((doc) => ({ path: pathOf(doc.id), doc })),
  );

  const started: (Promise<Uint8Array> | undefined)[] = [];
  let ahead = 0;
  let taken = 0;
  const start = () => {
    while (started.length < batches.length && (ahead < aheadBytes || started.length === taken)) {
      const batch = batches[started.length]!;
      const made = batchOnPool(pool, batch).catch(() => bytesOfBatch(batch));
      made.catch(() => {}); // seen when its turn comes; until then (or if writing stops first) not an unhandled rejection
      started.push(made);
      ahead += batch.bytes;
    }
  };
  async function* blocksOf(section: SectionBatch['section']): AsyncGenerator<Uint8Array> {
    const [first, end] = ranges.get(section)!;
    for (let k = first; k < end; k++) {
      start();
      const block = await started[k]!;
      started[k] = undefined;
      ahead -= batches[k]!.bytes;
      taken++;
      yield block;
    }
  }
  start();
  return {
    quotes: blocksOf('quotes'),
    unattributed: blocksOf('unattributed'),
    ...(ranges.has('termRows') ? { termRows: blocksOf('termRows') } : {}),
    documents: blocksOf('documents'),
  };
}

/** A quote section's quotes grouped by their document (they come document by document), references checked. */
function* byDocument(
  section: QuoteSection,
  outline: CorpusOutline,
  ids: OutlineIds,
  pathOf: (id: string) => string,
  charsOf: (id: string) => number | undefined,
): Generator<BatchDocument> {
  const list = outline[section];
  for (let i = 0; i < list.length;) {
    const d = checkQuoteIds(section, list[i]!, i, ids);
    let j = i + 1;
    while (j < list.length && list[j]!.documentId === list[i]!.documentId) checkQuoteIds(section, list[j]!, j++, ids);
    const doc = outline.documents[d]!;
    const chars = charsOf(doc.id);
    yield { path: pathOf(doc.id), doc, quotes: list.slice(i, j), from: i, ...(chars === undefined ? {} : { chars }) };
    i = j;
  }
}
