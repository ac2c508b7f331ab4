import type { FlatCounts, Terms, TermRow } from '../corpus';
import type { Count } from './countSpeakers';
import { orderedPositions } from './orderedPositions';

/**
 * Term counts of one record kind by record position: `rows[r]` is record r's
 * flat [termIndex, count, …] list (the corpus's own arrays, not copied: 11M
 * pairs at 10k documents), term indices into `names` (the corpus vocabulary,
 * shared by both kinds). Summing integers into a typed array is ~20× faster
 * than string-keyed Maps.
 */
export interface TermTable {
  readonly names: readonly string[];
  readonly idOf: ReadonlyMap<string, number>;
  readonly rows: readonly (FlatCounts | undefined)[];
  /** Whether any record of this kind has term counts. */
  readonly present: boolean;
}

/** `records`: the records of the kind, whose positions the table's rows are by. */
export function buildTermTable(terms: Terms, kind: TermRow['kind'], records: readonly { id: string }[], idOf = vocabularyIndex(terms.vocabulary)): TermTable {
  const rows: (FlatCounts | undefined)[] = new Array(records.length);
  const positionOf = orderedPositions(records);
  let present = false;
  for (const t of terms.rows) {
    const p = t.kind === kind ? positionOf(t.id) : undefined;
    if (p === undefined) continue;
    rows[p] = t.counts;
    present ||= t.counts.length > 0;
  }
  return { names: terms.vocabulary, idOf, rows, present };
}

/** Term → vocabulary index, for looking up the terms a filter names. */
export function vocabularyIndex(vocabulary: readonly string[]): ReadonlyMap<string, number> {
  return new Map(vocabulary.map((t, i) => [t, i]));
}

/** The table turned around: term id t's records are `records[start[t] … start[t + 1] - 1]`, in record order. */
export interface TermPostings {
  readonly start: Int32Array;
  readonly records: Int32Array;
}

const postingsCache = new WeakMap<TermTable, TermPostings>();

/** Built once per table, on the first term filter: two passes over its counts. */
export function termPostings(table: TermTable): TermPostings {
  let p = postingsCache.get(table);
  if (p) return p;
  const start = new Int32Array(table.names.length + 1);
  for (const c of table.rows) if (c) for (let k = 0; k < c.length; k += 2) start[c[k]! + 1]! += 1;
  for (let t = 1; t < start.length; t++) start[t]! += start[t - 1]!;
  const next = start.slice(0, -1);
  const records = new Int32Array(start[start.length - 1]!);
  table.rows.forEach((c, r) => {
    if (c) for (let k = 0; k < c.length; k += 2) records[next[c[k]!]!++] = r;
  });
  postingsCache.set(table, (p = { start, records }));
  return p;
}

const RECENT_TERM_FLAGS = 4;
const flagsCache = new WeakMap<TermTable, Map<string, Uint8Array>>();

/**
 * Flags by record position: 1 where the record has any of the term ids. From the postings, so
 * a term filter costs the records with the term, not a scan of every record's counts; the last
 * few results are kept (the masks and the selection of one click ask for the same). Do not modify.
 */
export function recordsWithTerms(table: TermTable, termIds: readonly number[]): Uint8Array {
  let recent = flagsCache.get(table);
  if (!recent) flagsCache.set(table, (recent = new Map()));
  const key = [...termIds].sort((a, b) => a - b).join(',');
  let flags = recent.get(key);
  if (!flags) {
    const { start, records } = termPostings(table);
    flags = new Uint8Array(table.rows.length);
    for (const t of termIds) for (let k = start[t]!; k < start[t + 1]!; k++) flags[records[k]!] = 1;
    if (recent.size >= RECENT_TERM_FLAGS) recent.delete(recent.keys().next().value!);
  } else recent.delete(key);
  recent.set(key, flags);
  return flags;
}

export interface TermTotals {
  readonly words: Count[];
  /** Two-word phrases ("human rights"). */
  readonly phrases: Count[];
}

/** Sum term counts over the given record positions; top `n` words and phrases, most frequent first, ties by term. */
export function sumTerms(table: TermTable, records: Iterable<number>, n = 20): TermTotals {
  const sums = new Int32Array(table.names.length);
  for (const r of records) addRow(table, sums, r, 1);
  return topTerms(table, sums, n);
}

const fullSums = new WeakMap<TermTable, Int32Array>();
const phraseFlagsCache = new WeakMap<TermTable, Uint8Array>();

/**
 * The same as `sumTerms` over the flagged records, but from whichever side is
 * smaller: with most records selected (no filter, or a broad one) it takes the
 * cached total and subtracts the unselected rows.
 */
export function sumSelectedTerms(table: TermTable, selected: Uint8Array, n = 20): TermTotals {
  return topTerms(table, sumSelectedTermCounts(table, selected), n);
}

/** Each term's count over the flagged records, by term id (a new array: the caller may keep it). */
export function sumSelectedTermCounts(table: TermTable, selected: Uint8Array): Int32Array {
  const rows = table.rows.length;
  let count = 0;
  for (let r = 0; r < rows; r++) count += selected[r]!;
  if (count * 2 <= rows) {
    const sums = new Int32Array(table.names.length);
    for (let r = 0; r < rows; r++) if (selected[r]) addRow(table, sums, r, 1);
    return sums;
  }
  const sums = totalTermCounts(table).slice();
  for (let r = 0; r < rows; r++) if (!selected[r]) addRow(table, sums, r, -1);
  return sums;
}

/**
 * The same as `sumSelectedTermCounts` for records given by ascending positions (a selection's
 * quotes), without building flags over every record: the few selected rows added, or with
 * most records selected the total less the rows between the positions.
 */
export function sumTermCountsAt(table: TermTable, positions: Int32Array): Int32Array {
  const rows = table.rows.length;
  if (positions.length * 2 <= rows) {
    const sums = new Int32Array(table.names.length);
    for (let i = 0; i < positions.length; i++) addRow(table, sums, positions[i]!, 1);
    return sums;
  }
  const sums = totalTermCounts(table).slice();
  let r = 0;
  for (let i = 0; i < positions.length; i++) {
    for (; r < positions[i]!; r++) addRow(table, sums, r, -1);
    r = positions[i]! + 1;
  }
  for (; r < rows; r++) addRow(table, sums, r, -1);
  return sums;
}

/** Each term's count over every record, by term id; computed once per table (do not modify). */
export function totalTermCounts(table: TermTable): Int32Array {
  let full = fullSums.get(table);
  if (!full) {
    full = new Int32Array(table.names.length);
    for (let r = 0; r < table.rows.length; r++) addRow(table, full, r, 1);
    fullSums.set(table, full);
  }
  return full;
}

/** 1 for the two-word phrases of the vocabulary, by term id; computed once per table. */
export function phraseFlags(table: TermTable): Uint8Array {
  let phrase = phraseFlagsCache.get(table);
  if (!phrase) phraseFlagsCache.set(table, (phrase = Uint8Array.from(table.names, (t) => (t.includes(' ') ? 1 : 0))));
  return phrase;
}

function addRow(table: TermTable, sums: Int32Array, r: number, sign: 1 | -1): void {
  const c = table.rows[r];
  if (c) for (let k = 0; k < c.length; k += 2) sums[c[k]!]! += sign * c[k + 1]!;
}

/** The `n` most frequent words and phrases of per-term `sums` (by term id), ties by term. */
export function topTerms(table: TermTable, sums: Int32Array, n: number): TermTotals {
  const phrase = phraseFlags(table);
  const words = new TopCounts(n);
  const phrases = new TopCounts(n);
  for (let id = 0; id < sums.length; id++) {
    const count = sums[id]!;
    if (count > 0) (phrase[id] ? phrases : words).offer(table.names[id]!, count);
  }
  return { words: words.items, phrases: phrases.items };
}

/** The `n` largest counts seen, kept sorted; most offers lose to the smallest kept one, so this is ~O(terms). */
class TopCounts {
  readonly items: Count[] = [];
  constructor(readonly n: number) {}
  offer(key: string, count: number): void {
    const xs = this.items;
    // Fast reject before building the comparison closure: most terms lose to the smallest kept.
    if (xs.length === this.n && count < xs[xs.length - 1]!.count) return;
    const before = (a: Count) => count > a.count || (count === a.count && key < a.key);
    if (xs.length === this.n && !before(xs[xs.length - 1]!)) return;
    let i = xs.length;
    while (i > 0 && before(xs[i - 1]!)) i--;
    xs.splice(i, 0, { key, count });
    if (xs.length > this.n) xs.pop();
  }
}

/**
 * Whether a corpus counts its terms per document. Without such counts a
 * full-text term filter reads the documents' texts, so those must be in memory.
 */
export function hasDocumentTermCounts(terms: Terms): boolean {
  return terms.rows.some((t) => t.kind === 'document' && t.counts.length > 0);
}
