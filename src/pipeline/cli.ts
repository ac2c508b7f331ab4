import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCHEMA_VERSION, type Corpus } from '../corpus/schema';
import { buildCorpus, type Input } from './index';
import { MAX_BYTES } from './01-read';

const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface CliArgs {
  input: string;
  output: string;
  strict: boolean;
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { input: 'data/articles', output: 'public/corpus.json', strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--in') args.input = argv[++i] ?? args.input;
    else if (a === '--out') args.output = argv[++i] ?? args.output;
    else if (a === '--strict') args.strict = true;
    else if (a.startsWith('--in=')) args.input = a.slice(5);
    else if (a.startsWith('--out=')) args.output = a.slice(6);
    else throw new Error(`unknown argument "${a}" (use --in DIR --out FILE [--strict])`);
  }
  return args;
}

/** Write next to the target, then rename: readers never see half a file. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  writeChunksAtomic(path, [data]);
}

/**
 * Atomic write of a sequence of chunks, hashing as it goes: a large corpus is
 * never one string (V8 caps strings near 512 MB). Returns the bytes' sha256 and length.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): { sha256: string; bytes: number } {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const hash = createHash('sha256');
  let bytes = 0;
  const fd = openSync(tmp, 'w');
  try {
    for (const chunk of chunks) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      hash.update(buf);
      bytes += buf.length;
      writeSync(fd, buf);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return { sha256: hash.digest('hex'), bytes };
}

/**
 * JSON.stringify(corpus), byte for byte, in pieces of about `size` characters:
 * arrays are written element by element, also inside objects (terms.rows).
 */
export function* corpusJsonChunks(corpus: Corpus, size = 1 << 20): Generator<string> {
  const out: Out = { parts: [], length: 0, size };
  yield* jsonPieces(corpus, 3, out);
  if (out.length > 0) yield out.parts.join('');
}

interface Out {
  parts: string[];
  length: number;
  size: number;
}

/** Appends `s`; returns the buffered text once it reaches `out.size`, else null. */
function put(out: Out, s: string): string | null {
  out.parts.push(s);
  out.length += s.length;
  if (out.length < out.size) return null;
  const chunk = out.parts.join('');
  out.parts = [];
  out.length = 0;
  return chunk;
}

const isOpenable = (v: unknown): v is object =>
  v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/**
 * The JSON of `value` into `out`, opening objects `depth` levels deep and
 * arrays there one JSON.stringify per element; yields each full chunk.
 */
function* jsonPieces(value: unknown, depth: number, out: Out): Generator<string> {
  let chunk: string | null;
  if (depth > 0 && Array.isArray(value)) {
    if ((chunk = put(out, '['))) yield chunk;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (i && (chunk = put(out, ','))) yield chunk;
      // JSON.stringify writes undefined or a function inside an array as null
      if ((chunk = put(out, v === undefined || typeof v === 'function' ? 'null' : JSON.stringify(v)))) yield chunk;
    }
    if ((chunk = put(out, ']'))) yield chunk;
  } else if (depth > 0 && isOpenable(value)) {
    if ((chunk = put(out, '{'))) yield chunk;
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function') continue;
      if ((chunk = put(out, `${first ? '' : ','}${JSON.stringify(k)}:`))) yield chunk;
      first = false;
      yield* jsonPieces(v, depth - 1, out);
    }
    if ((chunk = put(out, '}'))) yield chunk;
  } else if ((chunk = put(out, JSON.stringify(value)))) yield chunk;
}

function readInputs(dir: string): { inputs: Input[]; skipped: { file: string; reason: string }[] } {
  const inputs: Input[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (!st.isFile() || name.startsWith('.') || !EXTENSIONS.has(extname(name).toLowerCase())) continue;
    // do not load an enormous file just to refuse it
    if (st.size > MAX_BYTES) skipped.push({ file: name, reason: `too large (${st.size} bytes > 20 MB)` });
    // read when the pipeline reaches the file: the bytes are garbage once decoded
    else
      inputs.push({
        file: name,
        get bytes() {
          return readFileSync(path);
        },
      });
  }
  return { inputs, skipped };
}

export function main(argv: string[] = process.argv.slice(2)): number {
  const args = parseArgs(argv);
  const started = Date.now();
  const { inputs, skipped } = readInputs(resolve(args.input));
  let last = 0;
  const { corpus, rejected } = buildCorpus(inputs, {
    onProgress(done, total) {
      const now = Date.now();
      if (total >= 20 && (now - last >= 250 || done === total)) {
        last = now;
        process.stderr.write(`\rpreprocess: ${done}/${total} files, ${((now - started) / 1000).toFixed(1)} s`);
        if (done === total) process.stderr.write('\n');
      }
    },
    onStage(stage) {
      if (inputs.length >= 20) process.stderr.write(`preprocess: ${stage}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  });
  corpus.rejected.push(...skipped);
  const all = [...skipped, ...rejected];
  for (const r of all) process.stderr.write(`rejected ${r.file}: ${r.reason}\n`);
  if (inputs.length >= 20) process.stderr.write(`preprocess: write, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const written = writeChunksAtomic(args.output, corpusJsonChunks(corpus));
  const version = { sha256: written.sha256, bytes: written.bytes, schemaVersion: SCHEMA_VERSION };
  writeAtomic(join(dirname(args.output), 'corpus.version.json'), JSON.stringify(version));
  process.stderr.write(
    `preprocess: ${corpus.documents.length} documents, ${corpus.events.length} events, ${corpus.speakers.length} speakers, ${corpus.quotes.length} quotes, ${all.length} rejected -> ${args.output} (${((Date.now() - started) / 1000).toFixed(2)} s)\n`,
  );
  if (corpus.documents.length === 0) return 1;
  if (args.strict && all.length > 0) return 2;
  return 0;
}

// run only as a script, so tests can import parseArgs and writeAtomic
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
