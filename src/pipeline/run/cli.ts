import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCHEMA_VERSION, type Corpus } from '../corpus/schema';
import { SECTION_ORDER, type CorpusVersion, type Sections } from '../corpus/version';
import { buildCorpusFromFiles, type FileInput } from './parallel';
import { MAX_BYTES } from './01-read';
import { startWriter } from './writer';
import { keepShapeOf } from '../lib/keepShape';
import { parseArgs, SHORT_USAGE, USAGE, UsageError, type CliArgs } from './cli-args';

export { startWriter, type Writer } from './writer';
export { parseArgs, type CliArgs } from './cli-args';

const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/**
 * The version file of a corpus written to `out`: public/corpus.json →
 * public/corpus.version.json (the name the dashboard fetches), keep.json →
 * keep.version.json. Named after the output, so writing one corpus never
 * replaces the version file of another beside it.
 */
export const versionPathFor = (out: string): string => out.replace(/(\.json)?$/i, '.version.json');

/** Write next to the target, then rename: readers never see half a file. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  writeChunksAtomic(path, [data]);
}

/**
 * Atomic write of a sequence of chunks (each written before the next is asked for), hashing as it goes: a large corpus is
 * never one string (V8 caps strings near 512 MB). Returns the bytes' sha256 and length.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): { sha256: string; bytes: number } {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const hash = createHash('sha256');
  let bytes = 0;
  const fd = openSync(tmp, 'w');
  try {
    try {
      for (const chunk of chunks) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        hash.update(buf);
        bytes += buf.length;
        for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/**
 * writeChunksAtomic with the hashing and writing on another thread, while
 * this one makes the next chunks; each chunk's memory moves to that thread
 * (the chunks must not be used again).
 */
export function writeChunksAtomicAsync(path: string, chunks: Iterable<Uint8Array>): Promise<{ sha256: string; bytes: number }> {
  return startWriter(path).write(chunks);
}

/**
 * The corpus as JSON in UTF-8 chunks of about `size` bytes: the top-level keys
 * in SECTION_ORDER (then any others), each array written element by element
 * (terms.rows too), so no part of a large corpus is ever one string. Fills
 * `sections` with each top-level value's byte range as it goes. `alloc(n)`
 * gives each buffer (of at least n bytes) the chunks are cut from.
 */
export function* corpusJsonChunks(
  corpus: Corpus,
  size = 1 << 22,
  sections: Sections = {},
  alloc: (n: number) => Buffer = (n) => Buffer.allocUnsafeSlow(n),
): Generator<Uint8Array> {
  const out = new ByteSink(size, alloc);
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
    yield* jsonChunks(v, 2, out);
    sections[k] = [start, out.offset];
  }
  out.ascii('}');
  yield* out.take();
}

/** What corpus.version.json says about a corpus.json written by corpusJsonChunks. */
export function corpusVersion(written: { sha256: string; bytes: number }, sections: Sections): CorpusVersion {
  return { sha256: written.sha256, bytes: written.bytes, schemaVersion: SCHEMA_VERSION, sections };
}

/**
 * Bytes in buffers of about `size`, handed out in chunks. A value that does
 * not fit where the buffer is ends it (to be taken) and goes into a new one:
 * nothing is copied to grow (a document's JSON near a chunk's end used to
 * double the buffer and copy it, nearly every chunk).
 */
class ByteSink {
  buf: Buffer;
  pos = 0;
  /** bytes of the buffers ended so far, taken or not */
  sealed = 0;
  ready: Uint8Array[] = [];
  constructor(
    readonly size: number,
    readonly alloc: (n: number) => Buffer,
  ) {
    this.buf = alloc(size + 1024);
  }
  /** bytes written so far, taken or not */
  get offset(): number {
    return this.sealed + this.pos;
  }
  /** time to take(): the buffer is past `size`, or an ended one waits */
  get full(): boolean {
    return this.pos >= this.size || this.ready.length > 0;
  }
  /** the bytes written since the last take(), in one or more chunks */
  take(): Uint8Array[] {
    this.#seal(this.size + 1024);
    const ready = this.ready;
    this.ready = [];
    return ready;
  }
  #seal(next: number): void {
    if (this.pos > 0) {
      this.ready.push(this.buf.subarray(0, this.pos));
      this.sealed += this.pos;
      this.pos = 0;
      this.buf = this.alloc(next);
    } else if (this.buf.length < next) this.buf = this.alloc(next);
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

// see keepShape.ts: the writer's optimised code outlives a full GC between runs
keepShapeOf(new ByteSink(16, (n) => Buffer.alloc(n))).plainString('a');

const isOpenable = (v: unknown): v is object =>
  v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** A terms row { kind, id, counts: number[] | Int32Array } in that key order: written without JSON.stringify (counts as an array either way). */
function isPlainRow(v: unknown): v is { kind: string; id: string; counts: number[] | Int32Array } {
  if (!isOpenable(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const keys = Object.keys(v);
  const r = v as Record<string, unknown>;
  return keys.length === 3 && keys[0] === 'kind' && keys[1] === 'id' && keys[2] === 'counts' && typeof r.kind === 'string' && typeof r.id === 'string' && (Array.isArray(r.counts) || r.counts instanceof Int32Array);
}

function writeValue(v: unknown, out: ByteSink): void {
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

/**
 * The JSON of `value` into `out`, opening objects `depth` levels deep and
 * arrays there one element at a time; yields each full chunk.
 */
function* jsonChunks(value: unknown, depth: number, out: ByteSink): Generator<Uint8Array> {
  if (depth > 0 && Array.isArray(value)) {
    out.ascii('[');
    for (let i = 0; i < value.length; i++) {
      if (i) out.ascii(',');
      const v: unknown = value[i];
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

/** An input folder that cannot be listed: said in one line, without a stack trace. */
export class InputFolderError extends Error {}

/** A run that wrote nothing, its output left as it was: said in one line, and the exit code. */
export class NothingWritten extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

const FOLDER_PROBLEMS: Record<string, string> = { ENOENT: 'no such folder', ENOTDIR: 'not a folder', EACCES: 'permission denied', EPERM: 'permission denied' };

function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputFolderError(`cannot read the input folder "${dir}": ${FOLDER_PROBLEMS[code] ?? (e instanceof Error ? e.message : String(e))}`);
  }
}

function readInputs(dir: string): { inputs: FileInput[]; skipped: { file: string; reason: string }[] } {
  const inputs: FileInput[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const name of listFolder(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (!st.isFile() || name.startsWith('.') || !EXTENSIONS.has(extname(name).toLowerCase())) continue;
    // do not load an enormous file just to refuse it; the others are read when the pipeline reaches them
    if (st.size > MAX_BYTES) skipped.push({ file: name, reason: `too large (${st.size} bytes > 20 MB)` });
    else inputs.push({ file: name, path, bytes: st.size });
  }
  return { inputs, skipped };
}

/** What one preprocessing run did; times in ms (`analyse` also reads the files). */
export interface PreprocessResult {
  corpus: Corpus;
  rejected: { file: string; reason: string }[];
  written: { sha256: string; bytes: number };
  ms: { list: number; analyse: number; write: number };
}

/**
 * What `npm run preprocess` does: list the folder, analyse it on two threads,
 * validate and assemble the corpus, write corpus.json (on a writer thread) and
 * its version file next to it (versionPathFor), each to a temporary file then
 * renamed. Throws NothingWritten, the output untouched, when no document is
 * usable or (`strict`) any file is rejected. `quiet` keeps stderr silent (the benchmark).
 */
export async function preprocess(args: CliArgs, { quiet = false }: { quiet?: boolean } = {}): Promise<PreprocessResult> {
  const started = Date.now();
  const t0 = performance.now();
  const { inputs, skipped } = readInputs(resolve(args.input));
  const t1 = performance.now();
  const talk = !quiet && inputs.length >= 20;
  let last = 0;
  const writer = startWriter(args.output);
  const built = buildCorpusFromFiles(inputs, {
    onProgress(done, total) {
      const now = Date.now();
      if (talk && (now - last >= 250 || done === total)) {
        last = now;
        process.stderr.write(`\rpreprocess: ${done}/${total} files, ${((now - started) / 1000).toFixed(1)} s`);
        if (done === total) process.stderr.write('\n');
      }
    },
    onStage(stage) {
      if (talk) process.stderr.write(`preprocess: ${stage}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  }).catch(async (e: unknown) => {
    await writer.abort();
    throw e;
  });
  const { corpus, rejected } = await built;
  corpus.rejected.push(...skipped);
  const all = [...skipped, ...rejected];
  if (!quiet) for (const r of all) process.stderr.write(`rejected ${r.file}: ${r.reason}\n`);
  const refusal =
    corpus.documents.length === 0
      ? new NothingWritten(`no usable articles in "${args.input}" (${inputs.length + skipped.length} files, ${all.length} rejected); ${args.output} left as it was`, 1)
      : args.strict && all.length > 0
        ? new NothingWritten(`--strict: ${all.length} file${all.length === 1 ? '' : 's'} rejected; nothing written, ${args.output} left as it was`, 2)
        : undefined;
  if (refusal) {
    await writer.abort();
    throw refusal;
  }
  if (talk) process.stderr.write(`preprocess: write, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const t2 = performance.now();
  const sections: Sections = {};
  const written = await writer.write(corpusJsonChunks(corpus, undefined, sections, (n) => writer.buffer(n)));
  const version = corpusVersion(written, sections);
  writeAtomic(versionPathFor(args.output), JSON.stringify(version));
  const t3 = performance.now();
  if (!quiet)
    process.stderr.write(
      `preprocess: ${corpus.documents.length} documents, ${corpus.events.length} events, ${corpus.speakers.length} speakers, ${corpus.quotes.length} quotes, ${all.length} rejected -> ${args.output} (${((Date.now() - started) / 1000).toFixed(2)} s)\n`,
    );
  return { corpus, rejected: all, written, ms: { list: t1 - t0, analyse: t2 - t1, write: t3 - t2 } };
}

/** `npm run preprocess`: the exit code. Usage on stdout for --help; everything else on stderr. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let args: CliArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`preprocess: ${e.message} (${SHORT_USAGE}; --help for more)\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    await preprocess(args);
  } catch (e) {
    if (e instanceof NothingWritten) {
      process.stderr.write(`preprocess: ${e.message}\n`);
      return e.exitCode;
    }
    if (!(e instanceof InputFolderError)) throw e;
    process.stderr.write(`preprocess: ${e.message}\n`);
    return 1;
  }
  return 0;
}

// run only as a script, so tests can import parseArgs and writeAtomic
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main().then((code) => (process.exitCode = code));
