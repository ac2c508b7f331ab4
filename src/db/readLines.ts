import { LINES_FORMAT } from '../corpus/lines';

/** A stream of bytes as text lines (without their "\n" or "\r\n"), decoded as UTF-8; an invalid byte sequence throws. */
export async function* readLines(body: ReadableStream<Uint8Array>, onBytes: (received: number) => void = () => {}): AsyncGenerator<string> {
  let received = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, c) {
        received += chunk.length;
        onBytes(received);
        c.enqueue(chunk);
      },
    }),
  );
  const reader = counted.pipeThrough(new TextDecoderStream('utf-8', { fatal: true }) as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  // a line's pieces until its end arrives: only new text is searched for "\n", so a long line costs its length once
  let pieces: string[] = [];
  const take = (last: string) => {
    pieces.push(last);
    const line = pieces.length === 1 ? last : pieces.join('');
    pieces = [];
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let from = 0;
      for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', from)) {
        yield take(value.slice(from, i));
        from = i + 1;
      }
      if (from < value.length) pieces.push(value.slice(from));
    }
    if (pieces.length) yield take('');
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Bytes read to tell the two formats apart: a corpus-lines header is one short line. */
const SNIFF_LIMIT = 1 << 16;

/**
 * Whether a body is a corpus-lines file (its first line a header naming the
 * format) or one JSON document, and the body again, whole, to read on.
 */
export async function sniffLines(body: ReadableStream<Uint8Array>): Promise<{ lines: boolean; body: ReadableStream<Uint8Array> }> {
  const reader = body.getReader();
  const held: Uint8Array[] = [];
  let size = 0;
  let newline = -1;
  let done = false;
  while (newline < 0 && size < SNIFF_LIMIT && !done) {
    const r = await reader.read();
    if (r.done) done = true;
    else {
      const i = r.value.indexOf(10);
      if (i >= 0) newline = size + i;
      held.push(r.value);
      size += r.value.length;
    }
  }
  const head = new Uint8Array(size);
  held.reduce((at, c) => (head.set(c, at), at + c.length), 0);
  let lines = false;
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(head.subarray(0, newline < 0 ? size : newline)));
    lines = typeof header === 'object' && header !== null && (header as { format?: unknown }).format === LINES_FORMAT;
  } catch {
    // not one JSON value on the first line: a corpus.json document
  }
  const again = new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of held) c.enqueue(chunk);
      if (done) c.close();
    },
    async pull(c) {
      const r = await reader.read();
      if (r.done) c.close();
      else c.enqueue(r.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { lines, body: again };
}
