import { SCHEMA_VERSION } from '../../corpus/schema';
import { RecordStream, type StreamedCorpus } from '../index';
import { SECTION_ORDER, type CorpusVersion, type Sections } from '../../corpus/version';
import { CorpusSummary } from '../../corpus/summary';

/**
 * The version file of a corpus written to `out`: public/corpus.jsonl (or
 * .json) → public/corpus.version.json (the name the dashboard fetches),
 * keep.json → keep.version.json. Named after the output, so writing one corpus never
 * replaces the version file of another beside it.
 */
export const versionPathFor = (out: string): string => out.replace(/(\.json|\.jsonl|\.ndjson)?$/i, '.version.json');

/**
 * Sections whose records are made elsewhere (on the pool's threads, see
 * pooledSections.ts): each section's records as blocks of bytes, in order, in
 * the layout of the file being written (corpus lines, or JSON array elements
 * each after a comma). Term rows only in corpus lines (in JSON they are not a
 * top-level key).
 */
export type MadeSections = Partial<
  Record<'quotes' | 'unattributed' | 'documents' | 'termRows', AsyncIterable<Uint8Array>>
>;

/** Where a made section's blocks go; the generator is then resumed with how many bytes they were. */
interface Hole {
  section: Exclude<keyof MadeSections, 'termRows'>;
}

/**
 * The corpus as JSON in UTF-8 chunks of about `size` bytes: the top-level keys
 * in SECTION_ORDER (then any others), each array written element by element
 * (terms.rows too), so no part of a large corpus is ever one string. Fills
 * `sections` with each top-level value's byte range as it goes.
 */
export function corpusJsonChunks(
  corpus: StreamedCorpus,
  size = 1 << 22,
  sections: Sections = {},
): Generator<Uint8Array> {
  return jsonParts(corpus, size, sections, new Set()) as Generator<Uint8Array>;
}

/**
 * corpusJsonChunks with the arrays in `made` taken as they come from there
 * (the same elements, made on other threads) instead of from `corpus`.
 */
export async function* corpusJsonMixed(
  corpus: StreamedCorpus,
  made: MadeSections,
  size = 1 << 22,
  sections: Sections = {},
): AsyncGenerator<Uint8Array> {
  const parts = jsonParts(corpus, size, sections, new Set(Object.keys(made)));
  for (let part = parts.next(); !part.done;) {
    if (part.value instanceof Uint8Array) {
      yield part.value;
      await turn();
      part = parts.next();
      continue;
    }
    let bytes = 0;
    for await (const block of made[part.value.section]!) {
      // every element comes after a comma but the array's first
      const elements = bytes === 0 ? block.subarray(1) : block;
      bytes += elements.length;
      if (elements.length > 0) yield elements;
    }
    part = parts.next(bytes);
  }
}

/**
 * Lets the event loop run between chunks this thread makes itself: the pool's finished tasks are taken and its
 * threads given new ones, which only this thread can do.
 */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function* jsonParts(
  corpus: StreamedCorpus,
  size: number,
  sections: Sections,
  made: ReadonlySet<string>,
): Generator<Uint8Array | Hole, void, number | undefined> {
  const out = new ByteSink(size);
  const rank = (k: string) => {
    const i = (SECTION_ORDER as readonly string[]).indexOf(k);
    return i < 0 ? SECTION_ORDER.length : i;
  };
  const entries = Object.entries(corpus).sort(([a], [b]) => rank(a) - rank(b));
  out.ascii('{');
  let first = true;
  for (const [k, v] of entries) {
    if (v === undefined || typeof v === 'function') continue;
    out.text(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    const start = out.offset;
    if (made.has(k)) {
      out.ascii('[');
      yield* out.take();
      out.passed((yield { section: k as Hole['section'] }) ?? 0);
      out.ascii(']');
    } else yield* jsonChunks(v, 2, out);
    sections[k] = [start, out.offset];
  }
  out.ascii('}');
  yield* out.take();
}

/**
 * What corpus.version.json says about a corpus written by corpusJsonChunks (`sections`) or corpusLinesChunks (`file`, its name),
 * with the dashboard's first figures (`summary`, checked against the schema the page reads it with).
 */
export function corpusVersion(
  written: { sha256: string; bytes: number },
  sections: Sections | undefined,
  file?: string,
  summary?: CorpusSummary,
): CorpusVersion {
  return {
    sha256: written.sha256,
    bytes: written.bytes,
    schemaVersion: SCHEMA_VERSION,
    ...(sections ? { sections } : {}),
    ...(file ? { file } : {}),
    ...(summary ? { summary: CorpusSummary.parse(summary) } : {}),
  };
}

/**
 * Bytes in buffers of about `size`, handed out in chunks. A value that does
 * not fit where the buffer is ends it (to be taken) and goes into a new one:
 * nothing is copied to grow (a document's JSON near a chunk's end used to
 * double the buffer and copy it, nearly every chunk).
 */
export class ByteSink {
  buf: Buffer;
  pos = 0;
  /** bytes of the buffers ended so far, taken or not */
  sealed = 0;
  ready: Uint8Array[] = [];
  /** `spare`: memory to write into first, when large enough (a written block's, handed back by the writer: pooledSections) */
  constructor(
    readonly size: number,
    spare?: ArrayBuffer,
  ) {
    this.buf =
      spare !== undefined && spare.byteLength >= size + 1024
        ? Buffer.from(spare, 0, spare.byteLength)
        : Buffer.allocUnsafe(size + 1024);
  }
  /** bytes written so far, taken or not */
  get offset(): number {
    return this.sealed + this.pos;
  }
  /** time to take(): the buffer is past `size`, or an ended one waits */
  get full(): boolean {
    return this.pos >= this.size || this.ready.length > 0;
  }
  /** `n` bytes were written past the sink, between two take()s: they count in `offset` */
  passed(n: number): void {
    this.sealed += n;
  }
  /** the bytes written since the last take(), in one or more chunks */
  take(): Uint8Array[] {
    this.#seal(this.size + 1024);
    const ready = this.ready;
    this.ready = [];
    return ready;
  }
  /** take(), the sink done with: no buffer is made for more */
  finish(): Uint8Array[] {
    this.#seal(0);
    return this.take();
  }
  #seal(next: number): void {
    if (this.pos > 0) {
      this.ready.push(this.buf.subarray(0, this.pos));
      this.sealed += this.pos;
      this.pos = 0;
      this.buf = Buffer.allocUnsafe(next);
    } else if (this.buf.length < next) this.buf = Buffer.allocUnsafe(next);
  }
  ensure(n: number): void {
    if (this.pos + n > this.buf.length) this.#seal(Math.max(this.size + 1024, n));
  }
  /** ASCII-only text (JSON punctuation, keys) */
  ascii(s: string): void {
    this.ensure(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.pos++] = s.charCodeAt(i);
  }
  text(s: string): void {
    this.ensure(s.length * 3);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
  /** JSON.stringify(s), byte by byte when s is printable ASCII without " or \\ (ids, kinds); else through JSON.stringify */
  plainString(s: string): void {
    const n = s.length;
    this.ensure(n + 2);
    const buf = this.buf;
    let p = this.pos;
    buf[p++] = 34;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 34 || c === 92) return this.text(JSON.stringify(s));
      buf[p++] = c;
    }
    buf[p++] = 34;
    this.pos = p;
  }
  /** a number as JSON.stringify writes it; non-negative integers digit by digit */
  number(v: number): void {
    if (!(v >= 0 && v <= 0x7fffffff && (v | 0) === v)) return this.text(JSON.stringify(v));
    this.ensure(10);
    if (v < 10) {
      this.buf[this.pos++] = 48 + v;
      return;
    }
    let digits = 0;
    for (let x = v; x > 0; x = (x / 10) | 0) digits++;
    let p = this.pos + digits;
    this.pos = p;
    for (let x = v; x > 0; x = (x / 10) | 0) this.buf[--p] = 48 + (x % 10);
  }
}

const isOpenable = (v: unknown): v is object =>
  v !== null &&
  typeof v === 'object' &&
  !ArrayBuffer.isView(v) &&
  typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** A terms row { kind, id, counts: number[] | Int32Array } in that key order: written without JSON.stringify (counts as an array either way). */
function isPlainRow(v: unknown): v is { kind: string; id: string; counts: number[] | Int32Array } {
  if (!isOpenable(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const keys = Object.keys(v);
  const r = v as Record<string, unknown>;
  return (
    keys.length === 3 &&
    keys[0] === 'kind' &&
    keys[1] === 'id' &&
    keys[2] === 'counts' &&
    typeof r.kind === 'string' &&
    typeof r.id === 'string' &&
    (Array.isArray(r.counts) || r.counts instanceof Int32Array)
  );
}

/** One value's JSON into `out` (a terms row without JSON.stringify). */
export function writeValue(v: unknown, out: ByteSink): void {
  if (isPlainRow(v)) {
    out.ascii('{"kind":');
    out.plainString(v.kind);
    out.ascii(',"id":');
    out.plainString(v.id);
    out.ascii(',"counts":[');
    const c = v.counts;
    out.ensure(11 * c.length);
    for (let i = 0; i < c.length; i++) {
      if (i) out.buf[out.pos++] = 44; // comma
      const x: unknown = c[i];
      if (typeof x === 'number') out.number(x);
      else out.text(x === undefined || typeof x === 'function' ? 'null' : JSON.stringify(x));
    }
    out.ascii(']}');
  } else out.text(JSON.stringify(v) ?? 'null');
}

/** Each record after a comma, as the elements of a JSON array after its first: yields each full chunk. */
export function* arrayElements(records: Iterable<unknown>, out: ByteSink): Generator<Uint8Array> {
  for (const record of records) {
    out.ascii(',');
    writeValue(record, out);
    if (out.full) yield* out.take();
  }
}

/**
 * The JSON of `value` into `out`, opening objects `depth` levels deep and
 * arrays there one element at a time; yields each full chunk.
 */
function* jsonChunks(value: unknown, depth: number, out: ByteSink): Generator<Uint8Array> {
  if (depth > 0 && (Array.isArray(value) || value instanceof RecordStream)) {
    out.ascii('[');
    let i = 0;
    for (const v of value as Iterable<unknown>) {
      if (i++) out.ascii(',');
      // JSON.stringify writes undefined or a function inside an array as null
      if (v === undefined || typeof v === 'function') out.ascii('null');
      else writeValue(v, out);
      if (out.full) yield* out.take();
    }
    out.ascii(']');
  } else if (depth > 0 && isOpenable(value)) {
    out.ascii('{');
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function') continue;
      out.text(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      yield* jsonChunks(v, depth - 1, out);
    }
    out.ascii('}');
  } else out.text(JSON.stringify(value));
  if (out.full) yield* out.take();
}
