import type { Paragraph } from './tokenise';

/** Words between quotation marks: [start, end) is the content, without the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Offsets of the opening and closing marks (the close is `end` when the quote runs to the paragraph's end). */
  open: number;
  close: number;
  para: number;
  /** The paragraph ended before a closing mark (news style: the quote goes on in the next paragraph). */
  runsOn: boolean;
  /** It continues a quote left open at the end of the previous paragraph. */
  continues: boolean;
}

/** Curly and angle quotation marks by direction. */
export const OPEN: ReadonlySet<string> = new Set(['“', '„', '«']);
export const CLOSE: ReadonlySet<string> = new Set(['”', '»']);
const STRAIGHT = '"';
const MARKS = /["“”„«»]/g;

/**
 * Direct quotations in each paragraph. Curly marks pair by direction; straight
 * marks pair in order. An opening mark with no closing mark in its paragraph
 * runs to the paragraph's end (the next paragraph then reopens it).
 */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAtEnd = false;
  for (let para = 0; para < paragraphs.length; para++) {
    const p = paragraphs[para]!;
    let open = -1;
    const firstOpen = out.length;
    // only the marks matter: jump from one to the next rather than visit every character
    MARKS.lastIndex = p.start;
    for (let m = MARKS.exec(text); m && m.index < p.end; m = MARKS.exec(text)) {
      const i = m.index;
      const c = m[0];
      const isStraight = c === STRAIGHT;
      if (open < 0 && (OPEN.has(c) || (isStraight && !closesStraight(text, i, p.start)))) open = i;
      // German-style „…“ closes with a left mark
      else if (open >= 0 && (CLOSE.has(c) || isStraight || (c === '“' && text[open] === '„'))) {
        pushSpan(out, text, open, i, para, false);
        open = -1;
      } else if (open < 0 && CLOSE.has(c) && i === p.start) open = i; // a stray closing mark opening a paragraph
    }
    if (open >= 0) pushSpan(out, text, open, p.end, para, true);
    // a paragraph that opens with a mark after one left open continues that quote
    const first = out[firstOpen];
    if (first && openAtEnd && first.open === p.start) first.continues = true;
    openAtEnd = open >= 0;
  }
  return out;
}

/** The words between marks at `o` and `c`, without the spaces inside the marks; none when only spaces. */
function pushSpan(out: QuoteSpan[], text: string, o: number, c: number, para: number, runsOn: boolean): void {
  let s = o + 1;
  let e = c;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, open: o, close: c, para, runsOn, continues: false });
}

/** A straight mark right after a letter or punctuation (and not at the paragraph's start) closes rather than opens. */
function closesStraight(text: string, i: number, paraStart: number): boolean {
  if (i === paraStart) return false;
  const prev = text[i - 1]!;
  const next = text[i + 1] ?? ' ';
  return /[\p{L}\p{N}.,!?;:]/u.test(prev) && /[\s.,;:!?)]/.test(next);
}

/** Number of words in text.slice(start, end), counted no further than `upTo` (callers ask "at least n?"). */
export function wordCount(text: string, start: number, end: number, upTo = Infinity): number {
  // each run of non-space characters with a letter or digit in it matches once
  const words = /\S*[\p{L}\p{N}]\S*/gu;
  const span = text.slice(start, end);
  let n = 0;
  while (n < upTo && words.exec(span)) n++;
  return n;
}
