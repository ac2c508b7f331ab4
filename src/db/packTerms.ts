import type { Corpus } from '../corpus';

/** One chunk's term rows, packed so IndexedDB clones a few typed arrays instead of a thousand small objects. */
export interface PackedTermRows {
  /** 0: quote, 1: document */
  kinds: Uint8Array;
  ids: string[];
  /** Row i's flat counts are flat[offsets[i] .. offsets[i+1]]. */
  offsets: Int32Array;
  /**
   * 16 bits a number when every index and count fits (a vocabulary under 65,536 terms):
   * half the bytes to store. Int32Array otherwise, and always once unpacked.
   */
  flat: Int32Array | Uint16Array;
}

export function packTermRows(rows: Corpus['terms']['rows']): PackedTermRows {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (offsets[i + 1] = offsets[i]! + r.counts.length));
  const flat = new Int32Array(offsets[rows.length]!);
  rows.forEach((r, i) => flat.set(r.counts, offsets[i]));
  let max = 0;
  for (let i = 0; i < flat.length; i++) if (flat[i]! > max) max = flat[i]!;
  return { kinds: Uint8Array.from(rows, (r) => (r.kind === 'quote' ? 0 : 1)), ids: rows.map((r) => r.id), offsets, flat: max < 1 << 16 ? new Uint16Array(flat) : flat };
}

/** The rows back, each row's counts a view into the chunk's one Int32Array (no copy of an Int32Array). */
export function unpackTermRows(p: PackedTermRows): Corpus['terms']['rows'] {
  const flat = p.flat instanceof Int32Array ? p.flat : new Int32Array(p.flat);
  return p.ids.map((id, i) => ({ kind: p.kinds[i] ? 'document' : 'quote', id, counts: flat.subarray(p.offsets[i], p.offsets[i + 1]) }));
}
