import { Worker } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';
import type { AnalysisJob } from './parallel';

/**
 * The analysis worker thread, started on first use and kept for later runs
 * (a process that preprocesses again — a watcher, the benchmark — finds it
 * loaded and its code compiled: starting one costs ~0.4 s). It does not keep
 * the process alive while idle.
 */
class AnalysisWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  #jobs = 0;
  #loaded!: () => void;
  /** resolves once the worker has loaded the pipeline and takes jobs */
  readonly ready = new Promise<void>((resolve) => (this.#loaded = resolve));
  constructor(onGone: () => void) {
    // The pipeline runs as TypeScript under tsx, whose loader a worker does not
    // inherit for its entry (Node 20): the worker registers it, then imports.
    const entry = new URL('./analyse-worker.ts', import.meta.url).href;
    const loader = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    this.#worker = new Worker(code, { eval: true, execArgv: [] });
    this.#worker.unref();
    this.#worker.on('message', (job: number | 'ready') => {
      if (job === 'ready') return this.#loaded();
      this.#pending.get(job)?.resolve();
      this.#settled(job);
    });
    const fail = (e: Error) => {
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
    const id = ++this.#jobs;
    const done = new Promise<void>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    // a failure is the caller's to handle once it waits, not an unhandled rejection before
    done.catch(() => undefined);
    // kept alive while a run waits for it
    this.#worker.ref();
    this.#worker.postMessage({ ...job, job: id } satisfies AnalysisJob, transfer);
    return { done, forget: () => this.#settled(id) };
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
