/** Whether two typed arrays (or number arrays) hold the same values in the same order. */
export function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A filter that hands back the array it returned last while a new one holds the same
 * values. A `$derived` over it keeps its identity when a click leaves a chart's input
 * unchanged (a chart ignores its own facet), so nothing that reads it re-runs.
 */
export function keepSame<T extends ArrayLike<number>>(): (next: T) => T {
  let last: T | undefined;
  return (next) => (last !== undefined && sameValues(last, next) ? last : (last = next));
}
