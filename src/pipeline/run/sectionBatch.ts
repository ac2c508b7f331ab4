import {
  documentWithText,
  quotesWithinText,
  quotesWithText,
  type DocumentOutline,
  type QuoteOutline,
  type QuoteSection,
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
export interface SectionBatch {
  section: QuoteSection | 'documents';
  format: 'lines' | 'json';
  docs: BatchDocument[];
  /** the size of the documents' files: the bytes made are about as many (documents) or fewer */
  bytes: number;
}

/**
 * A batch's records as corpusLinesChunks or corpusJsonChunks writes them (a
 * JSON element after a comma), in one block: each document's text read again
 * from its file (textOfFile), its records made and validated (quotesWithText,
 * documentWithText). Quote lines leave the words out, so for them a text's
 * length, when known, is all that is needed (quotesWithinText): the file is not
 * read again. The quotes' references to speakers, events and documents are
 * checked by the caller, which holds them.
 */
export function bytesOfBatch({ section, format, docs, bytes }: SectionBatch): Uint8Array {
  const out = new ByteSink(bytes + (bytes >> 1) + (64 << 10));
  const blocks: Uint8Array[] = [];
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
  blocks.push(...out.finish());
  // one block, in a buffer mostly its own, goes as it is (moved to the writer's thread, not copied)
  if (blocks.length === 1 && blocks[0]!.length * 2 >= blocks[0]!.buffer.byteLength) return blocks[0]!;
  const all = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    all.set(b, at);
    at += b.length;
  }
  return all;
}
