import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { TermTable } from './10-terms';
import { analysisWorker } from './analysis-worker';
import { MentionResolver } from './08-resolve';
import { analyseInput, assembleCorpus, assembleCorpusWith, documentIds, feedMentions, sortInputs, type AnalysedInput, type BuildOptions, type BuildResult, type Retally, type TermsToMerge } from './index';
import { mergeTalliesFlat } from './merge-terms';

/** A file on disk: read when its turn comes (here or in the worker). */
export interface FileInput {
  file: string;
  path: string;
  bytes: number;
}

/**
 * What the worker is sent: every file; two shared counters — [0] the next
 * file to claim, [1] files done (both threads claim from it, so neither waits
 * for the other whatever their speeds, and a worker still starting up simply
 * claims nothing); the port its results go to.
 */
export interface AnalysisJob {
  job: number;
  files: { file: string; path: string; id: string }[];
  next: Int32Array;
  port: MessagePort;
}

/** One file the worker analysed, with the names its table gained (its `termNames` are left empty). */
export interface AnalysedFile {
  index: number;
  result: AnalysedInput;
  names: string[];
}

/** Below this much text the whole analysis takes about one message round trip: one thread. */
const MIN_PARALLEL_BYTES = 256 << 10;

/**
 * `buildCorpus` over files on disk, stages 01–07 on two threads: this one and
 * a long-lived worker claim files one at a time from a shared counter; results
 * are joined in input order, so the corpus is byte-identical to
 * `buildCorpus`'s. One thread when the input is small, the machine has one
 * core, or the worker fails (its unfinished files are then analysed here).
 */
export async function buildCorpusFromFiles(files: FileInput[], options: BuildOptions = {}, parallelFrom = MIN_PARALLEL_BYTES): Promise<BuildResult> {
  const sorted = sortInputs(files);
  const ids = documentIds(sorted.map((f) => f.file));
  const total = sorted.reduce((n, f) => n + f.bytes, 0);
  const jobs = sorted.map((f, k) => ({ file: f.file, path: f.path, id: ids[k]! }));
  const next = new Int32Array(new SharedArrayBuffer(8));
  const results: (AnalysedInput | undefined)[] = new Array(jobs.length);
  const channel = new MessageChannel();
  const worker = total >= parallelFrom && jobs.length > 1 && availableParallelism() > 1 ? analysisWorker() : undefined;
  const remote = worker?.run({ files: jobs, next, port: channel.port2 }, [channel.port2]);
  // the worker's table, rebuilt from the names each result brings
  const workerNames: string[] = [];
  /** takes in whatever the worker has sent so far (between this thread's files, so its copies never pile up) */
  const receive = () => {
    for (let m = receiveMessageOnPort(channel.port1); m; m = receiveMessageOnPort(channel.port1)) {
      const { index, result, names } = m.message as AnalysedFile;
      for (const n of names) workerNames.push(n);
      if ('analysed' in result) result.analysed.termNames = workerNames;
      results[index] = result;
    }
  };
  const terms = new TermTable();
  const analyseHere = (i: number) => {
    const j = jobs[i]!;
    results[i] = analyseInput({ file: j.file, bytes: readFileSync(j.path) }, j.id, terms);
  };
  // stage 08 as results come in, in input order: the documents done so far from the first on
  const resolver = new MentionResolver();
  let resolvedUpTo = 0;
  const resolveReady = () => {
    while (resolvedUpTo < jobs.length && results[resolvedUpTo]) feedMentions(results[resolvedUpTo++]!, resolver);
  };
  let mine = 0;
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
    analyseHere(i);
    mine++;
    if (remote) {
      receive();
      resolveReady();
    }
    options.onProgress?.(Atomics.add(next, 1, 1) + 1, jobs.length);
  }
  // the worker claimed some files: wait for it (at most the file it is on)
  if (remote && mine === jobs.length) remote.forget();
  else if (remote) {
    try {
      await remote.done;
      receive();
    } catch (e) {
      options.onStage?.(`analyse without a worker (${e instanceof Error ? e.message : String(e)})`);
      receive();
      for (let i = 0; i < jobs.length; i++) {
        if (results[i]) continue;
        analyseHere(i);
        mine++;
      }
    }
  }
  channel.port1.close();
  if (remote) options.onStage?.(`analysed ${mine} files here, ${jobs.length - mine} in the worker`);
  options.onProgress?.(jobs.length, jobs.length);
  // the worker, if up, merges the term counts while this thread assembles the rest
  if (!remote) return assembleCorpus(results as AnalysedInput[], options);
  resolveReady();
  if (!worker?.isReady) return assembleCorpus(results as AnalysedInput[], options, resolver.finish());
  // the tallies move to the worker; should it fail, they are counted again here
  const merge = (what: TermsToMerge, retally: Retally) => worker.mergeTerms(what).catch(() => ({ terms: mergeTalliesFlat(retally()) }));
  return assembleCorpusWith(results as AnalysedInput[], options, merge, resolver.finish());
}
