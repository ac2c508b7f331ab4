// The analysis pool's worker entry. The pipeline is TypeScript run by tsx, and a
// worker thread does not inherit tsx's loader for its entry (Node 20): register
// it here, then load the analysis.
import { register } from 'tsx/esm/api';

register();
const analysis = import('./analyseFile.ts');

/** @param {import('./analyseFile.ts').FileJob} job */
export default async function analyseFileTask(job) {
  return (await analysis).analyseFileTask(job);
}
