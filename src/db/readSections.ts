import type { Sections } from '../corpus/version';

/**
 * Read a corpus.json body as a stream and hand out each top-level value's JSON
 * text as soon as its last byte has arrived, in file order, so the caller can
 * parse and show the first sections while the rest is still downloading.
 * `sections` comes from corpus.version.json (byte ranges into the UTF-8 body).
 * Bytes outside the sections (keys, punctuation) are skipped, and bytes are
 * let go once every section that needs them is out. Throws if the body ends
 * before a section does.
 */
export async function* readSections(
  body: ReadableStream<Uint8Array>,
  sections: Sections,
  onBytes: (received: number) => void = () => {},
): AsyncGenerator<[name: string, json: string]> {
  const queue = Object.entries(sections).sort((a, b) => a[1][0] - b[1][0]);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  /** Chunks still needed, with the offset of each one's first byte. */
  let held: { at: number; bytes: Uint8Array }[] = [];
  let received = 0;
  const reader = body.getReader();
  try {
    while (queue.length) {
      const { done, value } = await reader.read();
      if (done) {
        const [name, [start, end]] = queue[0]!;
        throw new Error(`the file ended after ${received} bytes, inside "${name}" (bytes ${start}–${end})`);
      }
      held.push({ at: received, bytes: value });
      received += value.length;
      onBytes(received);
      while (queue.length && queue[0]![1][1] <= received) {
        const [name, [start, end]] = queue.shift()!;
        yield [name, decoder.decode(gather(held, start, end))];
        // keep only what a later section may still need
        const next = queue.length ? queue[0]![1][0] : Infinity;
        held = held.filter((c) => c.at + c.bytes.length > next);
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Bytes [start, end) out of chunks that cover them (a view, not a copy, when one chunk does). */
function gather(chunks: readonly { at: number; bytes: Uint8Array }[], start: number, end: number): Uint8Array {
  const first = chunks.find((c) => c.at <= start && start < c.at + c.bytes.length);
  if (first && end <= first.at + first.bytes.length) return first.bytes.subarray(start - first.at, end - first.at);
  const out = new Uint8Array(end - start);
  for (const c of chunks) {
    const from = Math.max(start, c.at);
    const to = Math.min(end, c.at + c.bytes.length);
    if (from < to) out.set(c.bytes.subarray(from - c.at, to - c.at), from - start);
  }
  return out;
}
