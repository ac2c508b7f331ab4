import {
  documentWithText,
  quotesWithText,
  type DocumentOutline,
  type QuoteOutline,
  type QuoteSection,
  type UnattributedOutline,
} from '../index';
import { textOfFile } from './analyseFile';
import { ByteSink } from './corpusJson';
import { sectionLines } from './corpusLines';

/** One document of a batch: its file, its record, and (quote sections) its quotes, the section's `from`th first. */
export interface BatchDocument {
  path: string;
  doc: DocumentOutline;
  quotes?: (QuoteOutline | UnattributedOutline)[];
  from?: number;
}

/** Consecutive records of one of the sections that carry texts, by document: a task for a pool thread. */
export interface LinesBatch {
  section: QuoteSection | 'documents';
  docs: BatchDocument[];
}

/**
 * A batch's corpus lines, as corpusLinesChunks writes them, in one block: each
 * document's text read again from its file (textOfFile), its records made and
 * validated (quotesWithText, documentWithText). The quotes' references to
 * speakers, events and documents are checked by the caller, which holds them.
 */
export function linesOfBatch({ section, docs }: LinesBatch): Uint8Array {
  const out = new ByteSink(1 << 20);
  const blocks: Uint8Array[] = [];
  for (const { path, doc, quotes = [], from = 0 } of docs) {
    const text = textOfFile(path, doc);
    const records =
      section === 'documents' ? [documentWithText(doc, text)] : quotesWithText(section, quotes, from, text);
    for (const block of sectionLines(section, records, out)) blocks.push(block);
  }
  blocks.push(...out.take());
  if (blocks.length === 1) return blocks[0]!;
  const all = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    all.set(b, at);
    at += b.length;
  }
  return all;
}
