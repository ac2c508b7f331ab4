/**
 * Records kept as the corpus-lines file gave them: each line's UTF-8 bytes,
 * ended by "\n", several megabytes to one stored chunk. Storing them needs no
 * re-serialising, and IndexedDB copies bytes where a JS string holding any
 * character outside Latin-1 (a ’ in a quote) is cloned as UTF-16, twice the
 * size (bench/README.md: a 10,000-article cold load).
 */

/** Lines gathered for one chunk. */
export class LineBuffer {
  #parts: Uint8Array[] = [];
  #size = 0;

  /** Bytes gathered, newlines included. */
  get size(): number {
    return this.#size;
  }

  /** Add one line (without its "\n"); the bytes are copied when the chunk is taken, so `line` must not change until then. */
  push(line: Uint8Array): void {
    this.#parts.push(line);
    this.#size += line.length + 1;
  }

  /** The lines gathered as one buffer, each ended by "\n"; the buffer starts empty again. */
  take(): Uint8Array {
    const out = new Uint8Array(this.#size);
    let at = 0;
    for (const p of this.#parts) {
      out.set(p, at);
      at += p.length;
      out[at++] = 10;
    }
    this.#parts = [];
    this.#size = 0;
    return out;
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
