import { describe, expect, it } from 'vitest';
import { tokenise } from '../nlp/tokenise';
import { tallyDocument, TermTable } from './12-terms';
import {
  materializeTerms,
  mergeTallies,
  mergeTalliesFlat,
  TallyMerge,
  termRowsOf,
  TermRowStream,
  TermVocabulary,
} from './15-mergeTerms';

/** Two tables (two threads), three documents with quotes. */
function tallies() {
  const a = new TermTable();
  const b = new TermTable();
  const docs = [
    {
      id: 'd1',
      table: a,
      text: 'Clean water now. Clean water for the village.',
      quotes: [
        { start: 0, end: 16 },
        { start: 17, end: 20 },
      ],
    },
    {
      id: 'd-“2”',
      table: b,
      text: 'Water rights, water rights: the farmers ask for water rights.',
      quotes: [{ start: 0, end: 12 }],
    },
    { id: 'd3', table: a, text: 'The village and the water.', quotes: [] },
  ];
  return docs.map((d) => ({
    id: d.id,
    names: d.table.names,
    tally: tallyDocument(d.table, d.text, tokenise(d.text).tokens, d.quotes),
    quoteIds: d.quotes.map((_, n) => `${d.id}-q${n + 1}`),
  }));
}

describe('mergeTalliesFlat and materializeTerms', () => {
  it('make the terms mergeTallies makes: one row per document, then quotes with terms', () => {
    const docs = tallies();
    const flat = mergeTalliesFlat(docs.map((d) => ({ names: d.names, tally: d.tally, quotes: d.quoteIds.length })));
    const terms = materializeTerms(flat, (d, q) => (q < 0 ? docs[d]!.id : docs[d]!.quoteIds[q]!));
    expect(terms).toEqual(mergeTallies(docs));
    expect(terms.rows.map((r) => r.id)).toEqual(['d1', 'd-“2”', 'd3', 'd1-q1', 'd1-q2', 'd-“2”-q1']);
    // by total count, ties by term
    expect(terms.vocabulary.slice(0, 4)).toEqual(['water', 'clean', 'rights', 'water rights']);
    // each row's counts are a view of the merged list, not a copy
    expect(terms.rows.every((r) => r.counts instanceof Int32Array && r.counts.buffer === flat.counts.buffer)).toBe(
      true,
    );
  });
});

describe('TermRowStream', () => {
  it.each([
    ['one batch of each kind', Infinity],
    ['a batch per document', 1],
  ])('cut into batches (%s), makes the rows it streams, each batch numbered from its first row', (_name, entries) => {
    const docs = tallies();
    const merge = new TallyMerge(docs.map((d) => ({ names: d.names, tally: d.tally, quotes: d.quoteIds.length })));
    const stream = new TermRowStream(
      merge,
      docs.map((d) => d.id),
    );
    const batches = stream.batches(entries);
    const rows = batches.flatMap((b) => [...termRowsOf(b)]);
    expect(rows).toEqual([...stream]);
    expect(rows).toEqual(mergeTallies(docs).rows);
    expect(batches.map((b) => b.first)).toEqual(entries === 1 ? [0, 1, 2, 3, 5] : [0, 3]);
    // plain data, as a thread is sent it
    expect(batches.flatMap((b) => [...termRowsOf(structuredClone(b))])).toEqual(rows);
  });
});

describe('TermVocabulary', () => {
  it("numbers every table's terms by name, in one vocabulary, also after a table grows", () => {
    const a = ['water', 'rights'];
    const b = ['rights', 'village', 'water'];
    const v = new TermVocabulary();
    const tally = (counts: number[]) => ({ counts: Int32Array.from(counts), ends: Int32Array.of(counts.length) });
    const one = v.adopt(tally([0, 2, 1, 1]), a);
    const two = v.adopt(tally([2, 5, 1, 3]), b);
    a.push('farmers');
    const three = v.adopt(tally([2, 1, 0, 4]), a);
    expect(v.names).toEqual(['water', 'rights', 'village', 'farmers']);
    expect([...one.counts]).toEqual([0, 2, 1, 1]);
    expect([...two.counts]).toEqual([0, 5, 2, 3]);
    expect([...three.counts]).toEqual([3, 1, 0, 4]);
  });
});
