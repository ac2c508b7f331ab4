// The analysis pool's worker entry. The pipeline is TypeScript run by tsx, and a
// worker thread does not inherit tsx's loader for its entry (Node 20): register
// it here, then load the analysis.
import { move } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const analysis = import('./analyseFile.ts');
const lines = import('./linesOfBatch.ts');

/** @param {import('./analyseFile.ts').FileJob} job */
export default async function analyseFileTask(job) {
  return (await analysis).analyseFileTask(job);
}

/** A batch of corpus lines (linesOfBatch.ts), its bytes moved to the caller, not copied. @param {import('./linesOfBatch.ts').LinesBatch} batch */
export async function linesOfBatch(batch) {
  return move((await lines).linesOfBatch(batch));
}
