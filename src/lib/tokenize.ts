// stopword ships without type declarations; its English list is a plain string array.
// @ts-ignore
import { eng } from 'stopword';
// the Snowball-style English list (180 words: "will", "not", "its", "no", "cannot", contractions)
import { stopwords as snowball } from '@orama/stopwords/english';

/**
 * Tokenizer shared by the pipeline (term counts) and the browser (keyword in
 * context). Pure: no Node or DOM APIs.
 */

/**
 * Short function words ("the", "and", "of"): the `stopword` package's English
 * list. The pipeline's name heuristics use this narrower list, so first names
 * such as "Will" or "May" are never taken for stop words there.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set((eng as string[]).map((w) => w.toLowerCase()));

/**
 * Words not counted as terms: the function words above plus the Snowball-style
 * English list, which adds modals, negations and contractions ("will", "not",
 * "its", "no", "won't"). Deliberately moderate: stopwords-iso's 1,298-word
 * English list also drops content words such as "world", "state", "members".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...snowball.map((w) => w.toLowerCase())]);

export interface Token {
  /** Lower-cased, curly apostrophes folded to "'". */
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words of `text` with their offsets; lower-cased. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ term: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A token worth counting: not a stop word, not a lone letter, not a bare number. */
export function isContentTerm(term: string): boolean {
  if (term.length < 2 || STOP_WORDS.has(term)) return false;
  if (term.endsWith("'s") && STOP_WORDS.has(term.slice(0, -2))) return false;
  return term.length === 4 || !isDigits(term); // keep years ("2019"), drop counts
}

function isDigits(term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Possessive "'s" is dropped so "party's" counts as "party". */
const stem = (term: string) => (term.endsWith("'s") ? term.slice(0, -2) : term);

/** Content terms in order, each with whether it directly follows the previous one (no stop word or punctuation between). */
export function contentTokens(text: string): { term: string; start: number; end: number; joined: boolean }[] {
  const out: { term: string; start: number; end: number; joined: boolean }[] = [];
  forEachTerm(text, (term, joined, start, end) => out.push({ term, start, end, joined }));
  return out;
}

/** Two-word phrases that occur at least `minCount` times in `text`: the phrases worth counting. */
export function frequentBigrams(text: string, minCount = 2): Set<string> {
  return new Set([...tallyTerms(text).bigrams].filter(([, n]) => n >= minCount).map(([b]) => b));
}

/**
 * Calls `visit(term, joined, start, end)` for each content term of `text` in order;
 * `joined` when it directly follows the previous content term. Allocation-light:
 * the pipeline runs this over every document and quote.
 */
export function forEachTerm(text: string, visit: (term: string, joined: boolean, start: number, end: number) => void): void {
  let prevEnd = -1;
  let prevWasContent = false;
  forEachWord(text, (word, start, end) => {
    const content = isContentTerm(word);
    if (content) visit(stem(word), prevWasContent && isJoin(text, prevEnd, start), start, end);
    prevWasContent = content;
    prevEnd = end;
  });
}

/**
 * Calls `visit(word, start, end)` for every word of `text` (the words of
 * `tokenize`: lower-cased, curly apostrophes folded), stop words included.
 */
export function forEachWord(text: string, visit: (word: string, start: number, end: number) => void): void {
  forEachWordSpan(text, (src, start, end, folded) => {
    let word = src.slice(start, end);
    if (!folded) word = word.toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    visit(word, start, end);
  });
}

/**
 * The words of `forEachWord` as offsets, without making a string for each:
 * `src` is the lower-cased text when lower-casing keeps offsets (`folded`; it
 * does unless the text has letters like "İ"), else `text` itself, and the
 * word is src.slice(start, end) (lower-cased when not folded, curly
 * apostrophes not yet folded). For callers that look words up by their characters.
 */
export function forEachWordSpan(text: string, visit: (src: string, start: number, end: number, folded: boolean) => void): void {
  const words = new WordCursor(text);
  while (words.next()) visit(words.src, words.start, words.end, words.folded);
}

/**
 * forEachWordSpan as a cursor: `while (c.next())` reads c.start and c.end. A
 * hot loop calling next() pays no call of a closure per word.
 */
export class WordCursor {
  readonly src: string;
  readonly folded: boolean;
  start = 0;
  end = 0;
  constructor(text: string) {
    const lower = text.toLowerCase();
    this.src = lower.length === text.length ? lower : text;
    this.folded = this.src === lower;
  }
  /** moves to the next word; false at the end of the text */
  next(): boolean {
    const src = this.src;
    const n = src.length;
    let i = this.end;
    // hand-rolled scan equivalent to WORD: letters/digits, joined by single ' ’ or -;
    // ASCII characters (nearly all of them) are classified without a call
    while (i < n) {
      const c = src.charCodeAt(i);
      const w = c < 128 ? ASCII_WORD[c]! : wordCharAt(src, i);
      if (w === 0) {
        i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
        continue;
      }
      const start = i;
      i += w;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d < 128 && ASCII_WORD[d] === 1) {
          i++;
          continue;
        }
        const k = d < 128 ? 0 : wordCharAt(src, i);
        if (k > 0) i += k;
        else {
          const after = i + 1 < n ? wordCharAt(src, i + 1) : 0;
          if ((d === 39 || d === 0x2019 || d === 45) && after > 0) i += 1 + after;
          else break;
        }
      }
      this.start = start;
      this.end = i;
      return true;
    }
    this.start = this.end = n;
    return false;
  }
}

/** 1 for the ASCII word characters [A-Za-z0-9], else 0 */
const ASCII_WORD = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0));

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Length in UTF-16 units of the word character at `i` (2 for one outside the BMP), 0 if none. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c < 0xdc00) {
    const cp = s.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let known = bmpWordChar[c]!;
  // news text repeats a few non-ASCII characters (“ ” ’ — é): ask the regex once per character
  if (known === 0) bmpWordChar[c] = known = WORD_CHAR.test(s[i]!) ? 1 : 2;
  return known === 1 ? 1 : 0;
}
/** per BMP character: 0 not yet known, 1 a word character, 2 not */
const bmpWordChar = new Uint8Array(0x10000);

/** Only spaces, tabs or a hyphen between two words (offsets into `text` or its lower case). */
export function isJoin(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 45) return false;
  }
  return true;
}

export interface TermTally {
  terms: Map<string, number>;
  bigrams: Map<string, number>;
}

const emptyTally = (): TermTally => ({ terms: new Map(), bigrams: new Map() });

/** Counts of content terms and of all two-word phrases of `text`, in one pass. */
export function tallyTerms(text: string): TermTally {
  return tallyRanges(text, []).whole;
}

/**
 * Tallies `text` and each [start, end) range of it (the quotes of a document)
 * from one tokenisation: the terms are numbered and recorded once, then each
 * range is counted from the record. A phrase counts for a range when both its
 * words lie inside it; ranges keep only phrases that occur at least
 * `minPartPhrase` times in the whole text.
 */
export function tallyRanges(
  text: string,
  ranges: readonly { start: number; end: number }[],
  minPartPhrase = 1,
): { whole: TermTally; parts: TermTally[] } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const wholeTerms: number[] = [];
  const wholePairs = new Map<number, number>();
  const tokId: number[] = [];
  const tokStart: number[] = [];
  const tokJoined: boolean[] = [];
  forEachTerm(text, (term, joined, start) => {
    let id = ids.get(term);
    if (id === undefined) {
      id = names.length;
      ids.set(term, id);
      names.push(term);
      wholeTerms.push(0);
    }
    wholeTerms[id]!++;
    if (joined) {
      const pair = tokId[tokId.length - 1]! * PAIR + id;
      wholePairs.set(pair, (wholePairs.get(pair) ?? 0) + 1);
    }
    tokId.push(id);
    tokStart.push(start);
    tokJoined.push(joined);
  });
  const pairName = (p: number) => `${names[Math.floor(p / PAIR)]} ${names[p % PAIR]}`;
  const whole = emptyTally();
  names.forEach((n, i) => whole.terms.set(n, wholeTerms[i]!));
  const kept = new Map<number, string>();
  for (const [p, n] of wholePairs) {
    const name = pairName(p);
    whole.bigrams.set(name, n);
    if (n >= minPartPhrase) kept.set(p, name);
  }
  const scratch = new Int32Array(names.length);
  const parts = ranges.map((r) => {
    const t = emptyTally();
    const touched: number[] = [];
    // first token at or after r.start
    let lo = 0;
    let hi = tokStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokStart[mid]! < r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokStart.length && tokStart[k]! < r.end; k++) {
      const id = tokId[k]!;
      if (scratch[id] === 0) touched.push(id);
      scratch[id] = scratch[id]! + 1;
      if (tokJoined[k] && k > lo) {
        const name = kept.get(tokId[k - 1]! * PAIR + id);
        if (name) t.bigrams.set(name, (t.bigrams.get(name) ?? 0) + 1);
      }
    }
    for (const id of touched) {
      t.terms.set(names[id]!, scratch[id]!);
      scratch[id] = 0;
    }
    return t;
  });
  return { whole, parts };
}

/** Pair key = first id * PAIR + second id: room for 2^21 distinct terms per text. */
const PAIR = 2 ** 21;

/** Terms and the phrases in `phrases`; sorted by count, then term, unless `sorted` is false. */
export function mergeTally(t: TermTally, phrases: ReadonlySet<string>, sorted = true): [string, number][] {
  const out: [string, number][] = [...t.terms];
  for (const [b, n] of t.bigrams) if (phrases.has(b)) out.push([b, n]);
  // unsorted, the order is the order of first occurrence: still deterministic
  return sorted ? out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) : out;
}

/**
 * Term counts of `text`: content words plus the two-word phrases in `phrases`
 * (default: the ones occurring at least twice in `text` itself). Sorted by
 * count, then term.
 */
export function countTerms(text: string, phrases?: ReadonlySet<string>): [string, number][] {
  const t = tallyTerms(text);
  const keep = phrases ?? new Set([...t.bigrams].filter(([, n]) => n >= 2).map(([b]) => b));
  return mergeTally(t, keep);
}
