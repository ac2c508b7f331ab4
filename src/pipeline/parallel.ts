import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { TermTable } from './10-terms';
import { analyseInput, assembleCorpus, documentIds, sortInputs, type AnalysedInput, type BuildOptions, type BuildResult } from './index';

/** A file on disk: read when its turn comes (here or in the worker). */
export interface FileInput {
  file: string;
  path: string;
  bytes: number;
}

/** Below this much text a second thread costs more than it saves. */
const MIN_PARALLEL_BYTES = 8 << 20;

/**
 * `buildCorpus` over files on disk, stages 01–07 on two threads: a worker
 * analyses the second half of the files (by bytes) while this thread does the
 * first; results are joined in input order, so the corpus is byte-identical to
 * `buildCorpus`'s. One thread when the input is small, the machine has one
 * core, or the worker cannot start.
 */
export async function buildCorpusFromFiles(files: FileInput[], options: BuildOptions = {}, parallelFrom = MIN_PARALLEL_BYTES): Promise<BuildResult> {
  const sorted = sortInputs(files);
  const ids = documentIds(sorted.map((f) => f.file));
  const total = sorted.reduce((n, f) => n + f.bytes, 0);
  let split = sorted.length;
  if (total >= parallelFrom && availableParallelism() > 1) {
    // the worker also pays for starting up and for copying its results back: give it a little less
    let acc = 0;
    split = sorted.findIndex((f) => (acc += f.bytes) > total * 0.54);
    if (split < 0) split = sorted.length;
  }
  const jobs = sorted.slice(split).map((f, k) => ({ file: f.file, path: f.path, id: ids[split + k]! }));
  const remote = jobs.length > 0 ? runWorker(jobs) : Promise.resolve([]);
  const local: AnalysedInput[] = [];
  const terms = new TermTable();
  for (let n = 0; n < split; n++) {
    const f = sorted[n]!;
    local.push(analyseInput({ file: f.file, bytes: readFileSync(f.path) }, ids[n]!, terms));
    options.onProgress?.(n + 1, sorted.length);
  }
  let rest: AnalysedInput[];
  try {
    rest = await remote;
  } catch (e) {
    // no worker (e.g. no TypeScript loader in this environment): the rest here
    options.onStage?.(`analyse without a worker (${e instanceof Error ? e.message : String(e)})`);
    rest = jobs.map((j) => analyseInput({ file: j.file, bytes: readFileSync(j.path) }, j.id, terms));
  }
  options.onProgress?.(sorted.length, sorted.length);
  return assembleCorpus([...local, ...rest], options);
}

function runWorker(jobs: { file: string; path: string; id: string }[]): Promise<AnalysedInput[]> {
  return new Promise((resolve, reject) => {
    // The pipeline runs as TypeScript under tsx, whose loader a worker does not
    // inherit for its entry (Node 20): the worker registers it, then imports.
    const entry = new URL('./analyse-worker.ts', import.meta.url).href;
    const loader = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(loader)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    const worker = new Worker(code, { eval: true, workerData: jobs, execArgv: [] });
    worker.once('message', (results: AnalysedInput[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`analysis worker exited with code ${code}`)));
  });
}
