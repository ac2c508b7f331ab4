/**
 * `compute` remembered per key, all forgotten once `limit` keys are held. Descriptors, words and short
 * texts recur across sentences and articles, and an analysis thread lives for the whole corpus: the memo
 * saves the repeats while its memory stays bounded. `compute` must not return `undefined`.
 */
export function boundedMemo<A, V, K = A>(
  limit: number,
  compute: (arg: A) => V,
  keyOf: (arg: A) => K = (a) => a as unknown as K,
): (arg: A) => V {
  const known = new Map<K, V>();
  return (arg) => {
    const key = keyOf(arg);
    let v = known.get(key);
    if (v === undefined) {
      if (known.size >= limit) known.clear();
      v = compute(arg);
      known.set(key, v);
    }
    return v;
  };
}
