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

/** A flat [termIndex, count, …] list: a plain array in JSON, an Int32Array once stored in IndexedDB. */
export type FlatCounts = number[] | Int32Array;

/**
 * Whether `x` is a flat [termIndex, count, …] list: even length, integer
 * indices ≥ 0, integer counts ≥ 1. (Index bounds are checked against the vocabulary separately.)
 */
export function isFlatCounts(x: unknown): x is FlatCounts {
  if (x instanceof Int32Array) {
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
