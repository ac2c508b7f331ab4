import {
  assembleCorpus,
  MentionResolver,
  buildCorpus,
  documentIds,
  feedMentions,
  sortInputs,
  streamCorpus,
  TermTable,
  TermVocabulary,
  type BuildOptions,
  type Collectable,
  type CorpusOutline,
  type StreamedCorpus,
} from '../index';
import type { Rejected } from '../../corpus/schema';
import { availableParallelism } from 'node:os';
import { analyseFile, inputOfFile, textOfFile, type FileJob, type PooledResult } from './analyseFile';
import { analyseOnPool, analysisPool } from './analysisPool';
import type { MadeSections } from './corpusJson';
import { pooledSections, type PooledSectionsOptions } from './pooledSections';

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
 * The corpus to write (a large one's documents are a stream, each text read
 * again from its file as it is written) and its records without the texts.
 */
export interface FilesResult {
  corpus: StreamedCorpus;
  outline: CorpusOutline;
  rejected: Rejected[];
  /**
   * A pooled run's: its quotes, unattributed quotes and documents as bytes in
   * `format` made on the pool's threads (pooledSections), started when called:
   * for corpusLinesMixed or corpusJsonMixed, in place of `corpus`'s streams of
   * those sections.
   */
  sectionsOnPool?: (format: 'lines' | 'json', options?: PooledSectionsOptions) => MadeSections;
}

/** Each run's number, so a thread starts a new term table for a new run (analyseFile.ts). */
let runs = 0;

/**
 * `buildCorpus` over files on disk, stages 01–12 in a pool of threads, one
 * file per task. Results are joined in input order, so the corpus is
 * byte-identical to `buildCorpus`'s. One thread when the input is small or the
 * machine has one core; a file whose task fails (its thread died) is analysed
 * again on this thread. What comes back from a thread is small (no text, term
 * ids in one vocabulary as it arrives), and stage 13 runs as results come in.
 */
export async function buildCorpusFromFiles(
  files: FileInput[],
  options: BuildOptions = {},
  parallelFrom = MIN_PARALLEL_BYTES,
): Promise<FilesResult> {
  const sorted = sortInputs(files);
  const total = sorted.reduce((n, f) => n + f.bytes, 0);
  if (total < parallelFrom || sorted.length < 2 || availableParallelism() < 2) {
    const { corpus, rejected } = buildCorpus(
      sorted.map((f) => inputOfFile(f.file, f.path)),
      options,
    );
    return { corpus, outline: { ...corpus, unattributed: corpus.unattributed ?? [] }, rejected };
  }
  const ids = documentIds(sorted.map((f) => f.file));
  const run = ++runs;
  const jobs: FileJob[] = sorted.map((f, k) => ({ file: f.file, path: f.path, id: ids[k]!, run }));
  const results: (Collectable | undefined)[] = new Array(jobs.length);
  const vocabulary = new TermVocabulary();
  /** each thread's term table (its names as they came), by PooledResult's `table` */
  const tables = new Map<string, string[]>();
  let hereTable: TermTable | undefined;
  const adopt = ({ result, terms }: PooledResult): Collectable => {
    if (!('analysed' in result) || !terms) return result;
    let names = tables.get(terms.table);
    if (!names) tables.set(terms.table, (names = []));
    if (terms.from !== names.length) throw new Error(`term names out of order from thread ${terms.table}`);
    for (const name of terms.added) names.push(name);
    const { analysed } = result;
    return { analysed: { ...analysed, tally: vocabulary.adopt(analysed.tally, names), termNames: vocabulary.names } };
  };
  const analyseHere = (job: FileJob): Collectable => {
    const r = analyseFile(job, (hereTable ??= new TermTable()));
    if (!('analysed' in r)) return r;
    const { analysed } = r;
    return {
      analysed: { ...analysed, tally: vocabulary.adopt(analysed.tally, hereTable.names), termNames: vocabulary.names },
    };
  };
  // stage 13 as results come in, in input order: the documents done so far from the first on
  const resolver = new MentionResolver();
  let resolvedUpTo = 0;
  let done = 0;
  let here = 0;
  const pool = analysisPool();
  options.onStage?.(`analyse on ${pool.threads.length} threads`);
  await Promise.all(
    jobs.map(async (job, i) => {
      results[i] = await analyseOnPool(pool, job).then(adopt, () => {
        here++;
        return analyseHere(job);
      });
      while (resolvedUpTo < jobs.length && results[resolvedUpTo]) feedMentions(results[resolvedUpTo++]!, resolver);
      options.onProgress?.(++done, jobs.length);
    }),
  );
  if (here > 0) options.onStage?.(`analysed ${here} files on the main thread (their pool tasks failed)`);
  const { outline, rejected } = assembleCorpus(results as Collectable[], options, resolver.finish());
  const byId = new Map(
    jobs.map((j, k) => {
      const r = results[k]!;
      return [
        j.id,
        { path: j.path, bytes: sorted[k]!.bytes, ...('analysed' in r ? { chars: r.analysed.textLength } : {}) },
      ];
    }),
  );
  // every analysis is in the outline now: the closure returned below keeps this scope's variables, and with them the
  // analyses, for the whole write unless let go here
  results.fill(undefined);
  options.onStage?.('validate');
  const streamed = streamCorpus(outline, (d) => textOfFile(byId.get(d.id)!.path, d));
  return {
    corpus: streamed.corpus,
    outline: streamed.outline,
    rejected,
    sectionsOnPool: (format, o) => pooledSections(streamed.outline, streamed.ids, byId, analysisPool(), format, o),
  };
}
