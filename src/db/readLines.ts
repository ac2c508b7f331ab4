import { LINES_FORMAT } from '../corpus/lines';
import { DOCUMENT_LINE_START, startsWith } from './documentLine';
import type { LineSpan } from './lineChunks';

/** Decodes a line read without its text (RawLine.text). */
const lineDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * One line of a body: its text, and its bytes as they came (UTF-8, without the line
 * end) as a range of the piece they arrived in: no view of its own (740k lines at
 * 10,000 articles; LineBuffer copies a piece's consecutive lines at once). The piece's
 * memory is read into again once the lines after its batch are asked for: use or copy
 * the bytes before then (the text stays).
 */
export class RawLine implements LineSpan {
  #text: string | undefined;
  constructor(
    text: string | undefined,
    readonly source: Uint8Array,
    readonly start: number,
    readonly end: number,
  ) {
    this.#text = text;
  }

  /** The line's text; a line read without it (a document's: see readRawLineBatches) is decoded now, so only before its bytes change. */
  get text(): string {
    return (this.#text ??= lineDecoder.decode(this.bytes));
  }

  /** Whether the text was decoded with the line (not left to `text`). */
  get decoded(): boolean {
    return this.#text !== undefined;
  }

  /** A view into the body's bytes (not a copy). */
  get bytes(): Uint8Array {
    return this.source.subarray(this.start, this.end);
  }
}

/**
 * Bytes decoded to text in one call, or one line if longer (see readRawLines). Chromium's
 * TextDecoder costs far more a byte in small calls: at 10,000 articles 256 KB runs took the
 * loader's worker ~2 s less CPU than 32 KB ones, and 1 MB runs gained nothing (bench/README.md).
 */
const DECODE_RUN = 256 * 1024;

/** A stream of bytes as text lines (without their "\n" or "\r\n"), decoded as UTF-8; an invalid byte sequence throws. */
export async function* readLines(
  body: ReadableStream<Uint8Array>,
  onBytes: (received: number) => void = () => {},
): AsyncGenerator<string> {
  for await (const line of readRawLines(body, onBytes)) yield line.text;
}

/**
 * A stream of bytes as lines, each with its text (UTF-8; an invalid byte sequence
 * throws) and its bytes. The bytes of all whole lines that arrived together are
 * decoded in one call: a "\n" byte is never part of a longer UTF-8 sequence, so
 * the text's line breaks are the bytes' ones.
 */
export async function* readRawLines(
  body: ReadableStream<Uint8Array>,
  onBytes: (received: number) => void = () => {},
): AsyncGenerator<RawLine> {
  for await (const batch of readRawLineBatches(body, onBytes)) yield* batch;
}

/** Bytes a piece is read into, when the stream lets us choose (a byte stream: a fetched body). */
const PIECE_BYTES = 1 << 20;

/**
 * A body's pieces. From a byte stream (a fetched body) they are read into one buffer
 * used again and again: at 10,000 articles, fresh memory for each of its 455 MB of
 * pieces cost the loader's worker ~1.5 s (3.3 ms/MB, against 0.03 ms/MB to copy into
 * memory in use), so a piece is valid only until the next one is asked for.
 */
export async function* readPieces(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  if (!(body instanceof ReadableStream)) return yield* body;
  let byob: ReadableStreamBYOBReader | undefined;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    // not a byte stream: its own pieces, as they come
  }
  const reader = byob ?? body.getReader();
  try {
    let buffer = new ArrayBuffer(PIECE_BYTES);
    for (;;) {
      const r = byob
        ? await byob.read(new Uint8Array(buffer))
        : await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
      if (r.done) return;
      if (byob) buffer = r.value.buffer as ArrayBuffer;
      if (r.value.length) yield r.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * `readRawLines` a network piece at a time: the lines that piece ended (an await a line is
 * not free at 740k lines). Their bytes are valid until the next batch is asked for (see RawLine).
 * With `documentsUndecoded`, a document's line, as the pipeline writes them (the last section,
 * 136 MB at 10,000 articles), is left undecoded until its `text` is asked for: a loader that
 * reads it with readDocumentLine never decodes the document's text.
 */
export async function* readRawLineBatches(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  onBytes: (received: number) => void = () => {},
  documentsUndecoded = false,
): AsyncGenerator<RawLine[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let received = 0;
  /** The pieces of a line whose end has not arrived (joined once it does: a long line costs its length once). */
  let carry: Uint8Array[] = [];
  let first = true;
  /** The lines of `bytes` onto `out`: each ends at a "\n", and so does the last one if `ended`. */
  const lines = (bytes: Uint8Array, ended: boolean, out: RawLine[]): RawLine[] => {
    if (first) {
      first = false;
      // a byte order mark at the very start is not part of the first line
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    // decoded a run of lines at a time, DECODE_RUN bytes or one longer line
    for (let start = 0; start < bytes.length;) {
      if (documentsUndecoded && startsWith(bytes, start, DOCUMENT_LINE_START)) {
        const nl = bytes.indexOf(10, start);
        const to = nl < 0 ? bytes.length : nl;
        const cr = to > start && bytes[to - 1] === 13 ? 1 : 0;
        if (nl >= 0 || !ended) out.push(new RawLine(undefined, bytes, start, to - cr));
        start = to + 1;
        continue;
      }
      const nl = bytes.indexOf(10, Math.min(start + DECODE_RUN, bytes.length - 1));
      let end = nl < 0 ? bytes.length : nl + 1;
      // the run stops before a document's line, left undecoded (above)
      if (documentsUndecoded)
        for (let at = bytes.indexOf(10, start); at >= 0 && at + 1 < end; at = bytes.indexOf(10, at + 1))
          if (startsWith(bytes, at + 1, DOCUMENT_LINE_START)) {
            end = at + 1;
            break;
          }
      const run = bytes.subarray(start, end);
      const text = decoder.decode(run);
      let from = 0;
      let at = 0;
      const line = (to: number, textTo: number): RawLine => {
        const cr = to > from && run[to - 1] === 13 ? 1 : 0;
        return new RawLine(text.slice(at, textTo - cr), bytes, start + from, start + to - cr);
      };
      for (let i = run.indexOf(10); i >= 0; i = run.indexOf(10, from)) {
        const e = text.indexOf('\n', at);
        out.push(line(i, e));
        from = i + 1;
        at = e + 1;
      }
      if (end === bytes.length && !ended && from < run.length) out.push(line(run.length, text.length));
      start = end;
    }
    return out;
  };
  for await (const value of readPieces(body)) {
    received += value.length;
    onBytes(received);
    const last = value.lastIndexOf(10);
    // a piece's memory is read into again: what is carried over is copied
    if (last < 0) {
      carry.push(value.slice());
      continue;
    }
    let from = 0;
    const batch: RawLine[] = [];
    if (carry.length) {
      // the line carried over ends in this piece: only it is copied (pieces are up to 1 MB, lines kilobytes)
      from = value.indexOf(10) + 1;
      lines(concat([...carry, value.subarray(0, from)]), true, batch);
    }
    carry = last + 1 < value.length ? [value.slice(last + 1)] : [];
    if (from <= last) lines(value.subarray(from, last + 1), true, batch);
    yield batch;
  }
  if (carry.length) yield lines(concat(carry), false, []);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** Bytes read to tell the two formats apart: a corpus-lines header is one short line. */
const SNIFF_LIMIT = 1 << 16;

/** What `sniffHead` read of a body: the format, and the pieces read to tell (all of it if `done`). */
export interface Sniffed {
  readonly lines: boolean;
  readonly held: readonly Uint8Array[];
  readonly done: boolean;
}

/**
 * Whether a body is a corpus-lines file (its first line a header naming the format) or one
 * JSON document; the body is left unlocked, to read on with `piecesAfter` or `bodyAfter`.
 */
export async function sniffHead(body: ReadableStream<Uint8Array>): Promise<Sniffed> {
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
  reader.releaseLock();
  const head = new Uint8Array(size);
  held.reduce((at, c) => (head.set(c, at), at + c.length), 0);
  let lines = false;
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(head.subarray(0, newline < 0 ? size : newline)));
    lines = typeof header === 'object' && header !== null && (header as { format?: unknown }).format === LINES_FORMAT;
  } catch {
    // not one JSON value on the first line: a corpus.json document
  }
  return { lines, held, done };
}

/** The pieces of a body `sniffHead` read from: those it read, then the rest (readPieces: a byte stream's into one buffer). */
export async function* piecesAfter(sniffed: Sniffed, body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* sniffed.held;
  if (!sniffed.done) yield* readPieces(body);
}

/** A body `sniffHead` read from, again, whole. */
export function bodyAfter(sniffed: Sniffed, body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = sniffed.done ? undefined : body.getReader();
  return new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of sniffed.held) c.enqueue(chunk);
      if (!reader) c.close();
    },
    async pull(c) {
      const r = await reader!.read();
      if (r.done) c.close();
      else c.enqueue(r.value);
    },
    cancel: (reason) => reader?.cancel(reason),
  });
}

/**
 * Whether a body is a corpus-lines file (its first line a header naming the
 * format) or one JSON document, and the body again, whole, to read on.
 */
export async function sniffLines(
  body: ReadableStream<Uint8Array>,
): Promise<{ lines: boolean; body: ReadableStream<Uint8Array> }> {
  const sniffed = await sniffHead(body);
  return { lines: sniffed.lines, body: bodyAfter(sniffed, body) };
}
