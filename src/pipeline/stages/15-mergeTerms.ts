import type { Grouped } from './14-events';
import type { Terms } from '../../corpus/schema';
import { MAX_TERMS, type DocTally } from './12-terms';

/** Above any count in one document (20 MB at most: fewer than 2^24 words). */
const MAX_COUNT = 2 ** 26;

/** One document's tally for merging: the names of the table it was counted with, its number of quotes. */
export interface TallyToMerge {
  names: readonly string[];
  tally: DocTally;
  quotes: number;
}

/**
 * One numbering for terms counted in many tables (one per thread): a tally
 * adopted here has this vocabulary's ids instead of its table's, so the
 * documents of a run need not each keep their table's names until stage 15.
 */
export class TermVocabulary {
  readonly names: string[] = [];
  readonly #id = new Map<string, number>();
  /** per table: table id -> id here + 1 (0: not yet looked up) */
  readonly #remaps = new Map<readonly string[], Int32Array>();
  /** `tally` with this vocabulary's ids for those of `table` (whose names may have grown since it was last seen). */
  adopt(tally: DocTally, table: readonly string[]): DocTally {
    let remap = this.#remaps.get(table);
    if (!remap || remap.length < table.length) {
      const grown = new Int32Array(Math.max(table.length, 1024, 2 * (remap?.length ?? 0)));
      if (remap) grown.set(remap);
      this.#remaps.set(table, (remap = grown));
    }
    const c = tally.counts;
    const counts = new Int32Array(c.length);
    for (let k = 0; k < c.length; k += 2) {
      const local = c[k]!;
      let id = remap[local]! - 1;
      if (id < 0) {
        const name = table[local]!;
        id = this.#id.get(name) ?? -1;
        if (id < 0) {
          id = this.names.length;
          this.names.push(name);
          this.#id.set(name, id);
        }
        remap[local] = id + 1;
      }
      counts[k] = id;
      counts[k + 1] = c[k + 1]!;
    }
    return { counts, ends: tally.ends };
  }
}

/**
 * The merged term counts as flat typed arrays (cheap to move between threads):
 * rows are the documents' in order, then the quotes' that have terms.
 */
export interface FlatTerms {
  vocabulary: string[];
  /** every row's [termIndex, count, …], back to back */
  counts: Int32Array;
  /** where each row ends in `counts` */
  ends: Int32Array;
  /** per quote row: its document's index, then the quote's index in the document */
  quoteRows: Int32Array;
}

/**
 * 15: term counts per document and per quote in the corpus's compact form (one
 * vocabulary, flat [termIndex, count, …] rows) from per-document tallies, each
 * with the names of the table it was counted with (this thread's or a
 * worker's). Vocabulary ordered exactly as `encodeTerms` orders it (total
 * count, then term); document rows by count, then term; quote rows in text
 * order; quotes without terms have no row.
 */
export function mergeTallies(
  docs: readonly { id: string; names: readonly string[]; tally: DocTally; quoteIds: readonly string[] }[],
): Terms {
  const flat = mergeTalliesFlat(docs.map((d) => ({ names: d.names, tally: d.tally, quotes: d.quoteIds.length })));
  return materializeTerms(flat, (doc, quote) => (quote < 0 ? docs[doc]!.id : docs[doc]!.quoteIds[quote]!));
}

/** mergeTallies' work, as typed arrays; `materializeTerms` makes the rows. */
export function mergeTalliesFlat(docs: readonly TallyToMerge[]): FlatTerms {
  const names: string[] = [];
  let totals = new Float64Array(1024);
  const globalId = new Map<string, number>();
  /** per table: table id -> global id + 1 (0: not yet looked up) */
  const remaps = new Map<readonly string[], Int32Array>();
  const remapOf = (tableNames: readonly string[]): Int32Array => {
    let r = remaps.get(tableNames);
    if (!r || r.length < tableNames.length) {
      const grown = new Int32Array(Math.max(tableNames.length, 1024));
      if (r) grown.set(r);
      remaps.set(tableNames, (r = grown));
    }
    return r;
  };
  // room: the documents' parts first, then the quotes'
  let docLength = 0;
  let quoteLength = 0;
  let quoteRowCount = 0;
  for (const d of docs) {
    const { ends } = d.tally;
    docLength += ends[0]!;
    quoteLength += ends[d.quotes]! - ends[0]!;
    for (let i = 0; i < d.quotes; i++) if (ends[i + 1]! > ends[i]!) quoteRowCount++;
  }
  const out = new Int32Array(docLength + quoteLength);
  const rowEnds = new Int32Array(docs.length + quoteRowCount);
  const quoteRows = new Int32Array(2 * quoteRowCount);
  /** copies c[from, to) into out at `at` with global ids, adding to the totals; returns the end */
  const copy = (
    c: Int32Array,
    from: number,
    to: number,
    tableNames: readonly string[],
    remap: Int32Array,
    at: number,
  ): number => {
    for (let k = from; k < to; k += 2) {
      const local = c[k]!;
      let g = remap[local]! - 1;
      if (g < 0) {
        const name = tableNames[local]!;
        const known = globalId.get(name);
        if (known !== undefined) g = known;
        else {
          g = names.length;
          names.push(name);
          globalId.set(name, g);
          if (g === totals.length) {
            const t = new Float64Array(totals.length * 2);
            t.set(totals);
            totals = t;
          }
        }
        remap[local] = g + 1;
      }
      out[at++] = g;
      out[at++] = c[k + 1]!;
      totals[g]! += c[k + 1]!;
    }
    return at;
  };
  let docAt = 0;
  let quoteAt = docLength;
  let q = 0;
  docs.forEach((d, di) => {
    const remap = remapOf(d.names);
    const { counts: c, ends } = d.tally;
    docAt = copy(c, 0, ends[0]!, d.names, remap, docAt);
    rowEnds[di] = docAt;
    for (let i = 0; i < d.quotes; i++) {
      if (ends[i + 1]! <= ends[i]!) continue;
      quoteAt = copy(c, ends[i]!, ends[i + 1]!, d.names, remap, quoteAt);
      rowEnds[docs.length + q] = quoteAt;
      quoteRows[2 * q] = di;
      quoteRows[2 * q + 1] = i;
      q++;
    }
  });
  const n = names.length;
  const byName = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0,
  );
  const rank = new Int32Array(n);
  byName.forEach((id, r) => (rank[id] = r));
  // vocabulary by total count, ties by term: frequent terms get short indices
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => totals[b]! - totals[a]! || rank[a]! - rank[b]!);
  const renumber = new Int32Array(n);
  order.forEach((old, i) => (renumber[old] = i));
  // document rows by count, then term: one numeric key per entry, (MAX_COUNT - count) * MAX_TERMS + rank
  let keys = new Float64Array(1024);
  for (let r = 0, from = 0; r < docs.length; from = rowEnds[r++]!) {
    const m = (rowEnds[r]! - from) / 2;
    if (keys.length < m) keys = new Float64Array(Math.max(m, keys.length * 2));
    for (let k = 0; k < m; k++) keys[k] = (MAX_COUNT - out[from + 2 * k + 1]!) * MAX_TERMS + rank[out[from + 2 * k]!]!;
    const sorted = keys.subarray(0, m).sort();
    for (let k = 0; k < m; k++) {
      const key = sorted[k]!;
      const count = MAX_COUNT - Math.floor(key / MAX_TERMS);
      out[from + 2 * k] = renumber[byName[key - (MAX_COUNT - count) * MAX_TERMS]!]!;
      out[from + 2 * k + 1] = count;
    }
  }
  for (let k = docLength; k < out.length; k += 2) out[k] = renumber[out[k]!]!;
  return { vocabulary: order.map((i) => names[i]!), counts: out, ends: rowEnds, quoteRows };
}

/** The rows of `flat` as the corpus has them; `idOf(document, quote)` names each (quote -1: the document's row). */
export function materializeTerms(flat: FlatTerms, idOf: (doc: number, quote: number) => string): Terms {
  const { counts, ends, quoteRows } = flat;
  const docCount = ends.length - quoteRows.length / 2;
  const rows: Terms['rows'] = new Array(ends.length);
  for (let r = 0, from = 0; r < ends.length; from = ends[r++]!) {
    // a view, not a copy: at 10k documents plain arrays were ~22M numbers for the GC to move
    const row = counts.subarray(from, ends[r]!);
    const quote = r < docCount ? -1 : quoteRows[2 * (r - docCount) + 1]!;
    const doc = r < docCount ? r : quoteRows[2 * (r - docCount)]!;
    rows[r] = { kind: quote < 0 ? 'document' : 'quote', id: idOf(doc, quote), counts: row };
  }
  return { vocabulary: flat.vocabulary, rows };
}

export interface Termed extends Grouped {
  terms: Terms;
}

/** Stage 15: every kept document's and quote's term counts (tallied in stage 12, on any thread) in one vocabulary. */
export function mergeTerms(c: Grouped): Termed {
  const flat = mergeTalliesFlat(c.kept.map((a) => ({ names: a.termNames, tally: a.tally, quotes: a.quotes.length })));
  const { kept } = c;
  return {
    ...c,
    terms: materializeTerms(flat, (d, q) => (q < 0 ? kept[d]!.doc.id : `${kept[d]!.doc.id}-q${q + 1}`)),
  };
}
