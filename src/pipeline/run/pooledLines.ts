import { checkQuoteIds, type CorpusOutline, type OutlineIds, type QuoteSection } from '../index';
import { linesOnPool, type AnalysisPool } from './analysisPool';
import type { MadeSections } from './corpusLines';
import { linesOfBatch, type BatchDocument, type LinesBatch } from './linesOfBatch';

/** How the work is cut (defaults for a real run; tests make them small). */
export interface PooledLinesOptions {
  /** about this many bytes of files per batch: large enough that a task's cost dwarfs its message, small enough to share out */
  batchBytes?: number;
  /** how far (in bytes of files) the threads may run ahead of the writer: what waits in memory to be written */
  aheadBytes?: number;
}

/** Where each document's file is, and its size. */
export type FilesById = ReadonlyMap<string, { path: string; bytes: number }>;

/**
 * The sections that carry texts (quotes, unattributed quotes, documents) as
 * corpus lines made on the pool's threads, each thread reading the files it
 * needs again (linesOfBatch), while this thread writes the other sections. The
 * threads start at once and keep at most `aheadBytes` of files ahead of the
 * writer; blocks come in file order. A batch whose task fails (the pool
 * stopped, or the batch is invalid) is made again on this thread, so an invalid
 * record throws here, as from streamCorpus. The quotes' references are checked
 * now, before any line is written.
 */
export function pooledLines(
  outline: CorpusOutline,
  ids: OutlineIds,
  files: FilesById,
  pool: AnalysisPool,
  { batchBytes = 256 << 10, aheadBytes = 48 << 20 }: PooledLinesOptions = {},
): MadeSections {
  const batches: { batch: LinesBatch; bytes: number }[] = [];
  const ranges = new Map<LinesBatch['section'], [number, number]>();
  const batchUp = (section: LinesBatch['section'], docs: Iterable<BatchDocument>) => {
    const first = batches.length;
    let batch: LinesBatch = { section, docs: [] };
    let bytes = 0;
    for (const d of docs) {
      batch.docs.push(d);
      bytes += files.get(d.doc.id)!.bytes;
      if (bytes >= batchBytes) {
        batches.push({ batch, bytes });
        [batch, bytes] = [{ section, docs: [] }, 0];
      }
    }
    if (batch.docs.length > 0) batches.push({ batch, bytes });
    ranges.set(section, [first, batches.length]);
  };
  const pathOf = (id: string) => files.get(id)!.path;
  for (const section of ['quotes', 'unattributed'] as const)
    batchUp(section, byDocument(section, outline, ids, pathOf));
  batchUp(
    'documents',
    outline.documents.map((doc) => ({ path: pathOf(doc.id), doc })),
  );

  const started: (Promise<Uint8Array> | undefined)[] = [];
  let ahead = 0;
  let taken = 0;
  const start = () => {
    while (started.length < batches.length && (ahead < aheadBytes || started.length === taken)) {
      const { batch, bytes } = batches[started.length]!;
      const made = linesOnPool(pool, batch).catch(() => linesOfBatch(batch));
      made.catch(() => {}); // seen when its turn comes; until then (or if writing stops first) not an unhandled rejection
      started.push(made);
      ahead += bytes;
    }
  };
  async function* blocksOf(section: LinesBatch['section']): AsyncGenerator<Uint8Array> {
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
  return { quotes: blocksOf('quotes'), unattributed: blocksOf('unattributed'), documents: blocksOf('documents') };
}

/** A quote section's quotes grouped by their document (they come document by document), references checked. */
function* byDocument(
  section: QuoteSection,
  outline: CorpusOutline,
  ids: OutlineIds,
  pathOf: (id: string) => string,
): Generator<BatchDocument> {
  const list = outline[section];
  for (let i = 0; i < list.length;) {
    const d = checkQuoteIds(section, list[i]!, i, ids);
    let j = i + 1;
    while (j < list.length && list[j]!.documentId === list[i]!.documentId) checkQuoteIds(section, list[j]!, j++, ids);
    const doc = outline.documents[d]!;
    yield { path: pathOf(doc.id), doc, quotes: list.slice(i, j), from: i };
    i = j;
  }
}
