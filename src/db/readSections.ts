import type { Sections } from '../corpus/version';

/**
 * The version file's sections do not describe this body (another corpus.json,
 * or offsets that are not ours): the caller reads the file whole instead.
 */
export class MisalignedError extends Error {
  override name = 'MisalignedError';
}

/**
 * Read a corpus.json body as a stream and hand out each top-level value's JSON
 * text as soon as its last byte has arrived, in file order, so the caller can
 * parse and show the first sections while the rest is still downloading.
 * `sections` comes from corpus.version.json (byte ranges into the UTF-8 body,
 * `total` bytes long). The bytes around the sections must be exactly what the
 * CLI writes between them — `{"name":` before the first, `,"name":` before each
 * next, `}` after the last — so sections that skip a key, or a body that is not
 * the one described, throw MisalignedError rather than load part of a corpus.
 * Throws a plain Error when the body ends early.
 */
export async function* readSections(
  body: ReadableStream<Uint8Array>,
  sections: Sections,
  total: number,
  onBytes: (received: number) => void = () => {},
): AsyncGenerator<[name: string, json: string]> {
  const queue = Object.entries(sections).sort((a, b) => a[1][0] - b[1][0]);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Uint8Array, what: string) => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new MisalignedError(`${what} is not UTF-8 text`);
    }
  };
  /** Chunks not yet consumed, with the offset of each one's first byte. */
  let held: { at: number; bytes: Uint8Array }[] = [];
  let received = 0;
  /** Where the bytes between sections that still need checking begin. */
  let checkedTo = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      held.push({ at: received, bytes: value });
      received += value.length;
      onBytes(received);
      if (received > total) throw new MisalignedError(`the file is longer than the ${total} bytes its version file gives`);
      while (queue.length && queue[0]![1][1] <= received) {
        const [name, [start, end]] = queue.shift()!;
        const gap = decode(gather(held, checkedTo, start), `the bytes before "${name}"`);
        if (gap !== `${checkedTo === 0 ? '{' : ','}${JSON.stringify(name)}:`) throw new MisalignedError(`"${name}" is not where the version file says`);
        const json = decode(gather(held, start, end), `"${name}"`);
        checkedTo = end;
        // let go of the bytes before the next one is read (the caller parses big sections)
        held = held.filter((c) => c.at + c.bytes.length > end);
        yield [name, json];
      }
    }
    if (queue.length) {
      const [name, [start, end]] = queue[0]!;
      throw new Error(`the download stopped after ${received} of ${total} bytes, inside "${name}" (bytes ${start}–${end})`);
    }
    if (received !== total || decode(gather(held, checkedTo, received), 'the end') !== '}')
      throw new MisalignedError(`the file does not end where its version file says (${received} bytes, expected ${total})`);
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Bytes [start, end) out of chunks that cover them (a view, not a copy, when one chunk does). */
function gather(chunks: readonly { at: number; bytes: Uint8Array }[], start: number, end: number): Uint8Array {
  const first = chunks.find((c) => c.at <= start && start < c.at + c.bytes.length);
  if (first && end <= first.at + first.bytes.length) return first.bytes.subarray(start - first.at, end - first.at);
  const out = new Uint8Array(Math.max(0, end - start));
  for (const c of chunks) {
    const from = Math.max(start, c.at);
    const to = Math.min(end, c.at + c.bytes.length);
    if (from < to) out.set(c.bytes.subarray(from - c.at, to - c.at), from - start);
  }
  return out;
}
