// stopword ships without type declarations; its English list is a plain string array.
// @ts-ignore
import { eng } from 'stopword';
// the Snowball-style English list (180 words: "will", "not", "its", "no", "cannot", contractions)
import { stopwords as snowball } from '@orama/stopwords/english';

/**
 * What counts as a term, shared by the pipeline (which counts terms in the
 * words of the NLP package's tokens) and the browser (which looks up a term
 * typed in the address bar): one function, so both agree. Pure: no Node or DOM APIs.
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

/** A word: letters, marks and digits, joined by single apostrophes or hyphens ("party's", "co-founder", "o'neill"). */
const WORD = /^[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*$/u;

/**
 * The term a word counts as, or null when it is not counted: lower-cased,
 * curly apostrophes folded ("Party’s" -> "party"), possessive "'s" dropped;
 * not a stop word ("the", "won't", "it's"), not a lone letter, not a bare
 * number other than a year ("2019" counts, "42" does not), nothing but a word.
 */
export function normaliseTerm(word: string): string | null {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.length < 2 || !WORD.test(w) || STOP_WORDS.has(w)) return null;
  if (w.endsWith("'s")) {
    w = w.slice(0, -2);
    if (w.length < 2 || STOP_WORDS.has(w)) return null;
  }
  return w.length === 4 || !/^\d+$/.test(w) ? w : null;
}

/**
 * A term or two-word phrase as typed ("Water rights", "party’s"), as the
 * pipeline counted it ("water rights", "party"); quotation marks and
 * punctuation around the words are dropped. Null when a word is not a term
 * (a stop word: the pipeline counted no phrase with one) or there are more than two.
 */
export function normaliseTermQuery(typed: string): string | null {
  const words = typed
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, ''))
    .filter(Boolean);
  if (words.length < 1 || words.length > 2) return null;
  const terms = words.map(normaliseTerm);
  return terms.every((t) => t !== null) ? terms.join(' ') : null;
}
