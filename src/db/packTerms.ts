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
   * half the bytes to store. Int32Array otherwise. Unpacked rows are views of it.
   */
  flat: Int32Array | Uint16Array;
}

export function packTermRows(rows: Corpus['terms']['rows']): PackedTermRows {
  const packer = new TermRowPacker();
  for (const r of rows) packer.add(r.kind, r.id, r.counts);
  return packer.take();
}

/**
 * Term rows packed as they come, their numbers copied into one growing array: the loader
 * hands each row's counts over as a view of memory it reuses, so no row has a list of its
 * own (at 10,000 articles 300k lists of ~100 numbers, kept until their chunk was packed,
 * were most of the garbage collector's work in the term rows).
 */
export class TermRowPacker {
  #kinds: number[] = [];
  #ids: string[] = [];
  /** Row i's numbers end at #ends[i] in #flat. */
  #ends: number[] = [];
  /** Kept between chunks (memory in use is cheaper to write than fresh memory); `take` copies out what a chunk holds. */
  #flat = new Int32Array(1 << 16);
  #used = 0;
  #max = 0;

  /** Rows added since the last `take`. */
  get size(): number {
    return this.#ids.length;
  }

  add(kind: 'quote' | 'document', id: string, counts: ArrayLike<number>): void {
    const n = counts.length;
    if (this.#used + n > this.#flat.length) {
      const grown = new Int32Array(Math.max(2 * this.#flat.length, this.#used + n));
      grown.set(this.#flat.subarray(0, this.#used));
      this.#flat = grown;
    }
    const flat = this.#flat;
    let max = this.#max;
    for (let k = 0, at = this.#used; k < n; k++) {
      const x = counts[k]!;
      flat[at + k] = x;
      if (x > max) max = x;
    }
    this.#max = max;
    this.#used += n;
    this.#kinds.push(kind === 'quote' ? 0 : 1);
    this.#ids.push(id);
    this.#ends.push(this.#used);
  }

  /** The rows added since the last `take`, packed; the packer starts empty again. */
  take(): PackedTermRows {
    const n = this.#ids.length;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = this.#ends[i]!;
    const used = this.#flat.subarray(0, this.#used);
    // a stored typed array must be exactly its numbers: a view would store the whole buffer
    const flat = this.#max < 1 << 16 ? new Uint16Array(used) : used.slice();
    const packed = { kinds: Uint8Array.from(this.#kinds), ids: this.#ids, offsets, flat };
    this.#kinds = [];
    this.#ids = [];
    this.#ends = [];
    this.#used = 0;
    this.#max = 0;
    return packed;
  }
}

/**
 * The rows back, each row's counts a view into the chunk's one array as it is, 16-bit ones too:
 * widening them to an Int32Array cost the page a copy into fresh memory of every chunk (58 MB at
 * 10,000 articles) on a cold load and on every warm reload.
 */
export function unpackTermRows(p: PackedTermRows): Corpus['terms']['rows'] {
  const flat = p.flat;
  return p.ids.map((id, i) => ({ kind: p.kinds[i] ? 'document' : 'quote', id, counts: flat.subarray(p.offsets[i], p.offsets[i + 1]) }));
}
