import type { Corpus, Rejected } from '../../corpus/schema';
import type { Input } from './types';
import { analyseInput, type AnalysedInput } from './analyse';
import { TermTable } from './12-terms';
import { resolveSpeakers, type MentionResolver, type Resolution } from './13-resolve';
import { findEvents } from './14-events';
import { mergeTerms } from './15-mergeTerms';
import { assembleCorpusRecords } from './16-assemble';

export interface BuildOptions {
  /** called after each file is analysed */
  onProgress?: (done: number, total: number) => void;
  /** called when a corpus-wide stage starts: "resolve", "events", "terms", "validate" */
  onStage?: (stage: string) => void;
}

export interface BuildResult {
  corpus: Corpus;
  rejected: Rejected[];
}

/**
 * Articles -> corpus. Pure apart from hashing: no I/O, no clock, so equal
 * inputs give byte-equal output. Files that cannot be used are listed in
 * `rejected` (and in `corpus.rejected`) with the reason.
 */
export function buildCorpus(inputs: Input[], options: BuildOptions = {}): BuildResult {
  const sorted = sortInputs(inputs);
  const ids = documentIds(sorted.map((i) => i.file));
  const terms = new TermTable();
  const results = sorted.map((input, n) => {
    const r = analyseInput(input, ids[n]!, terms);
    options.onProgress?.(n + 1, sorted.length);
    return r;
  });
  return assembleCorpus(results, options);
}

/**
 * Stages 13–16 from the per-file results in input order; `resolved`, if given,
 * is stage 13 already done (see feedMentions).
 */
export function assembleCorpus(
  results: readonly AnalysedInput[],
  options: BuildOptions = {},
  resolved?: Resolution,
): BuildResult {
  const collected = {
    analysed: results.flatMap((r) => ('analysed' in r ? [r.analysed] : [])),
    rejected: [] as Rejected[],
  };
  for (const r of results) if ('rejected' in r) collected.rejected.push(r.rejected);
  options.onStage?.('resolve');
  const resolvedState = resolveSpeakers(collected, resolved);
  options.onStage?.('events');
  const grouped = findEvents(resolvedState);
  options.onStage?.('terms');
  const termed = mergeTerms(grouped);
  options.onStage?.('validate');
  const corpus = assembleCorpusRecords(termed);
  return { corpus, rejected: termed.rejected };
}

/** Stage 13's input from one result, in input order (a rejected file has none). */
export function feedMentions(r: AnalysedInput, resolver: MentionResolver): void {
  if ('analysed' in r)
    for (const s of r.analysed.speakers) resolver.add({ documentId: r.analysed.doc.id, key: s.key, name: s.name });
}

/** Inputs in file-name order: the order of documents, ids and everything after. */
export function sortInputs<T extends { file: string }>(inputs: readonly T[]): T[] {
  return [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function documentIds(files: string[]): string[] {
  const used = new Set<string>();
  return files.map((f) => {
    const base = (f.split(/[\\/]/).pop() ?? f).replace(/\.[^.]+$/, '');
    const stem = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc';
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id;
  });
}
