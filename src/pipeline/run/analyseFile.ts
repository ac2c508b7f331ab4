import { readFileSync } from 'node:fs';
import { analyseInput, TermTable, type AnalysedInput } from '../index';

/** One file to analyse: where it is, and the document id it gets (ids depend on the whole folder, so they are given). */
export interface FileJob {
  file: string;
  path: string;
  id: string;
}

/**
 * Stages 01–12 (analysis and term tally) of one file on disk. The term table is the
 * file's own, so the result (with its table's names) stands alone and any
 * thread can analyse any file: the merge maps every table's ids by name.
 */
export function analyseFile(job: FileJob): AnalysedInput {
  return analyseInput({ file: job.file, bytes: readFileSync(job.path) }, job.id, new TermTable());
}
