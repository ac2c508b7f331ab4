/**
 * Records kept as the corpus-lines file gave them: each line's UTF-8 bytes,
 * ended by "\n", several megabytes to one stored chunk. Storing them needs no
 * re-serialising, and IndexedDB copies bytes where a JS string holding any
 * character outside Latin-1 (a ’ in a quote) is cloned as UTF-16, twice the
 * size (bench/README.md: a 10,000-article cold load).
 */

/** One line's bytes inside a larger buffer (a network piece): `source[start..end)`, without its line end. */
export interface LineSpan {
  readonly source: Uint8Array;
  readonly start: number;
  readonly end: number;
}

/** Bytes of one block `detach` copies lines into. */
const BLOCK_BYTES = 1 << 20;
/** Blocks given back by `take`, for any buffer's next lines: memory in use costs ~100× less to write than fresh memory. */
const spareBlocks: Uint8Array[] = [];
/** Spare blocks kept at most (the first sections, held until the first charts are drawn, need ~20 at 10,000 articles). */
const MAX_SPARE_BLOCKS = 32;

/**
 * Lines gathered for one chunk, as ranges of the buffers they came in: consecutive
 * lines of one buffer (a network piece holds thousands) are one range, copied with
 * one call, rather than a copy and a view a line. The buffers they came in are used
 * again (readPieces), so `detach` copies the ranges into blocks of memory this module
 * keeps and hands round: growing one buffer instead (doubling, each time fresh memory
 * and a copy) cost the loader's worker ~0.3 s before the first charts at 10,000 articles.
 */
export class LineBuffer {
  /** Lines copied here by `detach`, each ended by "\n"; all but the last block full. */
  #blocks: Uint8Array[] = [];
  /** Bytes used of the last block. */
  #used = 0;
  #sources: Uint8Array[] = [];
  #starts: number[] = [];
  #ends: number[] = [];
  #size = 0;

  /** Bytes gathered, newlines included. */
  get size(): number {
    return this.#size;
  }

  /** Add one line (without its "\n"); its bytes must not change until `detach` or `take`. */
  push(line: Uint8Array | LineSpan): void {
    const { source, start, end } = line instanceof Uint8Array ? { source: line, start: 0, end: line.length } : line;
    this.#size += end - start + 1;
    const last = this.#sources.length - 1;
    // the line right after the last one, past the "\n" between them: the range grows to take it in
    if (last >= 0 && this.#sources[last] === source && this.#ends[last]! + 1 === start && source[start - 1] === 10) {
      this.#ends[last] = end;
      return;
    }
    this.#sources.push(source);
    this.#starts.push(start);
    this.#ends.push(end);
  }

  /** Copy the lines gathered into blocks of this buffer's own, so the buffers they came in may change. */
  detach(): void {
    for (let i = 0; i < this.#sources.length; i++) {
      // the range and the "\n" after it (never in the source: a CRLF line's range stops before its CR)
      const source = this.#sources[i]!;
      const end = this.#ends[i]!;
      for (let at = this.#starts[i]!; at <= end; ) {
        let block = this.#blocks[this.#blocks.length - 1];
        if (!block || this.#used === block.length) {
          block = spareBlocks.pop() ?? new Uint8Array(BLOCK_BYTES);
          this.#blocks.push(block);
          this.#used = 0;
        }
        const n = Math.min(end - at, block.length - this.#used);
        block.set(source.subarray(at, at + n), this.#used);
        this.#used += n;
        at += n;
        if (at === end && this.#used < block.length) {
          block[this.#used++] = 10;
          at++;
        }
      }
    }
    this.#forgetRanges();
  }

  /** The lines gathered as one buffer, each ended by "\n"; the buffer starts empty again. */
  take(): Uint8Array {
    const out = new Uint8Array(this.#size);
    let at = 0;
    this.#blocks.forEach((b, i) => {
      const n = i === this.#blocks.length - 1 ? this.#used : b.length;
      out.set(n === b.length ? b : b.subarray(0, n), at);
      at += n;
    });
    for (const b of this.#blocks) if (spareBlocks.length < MAX_SPARE_BLOCKS) spareBlocks.push(b);
    this.#blocks = [];
    this.#used = 0;
    for (let i = 0; i < this.#sources.length; i++) {
      const start = this.#starts[i]!;
      const end = this.#ends[i]!;
      out.set(this.#sources[i]!.subarray(start, end), at);
      at += end - start;
      out[at++] = 10;
    }
    this.#forgetRanges();
    this.#size = 0;
    return out;
  }

  #forgetRanges(): void {
    this.#sources = [];
    this.#starts = [];
    this.#ends = [];
  }
}

const decoder = new TextDecoder();
/** Bytes decoded in one call, or one longer line (as readLines.ts decodes: larger calls cost less a byte, up to ~256 KB). */
const DECODE_RUN = 256 * 1024;

/** The records of a lines chunk: each line is `[section, record]` (validated before it was stored). */
export function parseLineRecords<T>(lines: Uint8Array): T[] {
  const out: T[] = [];
  for (let start = 0; start < lines.length; ) {
    const nl = lines.indexOf(10, Math.min(start + DECODE_RUN, lines.length - 1));
    const end = nl < 0 ? lines.length : nl + 1;
    const text = decoder.decode(lines.subarray(start, end));
    let from = 0;
    for (let i = text.indexOf('\n'); i >= 0 || from < text.length; i = text.indexOf('\n', from)) {
      const to = i < 0 ? text.length : i;
      if (to > from) out.push((JSON.parse(text.slice(from, to)) as [string, T])[1]);
      from = to + 1;
    }
    start = end;
  }
  return out;
}
