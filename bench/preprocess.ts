import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Corpus, Document, Quote, TermRow, UnattributedQuote } from '../src/corpus';
/** Records that may come without their `text`. */
type MaybeText<T> = Omit<T, 'text'> & { text?: string };
/**
 * The corpus `preprocess` returns: a large run's documents and quotes come without their texts, and its term rows
 * are made as they are read (the CLI streams them into the file).
 */
export type PreprocessedCorpus = Omit<Corpus, 'documents' | 'quotes' | 'unattributed' | 'terms'> & {
  terms: { vocabulary: string[]; rows: Iterable<TermRow> & { readonly length: number } };
  documents: MaybeText<Document>[];
  quotes: MaybeText<Quote>[];
  unattributed?: MaybeText<UnattributedQuote>[];
};
type ScoredCorpus = Pick<PreprocessedCorpus, 'documents' | 'speakers' | 'appearances'>;
import { parseAnswerKey, scoreCorpus, toScoringKey } from '../src/pipeline/evaluate';
import { combineCalibrations, measureCalibration } from './calibration';
import { NEWS, type DocumentStyle, type GroundTruth } from './generate';
import { computeSummary, type Summary } from './stats';

/**
 * The part of src/pipeline/run/cli.ts the benchmark calls: what `npm run preprocess` runs
 * (list the folder, analyse in a pool of threads, validate, write corpus.json and
 * corpus.version.json next to it), with stderr kept quiet.
 */
export type Preprocess = (
  args: { input: string; output: string; strict: boolean },
  options: { quiet: boolean },
) => Promise<{ corpus: PreprocessedCorpus; written: { bytes: number }; ms: { list: number; analyse: number; write: number } }>;

export interface PreprocessOptions {
  /** Folder of articles (every .txt/.md/.html file in it, like `npm run preprocess`). */
  readonly dir: string;
  readonly preprocess: Preprocess;
  /** Timed runs, at least (default 5). */
  readonly runs?: number;
  /**
   * More timed runs, up to `maxRuns`, until they add up to this long (default 0): a small
   * folder's runs last a fraction of a second and vary by ±20%, so a median of five says little.
   */
  readonly minTimedMs?: number;
  /** Timed runs at most (default 25). */
  readonly maxRuns?: number;
  /**
   * Articles the untimed warm-up analyses (default: all of them). A few hundred articles
   * bring every stage to its optimised code, so a larger folder warms up on a prefix and a
   * smaller one is run whole as many times as that takes: the timed runs then measure
   * steady-state code at every size, not V8 still compiling.
   */
  readonly warmupArticles?: number;
  /** Where each run writes its corpus.json, its corpus.version.json beside it (default: a temp folder next to `dir`, removed). */
  readonly out?: string;
  readonly truth?: GroundTruth;
  /** Epoch ms: no timed run is started that would, at the last run's pace, end after it. */
  readonly deadline?: number;
  /** Given the last run's corpus before its memory is let go. */
  readonly onCorpus?: (corpus: PreprocessedCorpus) => void | Promise<void>;
}

/** One size's preprocessing figures. Times in ms, rates over the median run. */
export interface PreprocessFigures {
  readonly articles: number;
  readonly bytes: number;
  /** `npm run preprocess` end to end: list + read + analyse (a pool of threads) + validate + serialise + sha256 + write corpus.json and its version file. */
  readonly total: Summary;
  /** The same runs split by stage: read = listing the folder (files are read while analysed), build = analysis and assembly, write. */
  readonly stages: { readonly read: Summary; readonly build: Summary; readonly write: Summary };
  readonly mbPerSecond: number;
  readonly articlesPerSecond: number;
  readonly msPerArticle: number;
  readonly warmupArticles: number;
  /** Untimed warm-up runs: more than one when the folder is smaller than the warm-up asked for. */
  readonly warmupRuns: number;
  readonly corpus: { readonly bytes: number; readonly fitsInOneString: boolean; readonly documents: number; readonly events: number; readonly speakers: number; readonly appearances: number; readonly quotes: number; readonly terms: number };
  readonly recall?: RecallFigures;
  /** The same, over the news-report articles only (ordinary prose, no sample layout). */
  readonly recallNews?: RecallFigures;
  /** 1 cal in this process, around its timed runs (calibration.ts): the machine as these runs found it. */
  readonly calibrationMs?: number;
  /** Peak resident set size (MB) of the process so far: run in a child process to get one size's alone. */
  readonly maxRssMb: number;
  /** The shaped browser corpus, when one was asked for. */
  big?: BigCorpusInfo;
}

export interface RecallFigures {
  readonly expected: number;
  readonly found: number;
  readonly recall: number;
  readonly spurious: number;
  readonly precision: number;
}

const EXTENSIONS = /\.(txt|md|markdown|html?)$/i;

function listArticles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => EXTENSIONS.test(f) && !f.startsWith('.'))
    .sort();
}

/** V8's longest string (2^29 − 24 UTF-16 units): JSON.stringify of a bigger corpus throws. */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** corpus.json → corpus.version.json (as the CLI names it); big-10000.json → big-10000.version.json */
export const versionPath = (out: string) => out.replace(/(\.jsonl|\.json)?$/, '.version.json');

/**
 * Times preprocessing end to end, in this process, as `npm run preprocess` does it
 * (the CLI's `preprocess`, see cliPath): one warm-up run, then `runs` timed runs.
 */
export async function benchPreprocess(o: PreprocessOptions): Promise<PreprocessFigures> {
  const runs = o.runs ?? 5;
  const files = listArticles(o.dir);
  const warmupArticles = Math.max(1, Math.min(files.length, o.warmupArticles ?? files.length));
  const warmupRuns = files.length ? Math.max(1, Math.ceil((o.warmupArticles ?? files.length) / files.length)) : 1;
  const outDir = o.out ? undefined : `${o.dir.replace(/[\\/]+$/, '')}.bench-out`;
  const out = o.out ?? join(outDir!, 'corpus.json');
  const bytes = files.reduce((n, f) => n + statSync(join(o.dir, f)).size, 0);

  // warm-up: a prefix of the folder, copied (the CLI reads a whole folder)
  const warmDir = `${o.dir.replace(/[\\/]+$/, '')}.bench-warmup`;
  rmSync(warmDir, { recursive: true, force: true });
  mkdirSync(warmDir, { recursive: true });
  for (const f of files.slice(0, warmupArticles)) copyFileSync(join(o.dir, f), join(warmDir, f));
  try {
    for (let r = 0; r < warmupRuns; r++) {
      await o.preprocess({ input: warmDir, output: join(warmDir, 'out', 'corpus.json'), strict: false }, { quiet: true });
    }
  } finally {
    rmSync(warmDir, { recursive: true, force: true });
  }

  // calibrated before and after the timed runs, in this process: a busy host slows both alike
  const calibrationBefore = measureCalibration(3);
  const read: number[] = [];
  const build: number[] = [];
  const write: number[] = [];
  const total: number[] = [];
  let corpus: PreprocessedCorpus | undefined;
  let written = { bytes: 0 };
  const maxRuns = Math.max(runs, o.maxRuns ?? 25);
  let timed = 0;
  for (let r = 0; r < maxRuns; r++) {
    // No forced GC between runs: a full collection lets the hidden classes of the last
    // run's objects die, and V8 drops the optimised code built on them ("weak objects" in
    // --trace-deopt), so the next run starts by re-optimising it, a cost no single
    // `npm run preprocess` pays. The last run's garbage is collected as in any
    // long-lived process.
    corpus = undefined;
    const t0 = performance.now();
    const res = await o.preprocess({ input: o.dir, output: out, strict: false }, { quiet: true });
    const t1 = performance.now();
    corpus = res.corpus;
    written = res.written;
    read.push(res.ms.list);
    build.push(res.ms.analyse);
    write.push(res.ms.write);
    total.push(t1 - t0);
    timed += t1 - t0;
    if (r + 1 >= runs && timed >= (o.minTimedMs ?? 0)) break;
    // another run like this one would end past the deadline: stop (there is always one run)
    if (o.deadline !== undefined && Date.now() + (t1 - t0) > o.deadline) break;
  }
  const { unitMs: calibrationMs } = combineCalibrations(calibrationBefore, measureCalibration(3));
  // the CLI writes the whole corpus in pieces: does it also fit in one string (what the dashboard needs)?
  const chars = stringLength(corpus!, written.bytes);
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  const c = corpus!;
  // before onCorpus, whose work is not preprocessing; maxRSS is in KiB
  const maxRssMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  await o.onCorpus?.(c);
  const summary = computeSummary(total);
  const seconds = summary.median / 1000;
  // the truth has no quote anchors: documents, speakers and appearances are what is scored
  const recall = o.truth ? scoreTruth(o.truth, { documents: c.documents, speakers: c.speakers, appearances: c.appearances }) : undefined;
  const recallNews = o.truth ? scoreTruth(...onlyStyle(o.truth, c, NEWS)) : undefined;
  return {
    articles: files.length,
    bytes,
    total: summary,
    stages: { read: computeSummary(read), build: computeSummary(build), write: computeSummary(write) },
    mbPerSecond: bytes / 1e6 / seconds,
    articlesPerSecond: files.length / seconds,
    msPerArticle: summary.median / Math.max(1, files.length),
    warmupArticles,
    warmupRuns,
    calibrationMs,
    maxRssMb,
    corpus: {
      bytes: written.bytes,
      /** `npm run preprocess` calls JSON.stringify(corpus), which throws past this size. */
      fitsInOneString: chars <= MAX_STRING_LENGTH,
      documents: c.documents.length,
      events: c.events.length,
      speakers: c.speakers.length,
      appearances: c.appearances.length,
      quotes: c.quotes.length,
      terms: c.terms.rows.length,
    },
    ...(recall ? { recall } : {}),
    ...(recallNews ? { recallNews } : {}),
  };
}

/** Speaker appearances (document, speaker) found against the generator's truth, by the project's scorer: the truth has the sample key's shape. */
function scoreTruth(truth: GroundTruth, c: ScoredCorpus): RecallFigures {
  const { pairs, recall, precision } = scoreCorpus(c, toScoringKey(parseAnswerKey(truth)));
  return { expected: pairs.key, found: pairs.matched, recall, spurious: pairs.predicted - pairs.matched, precision };
}

/** The truth and the corpus cut to the documents of one generated style. */
function onlyStyle(truth: GroundTruth, corpus: PreprocessedCorpus, style: DocumentStyle): [GroundTruth, ScoredCorpus] {
  const files = new Set(truth.documents.filter((d) => d.style === style).map((d) => d.file));
  const documents = corpus.documents.filter((d) => files.has(d.file.slice(d.file.lastIndexOf('/') + 1)));
  const ids = new Set(documents.map((d) => d.id));
  const cut: GroundTruth = {
    ...truth,
    documents: truth.documents.filter((d) => files.has(d.file)),
    events: truth.events.map((e) => ({ ...e, documents: e.documents.filter((f) => files.has(f)) })).filter((e) => e.documents.length > 0),
    speakers: truth.speakers.map((s) => ({ ...s, appearances: s.appearances.filter((a) => files.has(a.doc)) })).filter((s) => s.appearances.length > 0),
    nonSpeakers: truth.nonSpeakers.map((n) => ({ ...n, docs: n.docs.filter((f) => files.has(f)) })).filter((n) => n.docs.length > 0),
  };
  return [cut, { documents, speakers: corpus.speakers, appearances: corpus.appearances.filter((a) => ids.has(a.documentId)) }];
}

/**
 * JSON.stringify(corpus).length, counted array by array (the whole may be past V8's string limit);
 * for a corpus returned without its texts, the bytes written (UTF-8 bytes are at least as many as UTF-16 units).
 */
function stringLength(corpus: PreprocessedCorpus, writtenBytes: number): number {
  if (corpus.documents.some((d) => d.text === undefined)) return writtenBytes;
  let chars = 2;
  let first = true;
  for (const [key, value] of Object.entries(corpus)) {
    if (value === undefined) continue;
    chars += (first ? 0 : 1) + JSON.stringify(key).length + 1;
    first = false;
    if (!Array.isArray(value)) {
      chars += JSON.stringify(value).length;
      continue;
    }
    chars += 2 + Math.max(0, value.length - 1);
    for (let i = 0; i < value.length; i += 1000) chars += value.slice(i, i + 1000).reduce((n: number, v) => n + (JSON.stringify(v) ?? 'null').length, 0);
  }
  return chars;
}

/** The CLI of a source tree: src/pipeline/run/cli.ts, or src/pipeline/cli.ts in trees from before run/ existed. */
export function cliPath(root: string): string {
  const run = join(resolve(root), 'src', 'pipeline', 'run', 'cli.ts');
  return existsSync(run) ? run : join(resolve(root), 'src', 'pipeline', 'cli.ts');
}

/** The CLI's preprocessing of a source tree (the working tree, or a snapshot of HEAD). */
export async function importPreprocess(root: string): Promise<Preprocess> {
  const mod = (await import(pathToFileURL(cliPath(root)).href)) as { preprocess?: Preprocess };
  if (typeof mod.preprocess !== 'function') throw new Error(`${cliPath(root)} does not export preprocess`);
  return mod.preprocess;
}

export interface BigCorpusInfo {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly documents: number;
  readonly speakers: number;
  readonly appearances: { readonly from: number; readonly to: number };
  readonly quotes: { readonly from: number; readonly to: number };
  readonly terms: number;
}

export interface ChildRequest {
  readonly root: string;
  readonly dir: string;
  readonly runs: number;
  readonly minTimedMs?: number;
  readonly warmupArticles?: number;
  readonly out?: string;
  readonly truthPath?: string;
  readonly deadline?: number;
  /** Also write the browser benchmark's corpus, shaped from the last run's output (see shapeCorpus). */
  readonly big?: { readonly out: string; readonly appearances: number; readonly quotes: number };
}

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'preprocess-child.ts');

/**
 * Runs `benchPreprocess` in a fresh Node process (so each size's peak RSS is its own).
 * Resolves with the child's figures.
 */
export function runPreprocessChild(req: ChildRequest, { heapMb = 12_288, onLine }: { heapMb?: number; onLine?: (s: string) => void } = {}): Promise<PreprocessFigures> {
  const resultPath = join(dirname(resolve(req.dir)), `.preprocess-result-${process.pid}-${Date.now()}.json`);
  const args = [`--max-old-space-size=${heapMb}`, '--import', 'tsx', CHILD, JSON.stringify({ ...req, resultPath })];
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => onLine?.(s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-4000)));
    child.on('error', fail);
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`preprocess child exited with ${code}: ${stderr}`);
        ok(JSON.parse(readFileSync(resultPath, 'utf8')) as PreprocessFigures);
      } catch (e) {
        fail(e);
      } finally {
        rmSync(resultPath, { force: true });
      }
    });
  });
}

/**
 * `npm run preprocess` as a user runs it once: a fresh process through the tree's tsx
 * (Node and loader start-up, the worker threads' start-up, code not yet optimised) on
 * `dir`, writing into a scratch folder. Wall time in ms, from spawn to exit.
 */
export function timeOneShot(root: string, dir: string): Promise<number> {
  const outDir = `${dir.replace(/[\\/]+$/, '')}.oneshot-out`;
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const args = [cliPath(root), '--in', dir, '--out', join(outDir, 'corpus.json')];
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(tsx, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-2000)));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      rmSync(outDir, { recursive: true, force: true });
      if (code === 0) ok(ms);
      else fail(new Error(`one-shot preprocess exited with ${code}: ${stderr}`));
    });
  });
}
