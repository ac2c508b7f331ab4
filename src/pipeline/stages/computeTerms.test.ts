import { describe, expect, it } from 'vitest';
import { encodeTerms } from '../../corpus/terms';
import { mergeTally, tallyRanges } from '../../lib/tokenize';
import { computeTerms } from './computeTerms';

describe('computeTerms', () => {
  it('writes what encodeTerms writes for the same counts', () => {
    const docs = [
      { id: 'a', text: 'Free press now. Free press, free people. Reporters speak.' },
      { id: 'b', text: 'Free elections. Reporters must be free; free elections soon.' },
    ];
    const quotes = [
      { id: 'a-q1', documentId: 'a', start: 0, end: 26 },
      { id: 'b-q1', documentId: 'b', start: 16, end: 60 },
    ];
    const pairs = docs.flatMap((d) => {
      const qs = quotes.filter((q) => q.documentId === d.id);
      const { whole, parts } = tallyRanges(d.text, qs, 2);
      const phrases = new Set([...whole.bigrams].filter(([, n]) => n >= 2).map(([b]) => b));
      return [
        { kind: 'document' as const, id: d.id, counts: mergeTally(whole, phrases) },
        ...qs.map((q, i) => ({ kind: 'quote' as const, id: q.id, counts: mergeTally(parts[i]!, phrases, false) })),
      ];
    });
    const order = (r: { kind: string }) => (r.kind === 'document' ? 0 : 1);
    // rows' counts are views of one Int32Array (see materializeTerms): compared as the arrays they stand for
    const terms = computeTerms(docs, quotes);
    expect({ ...terms, rows: terms.rows.map((r) => ({ ...r, counts: [...r.counts] })) }).toEqual(
      encodeTerms([...pairs].sort((x, y) => order(x) - order(y))),
    );
  });
});
