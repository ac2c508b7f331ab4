import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordsWithTerms, sumSelectedTermCounts, sumTermCountsAt, termPostings, vocabularyIndex, type TermTable } from './termTable';

/** Records as [termIndex, count, …] lists over a small vocabulary; `undefined` is a record without counts. */
function table(rows: (number[] | undefined)[]): TermTable {
  const names = ['water', 'school', 'rights', 'human rights'];
  return { names, idOf: vocabularyIndex(names), rows, present: true };
}

describe('termPostings', () => {
  it('lists each term’s records in record order', () => {
    const t = table([[0, 2, 2, 1], undefined, [2, 4], [0, 1, 3, 1]]);
    const { start, records } = termPostings(t);
    const of = (id: number) => Array.from(records.subarray(start[id]!, start[id + 1]!));
    expect([0, 1, 2, 3].map(of)).toEqual([[0, 3], [], [0, 2], [3]]);
    expect(termPostings(t)).toBe(termPostings(t));
  });
});

describe('recordsWithTerms', () => {
  it.each<[string, number[], number[]]>([
    ['one term', [0], [1, 0, 0, 1]],
    ['either of two terms', [1, 3], [0, 0, 0, 1]],
    ['a term no record has', [1], [0, 0, 0, 0]],
    ['no terms', [], [0, 0, 0, 0]],
  ])('%s', (_n, ids, expected) => {
    expect(Array.from(recordsWithTerms(table([[0, 2, 2, 1], undefined, [2, 4], [0, 1, 3, 1]]), ids))).toEqual(expected);
  });

  it('hands back the same flags for the same terms in any order', () => {
    const t = table([[0, 1], [1, 1]]);
    expect(recordsWithTerms(t, [1, 0])).toBe(recordsWithTerms(t, [0, 1]));
  });

  it('agrees with a scan of every record', () => {
    const row = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 5 })), { maxLength: 4 }).map((pairs) => [...new Map(pairs)].flat());
    fc.assert(
      fc.property(fc.array(fc.option(row, { nil: undefined }), { maxLength: 12 }), fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }), (rows, ids) => {
        const scan = rows.map((c) => (c && ids.some((id) => c.some((v, k) => k % 2 === 0 && v === id)) ? 1 : 0));
        expect(Array.from(recordsWithTerms(table(rows), ids))).toEqual(scan);
      }),
    );
  });
});

describe('sumTermCountsAt', () => {
  const t = table([[0, 2, 2, 1], undefined, [2, 4], [0, 1, 3, 1], [1, 3]]);
  it.each<[string, number[], number[]]>([
    ['no records', [], [0, 0, 0, 0]],
    ['a few records: their rows added', [0, 2], [2, 0, 5, 0]],
    ['most records: the total less the others', [0, 1, 2, 4], [2, 3, 5, 0]],
    ['every record', [0, 1, 2, 3, 4], [3, 3, 5, 1]],
  ])('%s', (_n, positions, expected) => expect(Array.from(sumTermCountsAt(t, Int32Array.from(positions)))).toEqual(expected));

  it('agrees with the sum over flags', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 4 })), (picked) => {
        const positions = Int32Array.from(picked.sort((a, b) => a - b));
        const flags = new Uint8Array(5);
        for (const p of positions) flags[p] = 1;
        expect(Array.from(sumTermCountsAt(t, positions))).toEqual(Array.from(sumSelectedTermCounts(t, flags)));
      }),
    );
  });
});
