import type { Line } from './types';
import type { Read } from './01-read';

/** Non-blank lines with the offsets of their trimmed content; each line is one paragraph. */
export function segmentLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s)
      lines.push({ index: lines.length, start: s, end: e, text: text.slice(s, e), words: countWordsIn(text, s, e) });
    pos = nl + 1;
  }
  return lines;
}

/** Whitespace incl. the no-break space some pages end paragraphs with. */
function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false; // printable ASCII and C1: the common case
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0xfeff;
}

export function countWords(s: string): number {
  return countWordsIn(s, 0, s.length);
}

/** countWords(text.slice(from, to)), read in place (not through the slice, a view that is slower to read) */
function countWordsIn(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const sp = isSpace(text.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** countWords of the whole text from its lines: a word never spans a line break (a space), so no second pass over the text. */
export function sumWords(lines: readonly Line[]): number {
  let n = 0;
  for (const l of lines) n += l.words;
  return n;
}

/** A line that reads as running text rather than a heading, caption or label. */
export function isProse(line: Line): boolean {
  const last = line.text.charAt(line.text.length - 1);
  return line.words >= 13 || /[.!?:;,”"…’]/.test(last) || /^[“"]/.test(line.text);
}

export interface Segmented extends Read {
  lines: Line[];
  wordCount: number;
}

/** Stage 02: the text as non-blank lines (paragraphs), and its word count. */
export function segment(s: Read): Segmented {
  const lines = segmentLines(s.doc.text);
  return { ...s, lines, wordCount: sumWords(lines) };
}
