import { Worker } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';
import type { MergedTerms, TermsToMerge } from './index';
import type { FlatTerms } from './merge-terms';
import type { AnalysisJob } from './parallel';

/** Asks the worker to merge term tallies (see merge-terms.ts); it answers { job, terms }. */
export interface MergeJob {
  job: number;
  merge: TermsToMerge;
}

type Answer = number | { job: number; terms: FlatTerms };
type Waiter = { resolve: (a: Answer) => void; reject: (e: Error) => void };

/**
 * The analysis worker thread, started on first use and kept for later runs
 * (a process that preprocesses again — a watcher, the benchmark — finds it
 * loaded and its code compiled: starting one costs ~0.4 s). It does not keep
 * the process alive while idle.
 */
class AnalysisWorker {
  readonly #worker: Worker;
  /** per job, the answers still expected, in order */
  readonly #pending = new Map<number, Waiter[]>();
  #jobs = 0;
  /** why the thread is gone, once it is: later jobs fail at once */
  #gone: Error | undefined;
  #loaded!: () => void;
  /** resolves once the worker has loaded the pipeline and takes jobs */
  readonly ready = new Promise<void>((resolve) => (this.#loaded = resolve));
  /** whether `ready` has resolved: a job given before then waits for the start-up */
  isReady = false;
  constructor(onGone: () => void) {
    // The pipeline runs as TypeScript under tsx, whose loader a worker does not
    // inherit for its entry (Node 20): the worker registers it, then imports.
    const entry = new URL('./analyse-worker.ts', import.meta.url).href;
    const loader = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    // a larger young generation: nearly all it makes is sent away or dropped per file, and fewer scavenges
    // of it cost less (A/B: ~5% less CPU per run at 1k and 10k)
    this.#worker = new Worker(code, { eval: true, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    this.#worker.unref();
    this.#worker.on('message', (m: 'ready' | Answer) => {
      if (m === 'ready') {
        this.isReady = true;
        return this.#loaded();
      }
      const job = typeof m === 'number' ? m : m.job;
      const waiters = this.#pending.get(job);
      waiters?.shift()?.resolve(m);
      if (!waiters?.length) this.#settled(job);
    });
    const fail = (e: Error) => {
      this.#gone = e;
      this.isReady = false;
      onGone();
      for (const [job, waiters] of this.#pending) {
        for (const w of waiters) w.reject(e);
        this.#settled(job);
      }
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
  }
  #settled(job: number): void {
    this.#pending.delete(job);
    if (this.#pending.size === 0) this.#worker.unref();
  }
  /** Posts a job expecting `answers` answers; a promise for each, in order. */
  #post(message: (job: number) => AnalysisJob | MergeJob, answers: number, transfer: TransferListItem[] = []): { id: number; answers: Promise<Answer>[] } {
    const id = ++this.#jobs;
    const gone = this.#gone;
    const waiters: Waiter[] = [];
    const promises = Array.from({ length: answers }, () => {
      const p = new Promise<Answer>((resolve, reject) => (gone ? reject(gone) : waiters.push({ resolve, reject })));
      // a failure is the caller's to handle once it waits, not an unhandled rejection before
      p.catch(() => undefined);
      return p;
    });
    if (!gone) {
      this.#pending.set(id, waiters);
      // kept alive while a caller waits for it
      this.#worker.ref();
      this.#worker.postMessage(message(id), transfer);
    }
    return { id, answers: promises };
  }
  /**
   * Claims files of `job` until none are left, sending each result to
   * `job.port`; `done` resolves once it has claimed the last. `forget()` when
   * the caller has done them all: the process then need not wait for a worker
   * that is still starting up.
   */
  run(job: Omit<AnalysisJob, 'job'>, transfer: TransferListItem[]): { done: Promise<void>; forget: () => void } {
    const { id, answers } = this.#post((id) => ({ ...job, job: id }), 1, transfer);
    const done = answers[0]!.then(() => undefined);
    done.catch(() => undefined);
    return { done, forget: () => this.#settled(id) };
  }
  /**
   * mergeTalliesFlat on the worker. The tallies' arrays move there (copying
   * them took ~0.4 s at 10k documents): they are not to be used here again.
   */
  mergeTerms(what: TermsToMerge): Promise<MergedTerms> {
    const moved = what.tallies.flatMap((t) => [t.tally.counts.buffer as ArrayBuffer, t.tally.ends.buffer as ArrayBuffer]);
    const [terms] = this.#post((id) => ({ job: id, merge: what }), 1, moved).answers;
    return terms!.then((t) => ({ terms: (t as { terms: FlatTerms }).terms }));
  }
  terminate(): Promise<number> {
    return this.#worker.terminate();
  }
}

let shared: AnalysisWorker | undefined;

/** The process's analysis worker (a new one if the last failed). */
export function analysisWorker(): AnalysisWorker {
  const w = (shared ??= new AnalysisWorker(() => {
    if (shared === w) shared = undefined;
  }));
  return w;
}

/** Stops the analysis worker, if one is running (tests; a host that wants its thread back). */
export async function closeAnalysisWorker(): Promise<void> {
  const w = shared;
  shared = undefined;
  // the thread is unref'd: without this the process could end before it has stopped, the caller still waiting
  const alive = setInterval(() => undefined, 1 << 30);
  try {
    await w?.terminate();
  } finally {
    clearInterval(alive);
  }
}
