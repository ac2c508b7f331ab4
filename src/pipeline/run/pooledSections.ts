import { checkQuoteIds, type CorpusOutline, type OutlineIds, type QuoteSection } from '../index';
import { batchOnPool, type AnalysisPool } from './analysisPool';
import type { MadeSections } from './corpusJson';
import { bytesOfBatch, type BatchDocument, type SectionBatch } from './sectionBatch';

/** How the work is cut (defaults for a real run; tests make them small). */
export interface PooledSectionsOptions {
  /** about this many bytes of files per batch: large enough that a task's cost dwarfs its message, small enough to share out */
  batchBytes?: number;
  /** how far (in bytes of files) the threads may run ahead of the writer: what waits in memory to be written */
  aheadBytes?: number;
}

/** Where each document's file is, its size, and (when known) its text's length. */
export type FilesById = ReadonlyMap<string, { path: string; bytes: number; chars?: number }>;

/**
 * The sections that carry texts (quotes, unattributed quotes, documents) as
 * bytes in `format` made on the pool's threads, each thread reading the files it
 * needs again (bytesOfBatch), while this thread writes the other sections. The
 * threads start at once and keep at most `aheadBytes` of files ahead of the
 * writer; blocks come in file order. A batch whose task fails (the pool
 * stopped, or the batch is invalid) is made again on this thread, so an invalid
 * record throws here, as from streamCorpus. The quotes' references are checked
 * now, before any line is written.
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
  const batchUp = (section: SectionBatch['section'], docs: Iterable<BatchDocument>) => {
    const first = batches.length;
    let batch: SectionBatch = { section, format, docs: [], bytes: 0 };
    for (const d of docs) {
      batch.docs.push(d);
      batch.bytes += files.get(d.doc.id)!.bytes;
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
  return { quotes: blocksOf('quotes'), unattributed: blocksOf('unattributed'), documents: blocksOf('documents') };
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
