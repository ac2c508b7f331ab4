import type { Count } from './countSpeakers';

type TermList = readonly (readonly [string, number])[];

export interface TermTotals {
  readonly words: Count[];
  /** Two-word phrases ("resistance units"). */
  readonly phrases: Count[];
}

/**
 * Sum per-record term counts for the given record ids and return the top `n`
 * single words and two-word phrases, most frequent first, ties by term.
 */
export function sumTerms(termsById: ReadonlyMap<string, TermList>, ids: Iterable<string>, n = 20): TermTotals {
  const sums = new Map<string, number>();
  for (const id of ids) {
    const counts = termsById.get(id);
    if (counts) for (const [t, c] of counts) sums.set(t, (sums.get(t) ?? 0) + c);
  }
  const words: Count[] = [];
  const phrases: Count[] = [];
  for (const [key, count] of sums) (key.includes(' ') ? phrases : words).push({ key, count });
  const top = (xs: Count[]) => xs.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, n);
  return { words: top(words), phrases: top(phrases) };
}
