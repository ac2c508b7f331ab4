import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { TermTable } from './10-terms';
import { analyseInput, type AnalysedInput } from './index';
import type { MergeJob } from './analysis-worker';
import { mergeTalliesFlat } from './merge-terms';
import type { AnalysedFile, AnalysisJob } from './parallel';

/**
 * Stages 01–07 and the term tallies for the files it claims from a job (see
 * parallel.ts), one job after another: the thread stays up between runs, so a
 * second run finds it loaded and compiled. Each result goes out on the job's
 * port as soon as it is made (copied while there is still work, not all at the
 * end), with only the term names new since the last one; then one `done` on
 * the parent port.
 */
parentPort!.on('message', (job: AnalysisJob | MergeJob) => {
  if ('merge' in job) return merge(job);
  const terms = new TermTable();
  let sentNames = 0;
  for (let i = Atomics.add(job.next, 0, 1); i < job.files.length; i = Atomics.add(job.next, 0, 1)) {
    const f = job.files[i]!;
    const r: AnalysedInput = analyseInput({ file: f.file, bytes: readFileSync(f.path) }, f.id, terms);
    const names = terms.names.slice(sentNames);
    sentNames = terms.names.length;
    // the receiver points termNames at its copy of this thread's names
    const result = 'analysed' in r ? { analysed: { ...r.analysed, termNames: [] } } : r;
    job.port.postMessage({ index: i, result, names } satisfies AnalysedFile);
    Atomics.add(job.next, 1, 1);
  }
  parentPort!.postMessage(job.job);
});

/** The term merge of a run, here while the other thread assembles the rest (see assembleCorpusWith); the arrays move back. */
function merge(job: MergeJob): void {
  const terms = mergeTalliesFlat(job.merge.tallies);
  parentPort!.postMessage({ job: job.job, terms }, [terms.counts.buffer as ArrayBuffer, terms.ends.buffer as ArrayBuffer, terms.quoteRows.buffer as ArrayBuffer]);
}
parentPort!.postMessage('ready');
