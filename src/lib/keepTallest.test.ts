import { describe, expect, it } from 'vitest';
import { keepTallest } from './keepTallest';

describe('keepTallest', () => {
  it.each([
    ['grows with its content', [[200, 'w'], [260, 'w']], [200, 260]],
    ['keeps its height when the content shrinks', [[260, 'w'], [120, 'w'], [180, 'w']], [260, 260, 260]],
    ['starts again under a new key', [[260, 'w'], [120, 'narrow'], [140, 'narrow']], [260, 120, 140]],
    ['ignores a box not laid out', [[0, 'w'], [300, 'w'], [0, 'w']], [0, 300, 300]],
    ['an old key again is a new start', [[300, 'a'], [100, 'b'], [90, 'a']], [300, 100, 90]],
  ] as const)('%s', (_name, calls, expected) => {
    const tallest = keepTallest<string>();
    expect(calls.map(([h, k]) => tallest(h, k))).toEqual(expected);
  });
});
