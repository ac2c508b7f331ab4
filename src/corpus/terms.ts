/**
 * Term counts in the corpus file are stored compactly: one shared vocabulary,
 * and per record a flat list [termIndex, count, termIndex, count, …]. A list of
 * [term, count] tuples was millions of tiny arrays at 10k documents, each one to
 * parse, validate and structured-clone; flat numbers are ~2.5× smaller and
 * validate in a plain loop.
 */

/** Term counts of one record as the pipeline computes them: [term, count] pairs. */
export interface TermCounts {
  kind: 'quote' | 'document';
  id: string;
  counts: readonly (readonly [string, number])[];
}

/**
 * A flat [termIndex, count, …] list: a plain array in JSON; once stored in IndexedDB, a view of its
 * chunk's numbers, 16 bits each when they all fit (packTerms.ts), else 32.
 */
export type FlatCounts = number[] | Int32Array | Uint16Array;

/**
 * Whether `x` is a flat [termIndex, count, …] list: even length, integer
 * indices ≥ 0, integer counts ≥ 1. (Index bounds are checked against the vocabulary separately.)
 */
export function isFlatCounts(x: unknown): x is FlatCounts {
  if (x instanceof Int32Array || x instanceof Uint16Array) {
    if (x.length % 2) return false;
    for (let i = 0; i < x.length; i += 2) if (x[i]! < 0 || x[i + 1]! < 1) return false;
    return true;
  }
  if (!Array.isArray(x) || x.length % 2) return false;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i];
    const n = x[i + 1];
    if (typeof t !== 'number' || typeof n !== 'number' || !Number.isInteger(t) || !Number.isInteger(n) || t < 0 || n < 1) return false;
  }
  return true;
}

/**
 * Encode [term, count] rows into one vocabulary and flat index lists. The
 * vocabulary is ordered by total count (ties by term) so frequent terms get
 * short indices in the JSON; the output depends only on the input (deterministic).
 */
export function encodeTerms(rows: readonly TermCounts[]): {
  vocabulary: string[];
  rows: { kind: 'quote' | 'document'; id: string; counts: number[] }[];
} {
  const totals = new Map<string, number>();
  for (const r of rows) for (const [t, n] of r.counts) totals.set(t, (totals.get(t) ?? 0) + n);
  const vocabulary = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  return {
    vocabulary,
    rows: rows.map((r) => {
      const counts = new Array<number>(r.counts.length * 2);
      r.counts.forEach(([t, n], k) => {
        counts[2 * k] = index.get(t)!;
        counts[2 * k + 1] = n;
      });
      return { kind: r.kind, id: r.id, counts };
    }),
  };
}

/** One encoded row back as [term, count] pairs (for tests, exports and debugging). */
export function decodeTermRow(vocabulary: readonly string[], counts: ArrayLike<number>): [string, number][] {
  const out: [string, number][] = [];
  for (let k = 0; k < counts.length; k += 2) out.push([vocabulary[counts[k]!]!, counts[k + 1]!]);
  return out;
}

/**
 * A flat counts list as a corpus-lines file writes it: each number in base 32, most significant
 * digit first, the last digit from FINAL and the others from MORE, so a number under 32 is one
 * character and one under 1,024 two (a term index of a vocabulary ordered by frequency, or a
 * count, mostly is). At 10,000 articles the term rows as JSON number lists were 106 MB, slow to
 * parse (22M numbers) and to check; packed they are about half, read with a plain loop.
 * Every character is one JSON writes as it is (no escapes).
 */
const FINAL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
const MORE = 'ghijklmnopqrstuvwxyz0123456789-_';
/** A character's digit (0–31), +32 when more digits follow; -1: not a digit. */
const DIGIT = new Int8Array(128).fill(-1);
for (let d = 0; d < 32; d++) {
  DIGIT[FINAL.charCodeAt(d)] = d;
  DIGIT[MORE.charCodeAt(d)] = d + 32;
}

/** `counts` packed into one string (see FINAL); numbers must be integers ≥ 0. */
export function encodeCounts(counts: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < counts.length; i++) {
    let n = counts[i]!;
    let digits = FINAL[n & 31]!;
    for (n = Math.floor(n / 32); n > 0; n = Math.floor(n / 32)) digits = MORE[n & 31]! + digits;
    out += digits;
  }
  return out;
}

/**
 * What `encodeCounts` packed, as a flat list (checked as isFlatCounts checks one), or what is wrong
 * with `s`. A plain array: an Int32Array a row (300k at 10,000 articles) cost the loader's worker
 * in Chromium far more than in Node (each has memory of its own outside the JS heap).
 */
export function decodeCounts(s: string): number[] | string {
  const into = new Int32Array(s.length);
  const n = decodeCountsInto(s, into, 0);
  return typeof n === 'string' ? n : Array.from(into.subarray(0, n));
}

/**
 * `decodeCounts` into `into` from index `at` (which must have room for `s.length` numbers: at most
 * one a character), giving how many numbers it wrote, or what is wrong with `s`. The loader packs
 * each chunk's term rows this way: a list a row, kept until its chunk was packed, made the garbage
 * collector copy ~120 MB of small arrays at 10,000 articles (bench/README.md).
 */
export function decodeCountsInto(s: string, into: Int32Array, at: number): number | string {
  let k = 0;
  let v = 0;
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    d = c < 128 ? DIGIT[c]! : -1;
    if (d < 0) return `character ${i} ("${s[i]}") is not a packed digit`;
    v = v * 32 + (d & 31);
    if (v > 0x7fffffff) return `number ${k} is too large`;
    if (d < 32) {
      // a count (odd place) of 0
      if (k & 1 && v === 0) return `count ${k} is 0: counts are ≥ 1`;
      into[at + k++] = v;
      v = 0;
    }
  }
  if (d >= 32) return 'the last number is cut short';
  if (k % 2) return `an odd count of numbers (${k}): expected [termIndex, count] pairs`;
  return k;
}
