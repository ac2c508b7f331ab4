import { detachedString } from '../../lib/detachedString';

/**
 * `compute` remembered per key, all forgotten once `limit` keys are held. Descriptors, words and short
 * texts recur across sentences and articles, and an analysis thread lives for the whole corpus: the memo
 * saves the repeats while its memory stays bounded. `compute` must not return `undefined`.
 *
 * A string key is kept as a detached copy, and a string argument that is its own key is computed on
 * that copy, so neither the key nor what the value slices out of it keeps the article it came from
 * alive (each held key kept its whole article's text: ~27 MB more of a thread's heap every thousand
 * articles). A `keyOf` that is not the identity must give a key that does not hold the argument's
 * strings, and `compute` must not keep them in its value.
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
      const kept = (typeof key === 'string' ? detachedString(key) : key) as K;
      v = compute(Object.is(arg, key) ? (kept as unknown as A) : arg);
      known.set(kept, v);
    }
    return v;
  };
}
