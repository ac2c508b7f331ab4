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

/**
 * Lines gathered for one chunk, as ranges of the buffers they came in: consecutive
 * lines of one buffer (a network piece holds thousands) are one range, copied with
 * one call, rather than a copy and a view a line. The buffers they came in are used
 * again (readPieces), so `detach` copies the ranges into memory of this buffer's own,
 * which it keeps for its next chunks: fresh memory costs ~100× as much to write.
 */
export class LineBuffer {
  /** Lines copied here by `detach`, each ended by "\n": `#own[0..#owned)`. */
  #own = new Uint8Array(0);
  #owned = 0;
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

  /** Copy the lines gathered into this buffer's own memory, so the buffers they came in may change. */
  detach(): void {
    if (!this.#sources.length) return;
    if (this.#size > this.#own.length) {
      const grown = new Uint8Array(Math.max(this.#size, 2 * this.#own.length));
      grown.set(this.#own.subarray(0, this.#owned));
      this.#own = grown;
    }
    this.#owned = this.#copyRanges(this.#own, this.#owned);
  }

  /** The lines gathered as one buffer, each ended by "\n"; the buffer starts empty again. */
  take(): Uint8Array {
    const out = new Uint8Array(this.#size);
    out.set(this.#own.subarray(0, this.#owned));
    this.#copyRanges(out, this.#owned);
    this.#owned = 0;
    this.#size = 0;
    return out;
  }

  /** Copy the ranges into `out` from `at`, each line ended by "\n", and forget them; returns where they end. */
  #copyRanges(out: Uint8Array, at: number): number {
    for (let i = 0; i < this.#sources.length; i++) {
      const start = this.#starts[i]!;
      const end = this.#ends[i]!;
      out.set(this.#sources[i]!.subarray(start, end), at);
      at += end - start;
      out[at++] = 10;
    }
    this.#sources = [];
    this.#starts = [];
    this.#ends = [];
    return at;
  }
}

const decoder = new TextDecoder();
/** Bytes decoded in one call, or one longer line: a string of a whole chunk's length is a large object, in fresh memory each time. */
const DECODE_RUN = 32 * 1024;

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
