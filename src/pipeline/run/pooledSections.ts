import { checkQuoteIds, TermRowStream, type CorpusOutline, type OutlineIds, type QuoteSection } from '../index';
import { batchOnPool, type AnalysisPool } from './analysisPool';
import type { MadeSections } from './corpusJson';
import { bytesOfBatch, sinkSize, type BatchDocument, type SectionBatch, type TextBatch } from './sectionBatch';

/** How the work is cut (defaults for a real run; tests make them small). */
export interface PooledSectionsOptions {
  /** about this many bytes made per batch: large enough that a task's cost dwarfs its message, small enough to share out */
  batchBytes?: number;
  /** how far (in bytes made, as estimated) the threads may run ahead of the writer: what waits in memory to be written */
  aheadBytes?: number;
  /**
   * The consumer is done with each block when it asks for the next (a writer: writeChunksAtomicAsync): the block's
   * memory is then handed back to the threads to make later batches in (see SPARE_BLOCKS). A consumer that keeps the
   * blocks must leave this off: a block handed back is emptied here.
   */
  handBack?: boolean;
}

/** Where each document's file is, its size, and (when known) its text's length. */
export type FilesById = ReadonlyMap<string, { path: string; bytes: number; chars?: number }>;

/** A block as it came: from a pool thread (its memory this thread's own, to hand back), or made here. */
interface Made {
  block: Uint8Array;
  recyclable: boolean;
}

/**
 * How many written blocks' buffers wait to be handed back to the pool's threads, each with the next batch it makes.
 * A block comes as memory outside the JavaScript heap, moved from its thread; dropped, it is freed only by a full
 * collection of this thread's heap (~220 MB then, at 10,000 articles), which V8 runs each time some tens of MB of such
 * memory have come in: ~450 MB of blocks made seven to nine of them while this thread was writing. Handed back, the
 * same few buffers go round instead.
 */
const SPARE_BLOCKS = 16;
/** Smaller blocks are not worth handing back (a batch's buffer is at least 64 KB: bytesOfBatch). */
const MIN_SPARE = 64 << 10;

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
  { batchBytes = 256 << 10, aheadBytes = 48 << 20, handBack = false }: PooledSectionsOptions = {},
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

  const started: (Promise<Made> | undefined)[] = [];
  let ahead = 0;
  let taken = 0;
  // the memory of blocks already written, to make the next batches in (see SPARE_BLOCKS)
  const spares: ArrayBuffer[] = [];
  /** the most recently written spare large enough for `batch`, taken from the list */
  const spareFor = (batch: SectionBatch): { spare?: ArrayBuffer } => {
    const need = sinkSize(batch) + 1024;
    for (let k = spares.length - 1; k >= 0; k--)
      if (spares[k]!.byteLength >= need) return { spare: spares.splice(k, 1)[0]! };
    return {};
  };
  const start = () => {
    while (started.length < batches.length && (ahead < aheadBytes || started.length === taken)) {
      const batch = batches[started.length]!;
      const made: Promise<Made> = batchOnPool(pool, handBack ? { ...batch, handBack, ...spareFor(batch) } : batch).then(
        (block) => ({ block, recyclable: true }),
        () => ({ block: bytesOfBatch(batch), recyclable: false }),
      );
      made.catch(() => {}); // seen when its turn comes; until then (or if writing stops first) not an unhandled rejection
      started.push(made);
      ahead += batch.bytes;
    }
  };
  async function* blocksOf(section: SectionBatch['section']): AsyncGenerator<Uint8Array> {
    const [first, end] = ranges.get(section)!;
    for (let k = first; k < end; k++) {
      start();
      const { block, recyclable } = await started[k]!;
      started[k] = undefined;
      ahead -= batches[k]!.bytes;
      taken++;
      yield block;
      // asked for the next block: this one is written (the writer writes each chunk before it asks for the next)
      if (handBack && recyclable && block.byteOffset === 0 && block.buffer.byteLength >= MIN_SPARE) {
        // (the oldest goes when the list is full: buffers follow the batches' sizes as they change)
        if (spares.length === SPARE_BLOCKS) spares.shift();
        spares.push(block.buffer as ArrayBuffer);
      }
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
