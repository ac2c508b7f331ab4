// The analysis pool's worker entry. The pipeline is TypeScript run by tsx, and a
// worker thread does not inherit tsx's loader for its entry (Node 20): register
// it here, then load the analysis.
import { move } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const analysis = import('./analyseFile.ts');
const batches = import('./sectionBatch.ts');

/** @param {import('./analyseFile.ts').FileJob} job */
export default async function analyseFileTask(job) {
  return (await analysis).analyseFileTask(job);
}

/** A batch of a corpus's records (sectionBatch.ts), its bytes moved to the caller, not copied. @param {import('./sectionBatch.ts').SectionBatch} batch */
export async function bytesOfBatch(batch) {
  return move((await batches).bytesOfBatch(batch));
}
