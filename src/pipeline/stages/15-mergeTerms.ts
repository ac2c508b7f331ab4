import type { Grouped } from './14-events';
import type { TermRow, Terms } from '../../corpus/schema';
import { RecordStream, type Records } from './records';
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
  const merge = new TallyMerge(docs);
  const rows = merge.rowCount;
  const out = new Int32Array(merge.length);
  const rowEnds = new Int32Array(rows);
  const quoteRows = new Int32Array(2 * (rows - docs.length));
  let at = 0;
  for (let r = 0; r < rows; r++) {
    const row = merge.row(r);
    out.set(row, at);
    rowEnds[r] = at += row.length;
    if (r >= docs.length) [quoteRows[2 * (r - docs.length)], quoteRows[2 * (r - docs.length) + 1]] = merge.quoteOf(r);
  }
  return { vocabulary: merge.vocabulary, counts: out, ends: rowEnds, quoteRows };
}

/**
 * How one table's term ids become the corpus's, as plain typed arrays (a thread
 * that makes rows is given them, see TermRowStream): per table id, its index in
 * the vocabulary and its rank by name; per rank, the vocabulary index.
 */
export interface TableMaps {
  index: Int32Array;
  rank: Int32Array;
  byRank: Int32Array;
}

/**
 * The [termIndex, count, …] row of a document (`quote` -1: by count, then term)
 * or of its `quote`th quote (in text order), from its tally.
 */
export function termRowOf({ counts: c, ends }: DocTally, quote: number, maps: TableMaps): Int32Array {
  const from = quote < 0 ? 0 : ends[quote]!;
  const to = ends[quote + 1]!;
  const { index, rank, byRank } = maps;
  const out = new Int32Array(to - from);
  if (quote >= 0) {
    for (let k = from; k < to; k += 2) {
      out[k - from] = index[c[k]!]!;
      out[k - from + 1] = c[k + 1]!;
    }
    return out;
  }
  // by count, then term: one numeric key per entry, (MAX_COUNT - count) * MAX_TERMS + rank
  const m = (to - from) / 2;
  const keys = new Float64Array(m);
  for (let k = 0; k < m; k++) keys[k] = (MAX_COUNT - c[from + 2 * k + 1]!) * MAX_TERMS + rank[c[from + 2 * k]!]!;
  keys.sort();
  for (let k = 0; k < m; k++) {
    const key = keys[k]!;
    const count = MAX_COUNT - Math.floor(key / MAX_TERMS);
    out[2 * k] = byRank[key - (MAX_COUNT - count) * MAX_TERMS]!;
    out[2 * k + 1] = count;
  }
  return out;
}

/**
 * Stage 15's merge with each row made when asked for (a corpus's rows are
 * written one by one, so they are never all held at once): the vocabulary in
 * one order for every table, by total count, then term (frequent terms get
 * short indices); rows are the documents' (by count, then term), then the
 * quotes' that have terms (in text order), document by document.
 */
export class TallyMerge {
  readonly vocabulary: string[];
  /** the rows and their numbers of counts */
  readonly rowCount: number;
  readonly length: number;
  /** per table: table id -> id in `names` + 1 */
  readonly #remaps = new Map<readonly string[], Int32Array>();
  /** per id in `names`: its index in the vocabulary, and its rank by name */
  readonly #renumber: Int32Array;
  readonly #rank: Int32Array;
  /** per rank by name: the vocabulary index */
  readonly #byRank: Int32Array;
  /** per table: its TableMaps, made when first asked for */
  readonly #maps = new Map<readonly string[], TableMaps>();
  /** per quote row (from docs.length on): [document, quote] */
  readonly #quoteRows: Int32Array;
  constructor(readonly docs: readonly TallyToMerge[]) {
    const names: string[] = [];
    let totals = new Float64Array(1024);
    const globalId = new Map<string, number>();
    let length = 0;
    let quoteRowCount = 0;
    for (const d of docs) {
      const { counts: c, ends } = d.tally;
      length += ends[d.quotes]!;
      for (let i = 0; i < d.quotes; i++) if (ends[i + 1]! > ends[i]!) quoteRowCount++;
      let remap = this.#remaps.get(d.names);
      if (!remap || remap.length < d.names.length) {
        const grown = new Int32Array(Math.max(d.names.length, 1024));
        if (remap) grown.set(remap);
        this.#remaps.set(d.names, (remap = grown));
      }
      for (let k = 0; k < ends[d.quotes]!; k += 2) {
        const local = c[k]!;
        let g = remap[local]! - 1;
        if (g < 0) {
          const name = d.names[local]!;
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
        totals[g]! += c[k + 1]!;
      }
    }
    this.length = length;
    this.rowCount = docs.length + quoteRowCount;
    this.#quoteRows = new Int32Array(2 * quoteRowCount);
    let q = 0;
    docs.forEach((d, di) => {
      for (let i = 0; i < d.quotes; i++)
        if (d.tally.ends[i + 1]! > d.tally.ends[i]!) {
          this.#quoteRows[2 * q] = di;
          this.#quoteRows[2 * q++ + 1] = i;
        }
    });
    const n = names.length;
    const byName = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0,
    );
    this.#rank = new Int32Array(n);
    byName.forEach((id, r) => (this.#rank[id] = r));
    const rank = this.#rank;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => totals[b]! - totals[a]! || rank[a]! - rank[b]!);
    this.#renumber = new Int32Array(n);
    order.forEach((old, i) => (this.#renumber[old] = i));
    this.#byRank = Int32Array.from(byName, (id) => this.#renumber[id]!);
    this.vocabulary = order.map((i) => names[i]!);
  }

  /** Row `r`'s [document, quote] (quote -1: the document's own row). */
  quoteOf(r: number): [number, number] {
    const n = this.docs.length;
    return r < n ? [r, -1] : [this.#quoteRows[2 * (r - n)]!, this.#quoteRows[2 * (r - n) + 1]!];
  }

  /** The maps that make rows of documents counted with table `names` (termRowOf). */
  mapsOf(names: readonly string[]): TableMaps {
    let maps = this.#maps.get(names);
    if (maps) return maps;
    const remap = this.#remaps.get(names)!;
    const index = new Int32Array(remap.length);
    const rank = new Int32Array(remap.length);
    for (let local = 0; local < remap.length; local++) {
      const g = remap[local]! - 1;
      if (g < 0) continue;
      index[local] = this.#renumber[g]!;
      rank[local] = this.#rank[g]!;
    }
    this.#maps.set(names, (maps = { index, rank, byRank: this.#byRank }));
    return maps;
  }

  /** Row `r`'s [termIndex, count, …]: a document's by count, then term; a quote's in text order. */
  row(r: number): Int32Array {
    const [di, quote] = this.quoteOf(r);
    const d = this.docs[di]!;
    return termRowOf(d.tally, quote, this.mapsOf(d.names));
  }
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

/** The corpus's term counts with rows made as they are read (TallyMerge): what stage 16 and the writers take. */
export interface StreamedTerms {
  vocabulary: string[];
  rows: Records<TermRow>;
}

export interface Termed extends Grouped {
  terms: StreamedTerms;
}

/** One document's term rows as plain data: its id, tally and number of quotes, and which of its batch's maps number it. */
export interface TermRowSource {
  id: string;
  tally: DocTally;
  quotes: number;
  table: number;
}

/**
 * Consecutive term rows of one kind (the `first`th row of the corpus first), as plain data another thread can make them
 * from (termRowsOf): the documents' rows, or their quotes' rows.
 */
export interface TermRowBatch {
  kind: TermRow['kind'];
  first: number;
  docs: TermRowSource[];
  maps: TableMaps[];
  /** the vocabulary's size: every term index is below it */
  size: number;
  /** how many [termIndex, count] numbers its rows hold */
  entries: number;
}

/** A batch's rows, in order: each document's own, or each of its quotes' that have terms. */
export function* termRowsOf({ kind, docs, maps }: TermRowBatch): Generator<TermRow> {
  for (const d of docs) {
    const m = maps[d.table]!;
    if (kind === 'document') yield { kind, id: d.id, counts: termRowOf(d.tally, -1, m) };
    else
      for (let q = 0; q < d.quotes; q++)
        if (d.tally.ends[q + 1]! > d.tally.ends[q]!)
          yield { kind, id: `${d.id}-q${q + 1}`, counts: termRowOf(d.tally, q, m) };
  }
}

/**
 * Stage 15's rows, made as they are read (TallyMerge), or cut into batches (TermRowBatch) for other threads to make:
 * either way the documents' rows, then the quotes'.
 */
export class TermRowStream extends RecordStream<TermRow> {
  constructor(
    readonly merge: TallyMerge,
    readonly ids: readonly string[],
  ) {
    super(merge.rowCount, () => this.#rows());
  }
  *#rows(): Generator<TermRow> {
    for (const batch of this.batches(Infinity)) yield* termRowsOf(batch);
  }
  /** The rows in order, in batches of about `entries` [termIndex, count] numbers each (at least one document). */
  batches(entries: number): TermRowBatch[] {
    const { merge, ids } = this;
    const tables = new Map<readonly string[], number>();
    const maps: TableMaps[] = [];
    const tableOf = (names: readonly string[]) => {
      let t = tables.get(names);
      if (t === undefined) {
        tables.set(names, (t = maps.length));
        maps.push(merge.mapsOf(names));
      }
      return t;
    };
    const out: TermRowBatch[] = [];
    let first = 0;
    for (const kind of ['document', 'quote'] as const) {
      let batch: TermRowBatch | undefined;
      merge.docs.forEach((d, i) => {
        const { ends } = d.tally;
        const n = kind === 'document' ? ends[0]! : ends[d.quotes]! - ends[0]!;
        let rows = 1;
        if (kind === 'quote') {
          rows = 0;
          for (let q = 0; q < d.quotes; q++) if (ends[q + 1]! > ends[q]!) rows++;
          if (rows === 0) return;
        }
        if (!batch || batch.entries >= entries) {
          batch = { kind, first, docs: [], maps, size: merge.vocabulary.length, entries: 0 };
          out.push(batch);
        }
        batch.docs.push({ id: ids[i]!, tally: d.tally, quotes: d.quotes, table: tableOf(d.names) });
        batch.entries += n;
        first += rows;
      });
    }
    return out;
  }
}

/** Stage 15: every kept document's and quote's term counts (tallied in stage 12, on any thread) in one vocabulary. */
export function mergeTerms(c: Grouped): Termed {
  const merge = new TallyMerge(c.kept.map((a) => ({ names: a.termNames, tally: a.tally, quotes: a.quotes.length })));
  // the ids only: the rows are made while the corpus is written, when the documents' analyses are long gone
  const rows = new TermRowStream(
    merge,
    c.kept.map((a) => a.doc.id),
  );
  return { ...c, terms: { vocabulary: merge.vocabulary, rows } };
}
