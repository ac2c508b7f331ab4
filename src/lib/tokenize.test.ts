import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentTokens, countTerms, forEachWord, forEachWordSpan, frequentBigrams, FUNCTION_WORDS, isContentTerm, tallyRanges, tokenize, WordCursor } from './tokenize';

describe('tokenize', () => {
  it.each([
    ['Chile’s party', ["chile's", 'party']],
    ['co-founder of NATO', ['co-founder', 'of', 'nato']],
    ['“Down with the tyrant!”', ['down', 'with', 'the', 'tyrant']],
    ['Ílham, 2019.', ['ílham', '2019']],
    ['', []],
  ])('%s', (text, terms) => {
    expect(tokenize(text).map((t) => t.term)).toEqual(terms);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hello  wide world';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.term);
  });
});

describe('forEachWord and forEachWordSpan', () => {
  const words = (text: string) => {
    const out: [string, number, number][] = [];
    forEachWord(text, (w, start, end) => out.push([w, start, end]));
    return out;
  };
  it.each([
    ['Chile’s party', [["chile's", 0, 7], ['party', 8, 13]]],
    ['“Señora” Ñuñez — 2019…', [['señora', 1, 7], ['ñuñez', 9, 14], ['2019', 17, 21]]],
    // "İ" lower-cases to two characters: words are lower-cased one by one, offsets kept
    ['İstanbul’s Mayor', [["i̇stanbul's", 0, 10], ['mayor', 11, 16]]],
    ['a😀b 𝒳y', [['a', 0, 1], ['b', 3, 4], ['𝒳y', 5, 8]]],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  it('WordCursor stops at the end and stays there', () => {
    const c = new WordCursor('Two words.');
    const seen: [number, number][] = [];
    while (c.next()) seen.push([c.start, c.end]);
    expect(seen).toEqual([[0, 3], [4, 9]]);
    expect(c.next()).toBe(false);
  });

  it('spans are the words of tokenize, without a string per word (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'İ', '’', "'", '-', ' ', '\n', '😀', '“', '1') }), (text) => {
        const spans: string[] = [];
        forEachWordSpan(text, (src, start, end, folded) => {
          const w = src.slice(start, end);
          spans.push((folded ? w : w.toLowerCase()).replace(/’/g, "'"));
        });
        expect(spans).toEqual(tokenize(text).map((t) => t.term));
        expect(words(text).map(([w]) => w)).toEqual(spans);
      }),
    );
  });
});

describe('isContentTerm', () => {
  it.each([
    ['the', false],
    ['and', false],
    ['regime', true],
    ['2019', true],
    ['1500', true],
    ['15', false],
    ['x', false],
    ['12345', false],
    ['1x', true],
  ])('%s -> %s', (term, ok) => expect(isContentTerm(term)).toBe(ok));

  it('drops modals, negations and contractions, keeps content words', () => {
    for (const w of ['will', 'not', 'its', 'no', 'cannot', "won't", "don't", 'would']) expect(isContentTerm(w), w).toBe(false);
    for (const w of ['people', 'government', 'world', 'freedom', 'state', 'members', 'rights', 'new']) expect(isContentTerm(w), w).toBe(true);
  });

  it('leaves first names such as Will and May out of the function words the name heuristics use', () => {
    expect(FUNCTION_WORDS.has('will')).toBe(false);
    expect(FUNCTION_WORDS.has('may')).toBe(false);
    expect(FUNCTION_WORDS.has('the')).toBe(true);
  });
});

describe('countTerms', () => {
  it('counts content words and frequent two-word phrases, stop words removed', () => {
    const counts = new Map(countTerms('The resistance units grow. Resistance units act. The regime fears resistance.'));
    expect(counts.get('resistance')).toBe(3);
    expect(counts.get('resistance units')).toBe(2);
    expect(counts.has('the')).toBe(false);
    expect(counts.has('units grow')).toBe(false); // seen once
  });

  it('does not join words across punctuation', () => {
    expect(frequentBigrams('free Chile. Chile free. free Chile, Chile free', 1).has('chile chile')).toBe(false);
  });

  it('folds possessives so "regime\'s" counts as "regime"', () => {
    expect(new Map(countTerms('the party’s army and the party')).get('party')).toBe(2);
  });

  it('is sorted by count, then term', () => {
    const c = countTerms('bb, aa, bb, cc, aa, bb');
    expect(c).toEqual([['bb', 3], ['aa', 2], ['cc', 1]]);
  });
});

describe('tallyRanges', () => {
  it('tallies ranges from the same pass as the whole text', () => {
    const text = 'Free elections now. Free elections soon, free press.';
    const { whole, parts } = tallyRanges(text, [{ start: 0, end: 19 }, { start: 20, end: text.length }]);
    expect(whole.terms.get('free')).toBe(3);
    expect(parts[0]!.terms.get('free')).toBe(1);
    expect(parts[1]!.terms.get('free')).toBe(2);
    expect(parts[1]!.bigrams.get('free elections')).toBe(1);
  });
});

describe('contentTokens', () => {
  it('agrees with tokenize: the same words, stop words removed, possessives folded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const fast = contentTokens(text).map((t) => [t.term, t.start]);
        const slow = tokenize(text)
          .filter((t) => isContentTerm(t.term))
          .map((t) => [t.term.replace(/'s$/, ''), t.start]);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 500 },
    );
  });
});
