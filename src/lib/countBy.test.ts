import { describe, expect, it } from 'vitest';
import { countBy } from './countBy';

describe('countBy', () => {
  it.each([
    [[], []],
    [['a'], [{ key: 'a', count: 1 }]],
    [['b', 'a', 'b'], [{ key: 'b', count: 2 }, { key: 'a', count: 1 }]],
    [['b', 'a'], [{ key: 'a', count: 1 }, { key: 'b', count: 1 }]],
  ])('counts %j', (input, expected) => {
    expect(countBy(input as string[], (x) => x)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const input = Object.freeze(['x', 'y']);
    expect(() => countBy(input, (x) => x)).not.toThrow();
  });
});
