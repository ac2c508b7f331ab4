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
  const n = rows.length;
  const offsets = new Int32Array(n + 1);
  const kinds = new Uint8Array(n);
  const ids = new Array<string>(n);
  // one pass for the offsets and the largest number, so the counts are written once, in the narrowest array
  let max = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    const c = r.counts;
    for (let k = 0; k < c.length; k++) if (c[k]! > max) max = c[k]!;
    offsets[i + 1] = offsets[i]! + c.length;
    kinds[i] = r.kind === 'quote' ? 0 : 1;
    ids[i] = r.id;
  }
  const flat = max < 1 << 16 ? new Uint16Array(offsets[n]!) : new Int32Array(offsets[n]!);
  for (let i = 0; i < n; i++) flat.set(rows[i]!.counts, offsets[i]);
  return { kinds, ids, offsets, flat };
}

/** The rows back, each row's counts a view into the chunk's one Int32Array (no copy of an Int32Array). */
export function unpackTermRows(p: PackedTermRows): Corpus['terms']['rows'] {
  const flat = p.flat instanceof Int32Array ? p.flat : new Int32Array(p.flat);
  return p.ids.map((id, i) => ({ kind: p.kinds[i] ? 'document' : 'quote', id, counts: flat.subarray(p.offsets[i], p.offsets[i + 1]) }));
}
