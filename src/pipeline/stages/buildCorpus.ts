import type { Corpus, Rejected } from '../../corpus/schema';
import type { Input } from './types';
import { analyseInput, type Analysed, type AnalysedInput } from './analyse';
import { TermTable } from './12-terms';
import { resolveSpeakers, type MentionResolver, type Resolution } from './13-resolve';
import { findEvents } from './14-events';
import { mergeTerms } from './15-mergeTerms';
import { assembleCorpusRecords, completeCorpus, type CorpusOutline } from './16-assemble';

export interface BuildOptions {
  /** called after each file is analysed */
  onProgress?: (done: number, total: number) => void;
  /** called when a corpus-wide stage starts: "resolve", "events", "terms", "assemble" */
  onStage?: (stage: string) => void;
}

export interface BuildResult {
  corpus: Corpus;
  rejected: Rejected[];
}

/** What stages 13–16 make of the analysed documents: the corpus without its texts, not yet validated. */
export interface OutlineResult {
  outline: CorpusOutline;
  rejected: Rejected[];
}

/** One file's result as the corpus-wide stages take it: its analysis (no text), or why it is rejected. */
export type Collectable = { analysed: Analysed } | { rejected: Rejected };

/**
 * Articles -> corpus. Pure apart from hashing: no I/O, no clock, so equal
 * inputs give byte-equal output. Files that cannot be used are listed in
 * `rejected` (and in `corpus.rejected`) with the reason.
 */
export function buildCorpus(inputs: Input[], options: BuildOptions = {}): BuildResult {
  const sorted = sortInputs(inputs);
  const ids = documentIds(sorted.map((i) => i.file));
  const terms = new TermTable();
  const texts = new Map<string, string>();
  const results = sorted.map((input, n): Collectable => {
    const r = analyseInput(input, ids[n]!, terms);
    options.onProgress?.(n + 1, sorted.length);
    if (!('analysed' in r)) return r;
    texts.set(r.analysed.doc.id, r.text);
    return { analysed: r.analysed };
  });
  const { outline, rejected } = assembleCorpus(results, options);
  return { corpus: completeCorpus(outline, (d) => texts.get(d.id)!), rejected };
}

/**
 * Stages 13–16 from the per-file results in input order; `resolved`, if given,
 * is stage 13 already done (see feedMentions). The caller validates the outline
 * with its texts (completeCorpus, or streamCorpus as it writes).
 */
export function assembleCorpus(
  results: readonly Collectable[],
  options: BuildOptions = {},
  resolved?: Resolution,
): OutlineResult {
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
  options.onStage?.('assemble');
  return { outline: assembleCorpusRecords(termed), rejected: termed.rejected };
}

/** Stage 13's input from one result, in input order (a rejected file has none). */
export function feedMentions(r: Collectable | AnalysedInput, resolver: MentionResolver): void {
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
