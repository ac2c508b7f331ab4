import { describe, expect, it } from 'vitest';
import { decodeTermRow, encodeTerms } from '../../corpus/terms';
import { computeTerms } from './computeTerms';

describe('computeTerms', () => {
  const docs = [
    { id: 'a', text: 'Free press now. Free press, free people. Reporters speak.' },
    { id: 'b', text: 'Free elections. Reporters must be free; free elections soon.' },
  ];
  const quotes = [
    { id: 'a-q1', documentId: 'a', start: 0, end: 26 },
    { id: 'b-q1', documentId: 'b', start: 16, end: 60 },
  ];
  const terms = computeTerms(docs, quotes);
  const rows = terms.rows.map((r) => ({ ...r, counts: decodeTermRow(terms.vocabulary, r.counts) }));
  const row = (id: string) => new Map(rows.find((r) => r.id === id)!.counts);

  it('counts terms and the phrases frequent in a document, in the document and in each quote', () => {
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'a-q1', 'b-q1']);
    expect([...row('a')].sort()).toEqual([
      ['free press', 2],
      ['free', 3],
      ['people', 1],
      ['press', 2],
      ['reporters', 1],
      ['speak', 1],
    ]);
    expect(row('a').has('the')).toBe(false);
    expect(row('a-q1')).toEqual(
      new Map([
        ['free', 2],
        ['press', 2],
        ['free press', 2],
      ]),
    );
    expect(row('b').get('free elections')).toBe(2);
    expect(row('b-q1').get('free elections')).toBe(1);
  });

  it('writes what encodeTerms writes for the same counts', () => {
    // rows' counts are views of one Int32Array (see materializeTerms): compared as the arrays they stand for
    expect({ ...terms, rows: terms.rows.map((r) => ({ ...r, counts: [...r.counts] })) }).toEqual(encodeTerms(rows));
  });
});
