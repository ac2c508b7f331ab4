import { computeSelection, type Selection } from './computeSelection';
import type { CorpusIndex } from './corpusIndex';
import type { Filters } from './filters';
import { sumSelectedTermCounts, sumTermCountsAt, type TermTable } from './termTable';
import type { TermSource } from './urlState';

/** The per-term counts the term charts and the distinctive terms show. */
export interface TermSums {
  /** The term counts in use: the quotes' or the full texts'. */
  readonly table: TermTable;
  /** Counts by term id in the selection without its term filter (so other terms stay visible and clickable). */
  readonly sums: Int32Array;
}

/** The last few results per masks array: two panels reading the same filters share one sum. */
const RECENT = 2;
const cache = new WeakMap<Uint8Array, Map<string, TermSums>>();

/**
 * The selection's term counts, ignoring the term filter (without one, `selection` is that
 * selection already). Memoised on `masks` (a new array whenever the filters change) and the
 * filters, so the term charts and the distinctive terms, gated apart, sum once per click.
 */
export function computeTermSums(index: CorpusIndex, masks: Uint8Array, selection: Selection, filters: Filters, source: TermSource): TermSums {
  let recent = cache.get(masks);
  if (!recent) cache.set(masks, (recent = new Map()));
  const key = JSON.stringify([source, filters]);
  let found = recent.get(key);
  if (!found) {
    const sel = filters.term.length ? computeSelection(index, masks, filters, 'term', source) : selection;
    const table = source === 'quote' ? index.quoteTerms : index.documentTerms;
    found = { table, sums: source === 'quote' ? sumTermCountsAt(table, sel.quotes) : sumSelectedTermCounts(table, sel.documents) };
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(key, found);
  }
  return found;
}
