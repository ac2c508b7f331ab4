import {
  assembleCorpus,
  MentionResolver,
  buildCorpus,
  documentIds,
  feedMentions,
  sortInputs,
  type AnalysedInput,
  type BuildOptions,
  type BuildResult,
} from '../index';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { analyseFile, type FileJob } from './analyseFile';
import { analysisPool } from './analysisPool';

/** A file on disk, read when its turn comes (on whichever thread analyses it). */
export interface FileInput {
  file: string;
  path: string;
  bytes: number;
}

/**
 * Below this much text the pool's start-up (each thread loads the NLP model)
 * costs more than a second core gains: one thread.
 */
export const MIN_PARALLEL_BYTES = 256 << 10;

/**
 * `buildCorpus` over files on disk, stages 01–12 in a pool of threads, one
 * file per task. Results are joined in input order, so the corpus is
 * byte-identical to `buildCorpus`'s. One thread when the input is small or the
 * machine has one core; a file whose task fails (its thread died) is analysed
 * again on this thread.
 */
export async function buildCorpusFromFiles(
  files: FileInput[],
  options: BuildOptions = {},
  parallelFrom = MIN_PARALLEL_BYTES,
): Promise<BuildResult> {
  const sorted = sortInputs(files);
  const total = sorted.reduce((n, f) => n + f.bytes, 0);
  if (total < parallelFrom || sorted.length < 2 || availableParallelism() < 2) {
    return buildCorpus(
      sorted.map((f) => ({ file: f.file, bytes: readFileSync(f.path) })),
      options,
    );
  }
  const ids = documentIds(sorted.map((f) => f.file));
  const jobs: FileJob[] = sorted.map((f, k) => ({ file: f.file, path: f.path, id: ids[k]! }));
  const results: (AnalysedInput | undefined)[] = new Array(jobs.length);
  // stage 13 as results come in, in input order: the documents done so far from the first on
  const resolver = new MentionResolver();
  let resolvedUpTo = 0;
  let done = 0;
  let here = 0;
  const pool = analysisPool();
  options.onStage?.(`analyse on ${pool.threads.length} threads`);
  await Promise.all(
    jobs.map(async (job, i) => {
      results[i] = await pool.run(job).catch(() => {
        here++;
        return analyseFile(job);
      });
      while (resolvedUpTo < jobs.length && results[resolvedUpTo]) feedMentions(results[resolvedUpTo++]!, resolver);
      options.onProgress?.(++done, jobs.length);
    }),
  );
  if (here > 0) options.onStage?.(`analysed ${here} files on the main thread (their pool tasks failed)`);
  return assembleCorpus(results as AnalysedInput[], options, resolver.finish());
}
