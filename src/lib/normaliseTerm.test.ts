import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, normaliseTerm, normaliseTermQuery } from './normaliseTerm';

describe('normaliseTerm', () => {
  it.each([
    ['the', null],
    ['and', null],
    ['regime', 'regime'],
    ['Regime', 'regime'],
    ['2019', '2019'],
    ['1500', '1500'],
    ['15', null],
    ['x', null],
    ['12345', null],
    ['1x', '1x'],
    ['party’s', 'party'],
    ["Party's", 'party'],
    ["it's", null],
    ["x's", null],
    ['co-founder', 'co-founder'],
    ["O'Neill", "o'neill"],
    ['U.S.', null],
    ['5,000', null],
    ['-', null],
    ['tyrant!', null],
  ])('%s -> %s', (word, term) => expect(normaliseTerm(word)).toBe(term));

  it('drops modals, negations and contractions, keeps content words', () => {
    for (const w of ['will', 'not', 'its', 'no', 'cannot', "won't", 'don’t', 'would', "can't"])
      expect(normaliseTerm(w), w).toBeNull();
    for (const w of ['people', 'government', 'world', 'freedom', 'state', 'members', 'rights', 'new'])
      expect(normaliseTerm(w), w).toBe(w);
  });

  it('leaves first names such as Will and May out of the function words the name heuristics use', () => {
    expect(FUNCTION_WORDS.has('will')).toBe(false);
    expect(FUNCTION_WORDS.has('may')).toBe(false);
    expect(FUNCTION_WORDS.has('the')).toBe(true);
  });
});

describe('normaliseTermQuery', () => {
  it.each([
    ['Water', 'water'],
    ['  Water   Rights ', 'water rights'],
    ['“party’s”', 'party'],
    ['water, rights.', 'water rights'],
    ['the', null],
    ['state of emergency', null],
    ['one two three', null],
    ['', null],
  ])('%j -> %s', (typed, term) => expect(normaliseTermQuery(typed)).toBe(term));
});
