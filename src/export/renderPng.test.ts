import { describe, expect, it } from 'vitest';
import { fitPixelRatio } from './renderPng';

describe('fitPixelRatio', () => {
  it.each([
    ['an ordinary chart keeps 2×', 800, 500, 2, 2],
    ['1× stays 1×', 800, 500, 1, 1],
    ['a very wide chart is scaled to 16,384 px', 10_000, 300, 2, 1.6384],
    ['a very tall chart is scaled to 16,384 px', 300, 16_384, 2, 1],
    ['a huge area is scaled to 16.7 Mpx', 4_000, 4_000, 2, Math.sqrt(16_777_216) / 4_000],
  ])('%s', (_, w, h, requested, expected) => {
    expect(fitPixelRatio(w, h, requested)).toBeCloseTo(expected, 6);
  });
});
