import { Worker } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';
import type { FlatTerms, TallyToMerge } from './merge-terms';
import type { AnalysisJob } from './parallel';

/** Asks the worker to merge term tallies (see merge-terms.ts); it answers { job, terms }. */
export interface MergeJob {
  job: number;
  merge: TallyToMerge[];
}

/**
 * The analysis worker thread, started on first use and kept for later runs
 * (a process that preprocesses again — a watcher, the benchmark — finds it
 * loaded and its code compiled: starting one costs ~0.4 s). It does not keep
 * the process alive while idle.
 */
class AnalysisWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: FlatTerms | undefined) => void; reject: (e: Error) => void }>();
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
    this.#worker = new Worker(code, { eval: true, execArgv: [] });
    this.#worker.unref();
    this.#worker.on('message', (m: number | 'ready' | { job: number; terms: FlatTerms }) => {
      if (m === 'ready') {
        this.isReady = true;
        return this.#loaded();
      }
      const job = typeof m === 'number' ? m : m.job;
      this.#pending.get(job)?.resolve(typeof m === 'number' ? undefined : m.terms);
      this.#settled(job);
    });
    const fail = (e: Error) => {
      this.#gone = e;
      this.isReady = false;
      onGone();
      for (const [job, p] of this.#pending) {
        p.reject(e);
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
  /**
   * Claims files of `job` until none are left, sending each result to
   * `job.port`; `done` resolves once it has claimed the last. `forget()` when
   * the caller has done them all: the process then need not wait for a worker
   * that is still starting up.
   */
  run(job: Omit<AnalysisJob, 'job'>, transfer: TransferListItem[]): { done: Promise<void>; forget: () => void } {
    const { id, answer } = this.#post((id) => ({ ...job, job: id }) satisfies AnalysisJob, transfer);
    const done = answer.then(() => undefined);
    done.catch(() => undefined);
    return { done, forget: () => this.#settled(id) };
  }
  /** mergeTalliesFlat on the worker (the tallies are copied there; the result's arrays move back) */
  mergeTerms(tallies: TallyToMerge[]): Promise<FlatTerms> {
    return this.#post((job) => ({ job, merge: tallies }) satisfies MergeJob, []).answer.then((t) => t!);
  }
  #post(message: (job: number) => AnalysisJob | MergeJob, transfer: TransferListItem[]): { id: number; answer: Promise<FlatTerms | undefined> } {
    const id = ++this.#jobs;
    if (this.#gone) return { id, answer: Promise.reject(this.#gone) };
    const answer = new Promise<FlatTerms | undefined>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    // a failure is the caller's to handle once it waits, not an unhandled rejection before
    answer.catch(() => undefined);
    // kept alive while a caller waits for it
    this.#worker.ref();
    this.#worker.postMessage(message(id), transfer);
    return { id, answer };
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
  await w?.terminate();
}
