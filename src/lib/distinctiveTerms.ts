import { phraseFlags, type TermTable } from './termTable';

/** A term used more in the selection than in the rest of the corpus. */
export interface DistinctiveTerm {
  readonly term: string;
  /** Occurrences in the selection and in the rest of the corpus. */
  readonly here: number;
  readonly rest: number;
  /** Log-likelihood G²: how sure we can be that the difference is not chance (≥ 10.83: p < 0.001). */
  readonly g2: number;
  /** Effect size: log₂ of how many times more often per term the selection uses it (3 = 8×). */
  readonly logRatio: number;
}

export interface DistinctiveTerms {
  readonly words: DistinctiveTerm[];
  readonly phrases: DistinctiveTerm[];
}

export interface DistinctiveOptions {
  /** How many words and how many phrases to keep (default 12). */
  readonly n?: number;
  /** Least G² kept (default 10.83, the χ²(1) critical value for p < 0.001). */
  readonly minG2?: number;
  /** Least occurrences in the selection (default 2: one use is not a pattern). */
  readonly minCount?: number;
}

/** The 1-degree-of-freedom χ² value for p < 0.001, the usual keyword cut-off. */
export const G2_P001 = 10.83;

/**
 * Log-likelihood G² (Dunning 1993) of a term used `a` times among `c` terms of
 * the selection and `b` times among `d` terms of the rest: 2 Σ O ln(O/E) over
 * the four cells of the 2×2 table (term / other terms × selection / rest), with
 * each E from the row and column totals, and 0 ln 0 = 0.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const n = c + d;
  if (n === 0) return 0;
  const term = a + b;
  const other = n - term;
  return 2 * (cell(a, (term * c) / n) + cell(b, (term * d) / n) + cell(c - a, (other * c) / n) + cell(d - b, (other * d) / n));
}

/** One cell's O ln(O/E), with 0 ln 0 = 0. */
function cell(o: number, e: number): number {
  return o > 0 ? o * Math.log(o / e) : 0;
}

/**
 * Log ratio (Hardie 2014): log₂ of the term's relative frequency in the selection
 * over that in the rest; a zero count is taken as 0.5 so the ratio stays finite.
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  return Math.log2((Math.max(a, 0.5) / c) / (Math.max(b, 0.5) / d));
}

/** How many words and how many phrases computeDistinctiveTerms lists by default. */
export const DISTINCTIVE_TERMS_SHOWN = 12;

/**
 * The terms over-represented in a selection against the rest of the corpus,
 * largest G² first (ties by term). `here` and `all` are per-term counts by term
 * id in the selection and in the whole corpus (see sumSelectedTermCounts and
 * totalTermCounts; `all` is read as immutable: its totals are cached). Words and
 * two-word phrases are compared each against their
 * own totals. An empty selection, or one that is the whole corpus, has none.
 */
export function computeDistinctiveTerms(table: TermTable, here: Int32Array, all: Int32Array, options: DistinctiveOptions = {}): DistinctiveTerms {
  const { n = DISTINCTIVE_TERMS_SHOWN, minG2 = G2_P001, minCount = 2 } = options;
  const phrase = phraseFlags(table);
  const [wordsAll, phrasesAll] = kindTotals(all, phrase);
  // one pass over the vocabulary: the selection's totals, and the few terms used often enough to test
  let wordsHere = 0;
  let phrasesHere = 0;
  const candidates: number[] = [];
  for (let id = 0; id < here.length; id++) {
    const a = here[id]!;
    if (a === 0) continue;
    if (phrase[id]) phrasesHere += a;
    else wordsHere += a;
    if (a >= minCount) candidates.push(id);
  }
  const top = (isPhrase: 0 | 1, c: number, d: number): DistinctiveTerm[] => {
    // G² for the over-represented candidates; objects only for the `n` kept
    const ids: number[] = [];
    const g2s: number[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const id = candidates[k]!;
      if (phrase[id] !== isPhrase) continue;
      const a = here[id]!;
      const b = all[id]! - a;
      // over-represented: a / c > b / d
      if (a * d <= b * c) continue;
      const g2 = logLikelihood(a, b, c, d);
      if (g2 >= minG2) g2s[ids.push(id) - 1] = g2;
    }
    const order = ids.map((_, k) => k).sort((x, y) => g2s[y]! - g2s[x]! || (table.names[ids[x]!]! < table.names[ids[y]!]! ? -1 : 1));
    return order.slice(0, n).map((k) => {
      const id = ids[k]!;
      const [a, b] = [here[id]!, all[id]! - here[id]!];
      return { term: table.names[id]!, here: a, rest: b, g2: g2s[k]!, logRatio: logRatio(a, b, c, d) };
    });
  };
  return { words: top(0, wordsHere, wordsAll - wordsHere), phrases: top(1, phrasesHere, phrasesAll - phrasesHere) };
}

const totalsCache = new WeakMap<Int32Array, [number, number]>();

/** Sum of the counts of words and of phrases, once per counts array. */
function kindTotals(counts: Int32Array, phrase: Uint8Array): [number, number] {
  let t = totalsCache.get(counts);
  if (!t) {
    t = [0, 0];
    for (let id = 0; id < counts.length; id++) t[phrase[id] ? 1 : 0] += counts[id]!;
    totalsCache.set(counts, t);
  }
  return t;
}
