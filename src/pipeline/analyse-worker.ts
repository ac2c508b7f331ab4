import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { TermTable } from './10-terms';
import { analyseInput } from './index';

/**
 * Stages 01–07 and the term tallies for the files it is given, in order; see
 * parallel.ts. One message: the table's names, shared by every result, are copied once.
 */
const jobs = workerData as { file: string; path: string; id: string }[];
const terms = new TermTable();
parentPort!.postMessage(jobs.map((j) => analyseInput({ file: j.file, bytes: readFileSync(j.path) }, j.id, terms)));
