/**
 * A thread of the NLP-alone benchmark (nlpAlone.ts): loads the model, says 'ready', then
 * for each job claims files from the shared counter until none are left and answers
 * with what it tagged.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { loadNlp, readAndTag, type TagCounts } from './nlpTag';

export interface NlpJob {
  readonly paths: readonly string[];
  /** [0]: the next file to claim, shared by every thread of the run. */
  readonly next: Int32Array;
}

export interface NlpAnswer extends TagCounts {
  files: number;
}

loadNlp();
parentPort!.on('message', ({ paths, next }: NlpJob) => {
  const answer: NlpAnswer = { files: 0, tokens: 0, sentences: 0 };
  for (let i = Atomics.add(next, 0, 1); i < paths.length; i = Atomics.add(next, 0, 1)) {
    readAndTag(readFileSync(paths[i]!, 'utf8'), answer);
    answer.files++;
  }
  parentPort!.postMessage(answer);
});
parentPort!.postMessage('ready');
