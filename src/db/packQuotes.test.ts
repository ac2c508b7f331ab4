import { describe, expect, it } from 'vitest';
import type { Quote, UnattributedQuote } from '../corpus';
import { packedQuoteBuffers, packQuotes, unpackQuotes } from './packQuotes';

const quote = (id: string, speakerId: string, documentId: string, text: string, kind?: Quote['kind']): Quote => ({
  id,
  speakerId,
  documentId,
  eventId: `ev-${documentId}`,
  start: id.length,
  end: id.length + text.length,
  text,
  ...(kind ? { kind } : {}),
});

describe('packQuotes', () => {
  const cases: [string, (Quote | UnattributedQuote)[]][] = [
    ['no quotes', []],
    ['quotes sharing speakers and documents, with and without a kind', [quote('a-q1', 's1', 'd1', 'We will ’not’ yield.'), quote('a-q2', 's2', 'd1', 'Soon.', 'reported'), quote('b-q1', 's1', 'd2', '', 'direct')]],
    ['unattributed quotes (no speaker)', [{ id: 'u1', documentId: 'd9', eventId: 'e9', start: 0, end: 3, text: 'Yes' }]],
    ['ids of any length and characters', [quote('', 's', 'd', 'x'), quote('x\ny', 's', 'd', 'y'), quote('ä“é”', 's', 'd', 'z')]],
  ];
  it.each(cases)('gives back the same quotes: %s', (_, quotes) => {
    expect(unpackQuotes(packQuotes(quotes))).toEqual(quotes);
  });

  it('packed without texts, takes them from the documents', () => {
    const text = 'Before “quoted words” after.';
    const quotes = [
      { id: 'q1', speakerId: 's1', documentId: 'd1', eventId: 'ev-d1', start: 8, end: 20, text: 'quoted words' },
      { id: 'u1', documentId: 'd1', eventId: 'ev-d1', start: 0, end: 6, text: 'Before' },
    ];
    const p = packQuotes(quotes, false);
    expect(p.texts).toEqual([]);
    expect(unpackQuotes(p, (id, start, end) => (id === 'd1' ? text.slice(start, end) : '?'))).toEqual(quotes);
    expect(unpackQuotes(p).map((q) => q.text)).toEqual(['', '']);
  });

  it('lists each shared id once and moves only its typed arrays', () => {
    const p = packQuotes([quote('q1', 's1', 'd1', 'a'), quote('q2', 's1', 'd1', 'b'), quote('q3', 's2', 'd1', 'c')]);
    expect([p.speakerIds, p.documentIds, p.eventIds]).toEqual([['s1', 's2'], ['d1'], ['ev-d1']]);
    expect(packedQuoteBuffers(p)).toHaveLength(7);
    expect(packedQuoteBuffers(p).every((b) => b instanceof ArrayBuffer)).toBe(true);
  });
});
