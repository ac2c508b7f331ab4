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

/** The records of a lines chunk: each line is `[section, record]` (validated before it was stored). */
export function parseLineRecords<T>(lines: Uint8Array): T[] {
  const text = decoder.decode(lines);
  const out: T[] = [];
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
    if (i > from) out.push((JSON.parse(text.slice(from, i)) as [string, T])[1]);
    from = i + 1;
  }
  return out;
}
