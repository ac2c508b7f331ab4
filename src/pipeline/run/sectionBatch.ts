import {
  checkTermRow,
  documentWithText,
  quotesWithinText,
  quotesWithText,
  type DocumentOutline,
  type QuoteOutline,
  type QuoteSection,
  termRowsOf,
  type TermRowBatch,
  type UnattributedOutline,
} from '../index';
import { textOfFile } from './analyseFile';
import { arrayElements, ByteSink } from './corpusJson';
import { sectionLines } from './corpusLines';

/** One document of a batch: its file, its record, and (quote sections) its quotes, the section's `from`th first. */
export interface BatchDocument {
  path: string;
  doc: DocumentOutline;
  quotes?: (QuoteOutline | UnattributedOutline)[];
  from?: number;
  /** (quote sections) the length of the document's text, when the analysis gave it: see bytesOfBatch */
  chars?: number;
}

/**
 * Consecutive records of one of the sections that carry texts, by document, in
 * the layout of the file being written (corpus lines, or JSON array elements):
 * a task for a pool thread.
 */
export interface TextBatch {
  section: QuoteSection | 'documents';
  format: 'lines' | 'json';
  docs: BatchDocument[];
  /** about how many bytes its records take as written (a document's: its file's size) */
  bytes: number;
}

/** Consecutive term rows (stage 15's, TermRowBatch) as corpus lines: a task for a pool thread. */
export interface TermRowsBatch {
  section: 'termRows';
  format: 'lines';
  rows: TermRowBatch;
  /** about how many bytes its lines take */
  bytes: number;
}

/**
 * A batch as a pool thread takes it. `handBack`: the writer takes the block's memory back once written
 * (pooledSections), so the block goes in the buffer it was made in, however little of it it fills; `spare`: such
 * memory of a block already written, moved to the thread to make this batch in, when it is large enough (sinkSize).
 */
export type SectionBatch = (TextBatch | TermRowsBatch) & { handBack?: boolean; spare?: ArrayBuffer };

/** The buffer a batch's bytes are made in: half again its estimate, and room for a record larger than estimated. */
export const sinkSize = (batch: SectionBatch) => batch.bytes + (batch.bytes >> 1) + (64 << 10);

/** Sizes of the buffers a writer takes back go up in these steps, so that one fits the next batches of about its size. */
const BUFFER_STEP = 128 << 10;
/** A new buffer for a batch whose memory is handed back (ByteSink keeps 1 KB beyond its size). */
const handedBackBuffer = (batch: SectionBatch) =>
  new ArrayBuffer(Math.ceil((sinkSize(batch) + 1024) / BUFFER_STEP) * BUFFER_STEP);

/**
 * A batch's records as corpusLinesChunks or corpusJsonChunks writes them (a
 * JSON element after a comma), in one block: each document's text read again
 * from its file (textOfFile), its records made and validated (quotesWithText,
 * documentWithText). Quote lines leave the words out, so for them a text's
 * length, when known, is all that is needed (quotesWithinText): the file is not
 * read again. The quotes' references to speakers, events and documents are
 * checked by the caller, which holds them. Term rows are made from their
 * tallies (termRowsOf) and checked as they are made.
 */
export function bytesOfBatch(batch: SectionBatch): Uint8Array {
  const out = new ByteSink(sinkSize(batch), batch.spare ?? (batch.handBack ? handedBackBuffer(batch) : undefined));
  const blocks: Uint8Array[] = [];
  if (batch.section === 'termRows') {
    // each row checked as streamCorpus checks it, numbered in the whole section
    const { rows } = batch;
    let r = rows.first;
    const checked = (function* () {
      for (const row of termRowsOf(rows)) yield checkTermRow(row, r++, rows.size);
    })();
    for (const block of sectionLines('termRows', checked, out)) blocks.push(block);
    return joined(blocks, out, batch.handBack);
  }
  const { section, format, docs } = batch;
  for (const { path, doc, quotes = [], from = 0, chars } of docs) {
    const records =
      section === 'documents'
        ? [documentWithText(doc, textOfFile(path, doc))]
        : format === 'lines' && chars !== undefined
          ? quotesWithinText(section, quotes, from, chars)
          : quotesWithText(section, quotes, from, textOfFile(path, doc));
    const written = format === 'lines' ? sectionLines(section, records, out) : arrayElements(records, out);
    for (const block of written) blocks.push(block);
  }
  return joined(blocks, out, batch.handBack);
}

/**
 * The blocks made and what is left in `out`, as one block. `handBack`: the writer takes the buffer back whole, so a
 * block that fills little of it goes as it is too.
 */
function joined(blocks: Uint8Array[], out: ByteSink, handBack = false): Uint8Array {
  blocks.push(...out.finish());
  // one block, in a buffer mostly its own, goes as it is (moved to the writer's thread, not copied)
  if (blocks.length === 1 && (handBack || blocks[0]!.length * 2 >= blocks[0]!.buffer.byteLength)) return blocks[0]!;
  const all = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    all.set(b, at);
    at += b.length;
  }
  return all;
}
