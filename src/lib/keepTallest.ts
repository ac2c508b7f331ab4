/**
 * A ratchet for a box's height: the tallest `height` given since `key` last changed.
 * A chart panel whose content gets shorter under a filter keeps that much room, so the
 * panels below it do not move; a new key (another width, another corpus) starts again
 * from the height given with it. Heights of 0 (a box not laid out) are ignored.
 */
export function keepTallest<K>(): (height: number, key: K) => number {
  let tallest = 0;
  let last: { key: K } | undefined;
  return (height, key) => {
    if (!last || last.key !== key) {
      last = { key };
      tallest = 0;
    }
    return (tallest = Math.max(tallest, height));
  };
}
