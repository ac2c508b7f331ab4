import { describe, expect, it } from 'vitest';
import { SLIP_MARGIN, spellingScore } from './nameSpelling';

describe('spellingScore: how name-like a spelling is', () => {
  it.each([
    ['Greta Lindqvist', 'Greta Lindqvsit'],
    ['Tomas Bergström', 'Tomas Bergsrtöm'],
    ['Helena Marquardt', 'Helena Marqaurdt'],
  ])('a typing slip scores clearly lower: %s over %s', (name, slip) =>
    expect(spellingScore(name) - spellingScore(slip)).toBeGreaterThan(SLIP_MARGIN),
  );
  it.each([
    ['Mohammed Ali', 'Mohamed Ali'],
    ['Katrin Holm', 'Catrin Holm'],
  ])('real variants score alike: %s, %s', (a, b) =>
    expect(Math.abs(spellingScore(a) - spellingScore(b))).toBeLessThan(SLIP_MARGIN),
  );
});
