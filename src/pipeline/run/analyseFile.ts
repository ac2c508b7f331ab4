import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { analyseInput, readDocument, TermTable, type Collectable, type DocumentOutline, type Input } from '../index';

/** One file to analyse: where it is, and the document id it gets (ids depend on the whole folder, so they are given). */
export interface FileJob {
  file: string;
  path: string;
  id: string;
  /** The preprocessing run it belongs to: a thread counts one run's terms in one table. */
  run: number;
}

/**
 * What a thread sends back for one file: the analysis without the text (the
 * writer reads it again, see textOfFile) and with only the names its term
 * table gained since the thread's last file of the run, so each name crosses
 * once. `table` tells the thread's tables apart; `from` is where `added` goes.
 */
export interface PooledResult {
  result: Collectable;
  terms?: { table: string; from: number; added: string[] };
}

/** A file's bytes as stage 01 takes them, hashed by Node (native, several times faster than the portable hash). */
export function inputOfFile(file: string, path: string): Input {
  const bytes = readFileSync(path);
  return { file, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** This thread's term table for the run it is working on, its number here, and how many of its names were sent. */
let current: { run: number; table: TermTable; no: number; sent: number } | undefined;
let tables = 0;

/**
 * Stages 01–12 (analysis and term tally) of one file on disk, in this thread's
 * table for the job's run: a word is normalised once per thread, not once per
 * file. Any thread can analyse any file: the main thread maps every table's
 * ids by name (TermVocabulary).
 */
export function analyseFileTask(job: FileJob): PooledResult {
  // a new run (or, should two runs share the pool, the other one again) starts a new table, under a new name
  if (current?.run !== job.run) current = { run: job.run, table: new TermTable(), no: ++tables, sent: 0 };
  const { table } = current;
  const r = analyseInput(inputOfFile(job.file, job.path), job.id, table);
  if (!('analysed' in r)) return { result: r };
  const from = current.sent;
  current.sent = table.names.length;
  return {
    result: { analysed: { ...r.analysed, termNames: [] } },
    terms: { table: `${threadId}/${current.no}`, from, added: table.names.slice(from) },
  };
}

/** Stages 01–12 of one file on disk on this thread, counted in `table`. */
export function analyseFile(job: FileJob, table: TermTable): Collectable {
  const r = analyseInput(inputOfFile(job.file, job.path), job.id, table);
  return 'analysed' in r ? { analysed: r.analysed } : r;
}

/**
 * A document's text as stage 01 read it, read again from its file when the
 * corpus is written; a file that changed since it was analysed (its sha256
 * differs) stops the run, since the quotes' offsets point into the old text.
 */
export function textOfFile(path: string, d: DocumentOutline): string {
  const r = readDocument(inputOfFile(d.file, path), d.id, () => {});
  if (!r.ok || r.doc.sha256 !== d.sha256) throw new Error(`${d.file} changed while it was being preprocessed`);
  return r.doc.text;
}
