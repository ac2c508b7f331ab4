import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { FileJob, PooledResult } from './analyseFile';
import type { SectionBatch } from './sectionBatch';

/**
 * A pool of threads that each analyse one file per task (analyseFile.ts) and,
 * when the corpus is written, make batches of its records' bytes (sectionBatch.ts).
 */
export type AnalysisPool = Piscina<FileJob | SectionBatch, PooledResult | Uint8Array>;

/** One file's stages 01–12 on a thread of `pool`. */
export const analyseOnPool = (pool: AnalysisPool, job: FileJob) => pool.run(job) as Promise<PooledResult>;

/** One batch of a corpus's records made on a thread of `pool` (its spare memory, if any, moved there, not copied). */
export const batchOnPool = (pool: AnalysisPool, batch: SectionBatch) =>
  pool.run(batch, {
    name: 'bytesOfBatch',
    ...(batch.spare ? { transferList: [batch.spare] } : {}),
  }) as Promise<Uint8Array>;

let shared: AnalysisPool | undefined;

/**
 * How large a thread's old generation may grow, in MB. What a thread keeps is its NLP model, its term table
 * and its bounded memos (~80–200 MB after 25,000 articles); unbounded, each thread's heap grew to 2–3 times
 * that before it was collected, and two idle threads held ~1 GB while this thread assembled a 50,000-article
 * corpus. A thread that runs out costs time, never a file: its tasks fail and their files are analysed on
 * this thread, which has no such bound (buildCorpusFromFiles, pooledSections).
 */
export const THREAD_HEAP_MB = 384;

/**
 * The process's analysis pool, one thread per core, started on first use and
 * kept: a process that preprocesses again (the benchmark, a watcher) finds
 * the threads up and their code compiled. Idle threads do not keep the
 * process alive. `threadHeapMb` applies when this call starts the pool (tests).
 */
export function analysisPool({ threadHeapMb = THREAD_HEAP_MB }: { threadHeapMb?: number } = {}): AnalysisPool {
  shared ??= new Piscina<FileJob | SectionBatch, PooledResult | Uint8Array>({
    resourceLimits: { maxOldGenerationSizeMb: threadHeapMb },
    filename: new URL('./analyseFile.worker.mjs', import.meta.url).href,
    minThreads: availableParallelism(),
    maxThreads: availableParallelism(),
    idleTimeout: Infinity,
    // a few tasks wait at each thread: it keeps working while the main thread is busy (writing the sections it makes
    // itself) and cannot hand out the next task
    concurrentTasksPerWorker: 4,
    // tasks start in the order they were queued: by default a task that finds every thread busy goes to the back of
    // the queue, which ran files in the order 0, 2, 4, … and let stage 13 (fed in file order) start only near the end
    stricterFIFO: true,
    // the entry registers tsx itself; inheriting the parent's loader flags would register it twice
    execArgv: [],
  });
  return shared;
}

/**
 * Stops the pool's threads, if the pool was started (tests; a host that wants its threads back).
 * Files not yet handed to a thread are refused (their callers analyse them on this thread); files
 * being analysed finish first. (`destroy()` dropped those, and their results, arriving afterwards,
 * were an uncaught "Unexpected message from Worker".)
 */
export async function closeAnalysisPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close({ force: true });
}
