import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { combineCalibrations, measureCalibration } from './calibration';
import type { NlpAnswer, NlpJob } from './nlp-worker';
import { readAndTag } from './nlpTag';
import { computeSummary, type Summary } from './stats';

/**
 * The threads the pipeline analyses on (src/pipeline/run/analysisPool.ts: a pool of one
 * thread per core, for any input over 256 KB, as every benchmark size is). The NLP-alone
 * figure tags on as many: this thread and the rest as workers, so the two compare like for like.
 */
export const PIPELINE_THREADS = availableParallelism();

export interface NlpAloneOptions {
  /** Folder of articles: the same files the preprocessing benchmark reads. */
  readonly dir: string;
  readonly threads?: number;
  /** Timed runs, at least (default 3), more until they add up to `minTimedMs`, at most `maxRuns` (default 25). */
  readonly runs?: number;
  readonly minTimedMs?: number;
  readonly maxRuns?: number;
  /** Articles tagged untimed first, on every thread, so the timed runs see optimised code (default 250). */
  readonly warmupArticles?: number;
  /** Epoch ms: no timed run is started that would, at the last run's pace, end after it. */
  readonly deadline?: number;
}

/** wink-nlp alone over one folder, on the pipeline's number of threads. Times in ms. */
export interface NlpAloneFigures {
  readonly articles: number;
  readonly bytes: number;
  readonly threads: number;
  readonly total: Summary;
  readonly mbPerSecond: number;
  readonly tokens: number;
  readonly sentences: number;
  /** 1 cal in this process, around its timed runs (calibration.ts). */
  readonly calibrationMs: number;
}

const EXTENSIONS = /\.(txt|md|markdown|html?)$/i;
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'nlp-worker.ts');

/** A worker running nlp-worker.ts under tsx (a worker does not inherit the loader for its entry on Node 20). */
function startWorker(): Promise<Worker> {
  const loader = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(WORKER).href)}); })`;
  const worker = new Worker(code, { eval: true, execArgv: [] });
  return new Promise((ok, fail) => {
    worker.once('error', fail);
    worker.once('message', (m) => (m === 'ready' ? ok(worker) : fail(new Error(`unexpected first message ${String(m)}`))));
  });
}

/** One pass over `paths`: this thread and the workers claim files from one counter, as the pipeline's threads do. */
async function tagAll(paths: readonly string[], workers: readonly Worker[]): Promise<NlpAnswer> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const job: NlpJob = { paths, next };
  const answers = workers.map(
    (w) =>
      new Promise<NlpAnswer>((ok, fail) => {
        w.once('error', fail);
        w.once('message', ok);
        w.postMessage(job);
      }),
  );
  const here: NlpAnswer = { files: 0, tokens: 0, sentences: 0 };
  for (let i = Atomics.add(next, 0, 1); i < paths.length; i = Atomics.add(next, 0, 1)) {
    readAndTag(readFileSync(paths[i]!, 'utf8'), here);
    here.files++;
  }
  for (const a of await Promise.all(answers)) {
    here.files += a.files;
    here.tokens += a.tokens;
    here.sentences += a.sentences;
  }
  return here;
}

export async function benchNlpAlone(o: NlpAloneOptions): Promise<NlpAloneFigures> {
  const threads = Math.max(1, o.threads ?? PIPELINE_THREADS);
  const paths = readdirSync(o.dir)
    .filter((f) => EXTENSIONS.test(f) && !f.startsWith('.'))
    .sort()
    .map((f) => join(o.dir, f));
  const bytes = paths.reduce((n, p) => n + statSync(p).size, 0);
  // workers start and load the model before the clock runs, as the pipeline's long-lived worker has
  const workers = await Promise.all(Array.from({ length: threads - 1 }, startWorker));
  try {
    const warm = Math.min(paths.length, o.warmupArticles ?? 250);
    for (let done = 0; done < (o.warmupArticles ?? 250) && warm > 0; done += warm) await tagAll(paths.slice(0, warm), workers);
    const calibrationBefore = measureCalibration(3);
    const times: number[] = [];
    let last: NlpAnswer = { files: 0, tokens: 0, sentences: 0 };
    const runs = o.runs ?? 3;
    let timed = 0;
    for (let r = 0; r < Math.max(runs, o.maxRuns ?? 25); r++) {
      const t0 = performance.now();
      last = await tagAll(paths, workers);
      const ms = performance.now() - t0;
      times.push(ms);
      timed += ms;
      if (last.files !== paths.length) throw new Error(`tagged ${last.files} of ${paths.length} files`);
      if (r + 1 >= runs && timed >= (o.minTimedMs ?? 0)) break;
      if (o.deadline !== undefined && Date.now() + ms > o.deadline) break;
    }
    const { unitMs: calibrationMs } = combineCalibrations(calibrationBefore, measureCalibration(3));
    const total = computeSummary(times);
    return { articles: paths.length, bytes, threads, total, mbPerSecond: bytes / 1e6 / (total.median / 1000), tokens: last.tokens, sentences: last.sentences, calibrationMs };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'nlp-child.ts');

/** `benchNlpAlone` in a fresh Node process, like each preprocessing size, so neither inherits the other's heap. */
export function runNlpChild(o: NlpAloneOptions): Promise<NlpAloneFigures> {
  const resultPath = join(dirname(resolve(o.dir)), `.nlp-result-${process.pid}-${Date.now()}.json`);
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ ...o, resultPath })], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-4000)));
  return new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`NLP-alone child exited with ${code}: ${stderr}`);
        ok(JSON.parse(readFileSync(resultPath, 'utf8')) as NlpAloneFigures);
      } catch (e) {
        fail(e);
      } finally {
        rmSync(resultPath, { force: true });
      }
    });
  });
}
