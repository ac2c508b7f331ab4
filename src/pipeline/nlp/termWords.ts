import { normaliseTerm } from '../../lib/normaliseTerm';
import { tokenise, type Token, type Tokenised } from './tokenise';

/** Letters, marks, digits, apostrophes and hyphens only: a token that can be (part of) a word ("party", "’s", "n't", "-"). */
const WORDISH = /^[\p{L}\p{M}\p{N}'’-]+$/u;
/** A whole word, as normaliseTerm takes it: letters, marks and digits joined by single apostrophes or hyphens. */
const WORD = /^[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*$/u;
const LEADING = /^[^\p{L}\p{M}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{M}\p{N}]+$/u;

/**
 * Calls `visit(word, start, end)` for each word of `tokens`, in order: the
 * unit terms are counted in, written as a reader types it. wink-nlp splits a
 * clitic or a hyphen off its word ("party" "’s", "ca" "n't", "well" "-"
 * "known"); tokens with no space between them that together have the shape of
 * a word are one word again ("party’s", "can't", "well-known"). Marks around a
 * word that wink-nlp keeps in its token are dropped ("Dr." -> "dr", "#Vote" ->
 * "vote", ":P" "resident" -> "president"); what is left must be a word:
 * "U.S." and "5,000" are none.
 */
export function forEachWord(tokens: readonly Token[], visit: (word: string, start: number, end: number) => void): void {
  const n = tokens.length;
  for (let i = 0; i < n;) {
    const first = tokens[i]!;
    // most tokens: letters and digits only, followed by a space or by punctuation
    const next = i + 1 < n ? tokens[i + 1]! : null;
    if (isPlain(first.lower) && (!next || next.start !== first.end || !startsWordish(next.lower))) {
      visit(first.lower, first.start, first.end);
      i++;
      continue;
    }
    // punctuation and quotation marks: no word, and no need to ask the expressions below
    if (isMarksOnly(first.lower)) {
      i++;
      continue;
    }
    const lead = first.lower.match(LEADING)?.[0].length ?? 0;
    let word = lead ? first.lower.slice(lead) : first.lower;
    const start = first.start + lead;
    let j = i + 1;
    if (!word || !WORDISH.test(word.replace(TRAILING, ''))) {
      i++;
      continue;
    }
    // the run of word-like tokens that touch, up to one that ends in other marks ("known." ends it)
    while (WORDISH.test(word) && j < n && tokens[j]!.start === tokens[j - 1]!.end) {
      const next = tokens[j]!.lower;
      if (LEADING.test(next) && !/^['’-]/.test(next)) break;
      const core = next.replace(TRAILING, '');
      if (!WORDISH.test(next) && !(core && WORDISH.test(core))) break;
      word += next;
      j++;
    }
    const trail = word.match(TRAILING)?.[0].length ?? 0;
    if (trail) word = word.slice(0, -trail);
    if (WORD.test(word)) visit(word, start, tokens[j - 1]!.end - trail);
    else
      // not one word ("well" "-" "-" "known"): each token that is one on its own
      for (let k = i; k < j; k++)
        if (WORD.test(tokens[k]!.lower)) visit(tokens[k]!.lower, tokens[k]!.start, tokens[k]!.end);
    i = j;
  }
}

const LETTER = /^[\p{L}\p{M}\p{N}]$/u;
const isLetterAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : LETTER.test(s[i]!);
};
/** Letters, marks and digits only (a character outside the BMP goes the slow way). */
function isPlain(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isLetterAt(s, i)) return false;
  return true;
}
/** No letter, mark or digit at all ("," "“" "--"); a surrogate pair goes the slow way. */
function isMarksOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || isLetterAt(s, i)) return false;
  }
  return s.length > 0;
}
/** Could continue a word: starts with a letter, digit, apostrophe or hyphen. */
function startsWordish(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 39 || c === 0x2019 || c === 45 || isLetterAt(s, 0);
}

/** The content terms of a short text (a title), in order, repeats kept: its words as normaliseTerm counts them. */
export function contentTerms(text: string): string[] {
  return contentTermsOf(tokenise(text).tokens);
}

/** contentTerms of text already tokenised. */
export function contentTermsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  forEachWord(tokens, (word) => {
    const term = normaliseTerm(word);
    if (term !== null) out.push(term);
  });
  return out;
}

/**
 * The tokens of the paragraph among the first `within` that reads exactly `line` (a headline taken from the text),
 * when they are what tokenising `line` alone gives: each token wink-nlp found lies inside the paragraph, as it must
 * inside `line` alone. Otherwise null, and the line is tokenised on its own.
 */
export function tokensOfLine(doc: Tokenised, line: string, within = 8): readonly Token[] | null {
  const n = Math.min(within, doc.paragraphs.length);
  for (let k = 0; k < n; k++) {
    const p = doc.paragraphs[k]!;
    if (p.end - p.start !== line.length || doc.text.slice(p.start, p.end) !== line) continue;
    // the paragraph's tokens: those starting inside it (a token wink-nlp normalised sits at the cursor, never past the end)
    let first = 0;
    while (first < doc.tokens.length && doc.tokens[first]!.start < p.start) first++;
    let last = first;
    while (last < doc.tokens.length && doc.tokens[last]!.start <= p.end) {
      if (doc.tokens[last]!.end > p.end) return null;
      last++;
    }
    return doc.tokens.slice(first, last);
  }
  return null;
}
