import { describe, expect, it } from 'vitest';
import { orderedPositions } from './orderedPositions';

const records = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map((id) => ({ id }));

describe('orderedPositions', () => {
  it.each<[string, string[], (number | undefined)[]]>([
    ['ids in record order', ['a', 'b', 'c'], [0, 1, 2]],
    ['ids in order with gaps', ['b', 'e', 'f', 'l'], [1, 4, 5, 11]],
    ['ids out of order', ['k', 'a', 'b', 'j'], [10, 0, 1, 9]],
    ['an id asked twice', ['c', 'c'], [2, 2]],
    ['an unknown id, then known ones', ['x', 'a', 'b'], [undefined, 0, 1]],
    ['a gap past the look-ahead', ['a', 'k', 'l'], [0, 10, 11]],
  ])('finds %s', (_name, ids, expected) => {
    const positionOf = orderedPositions(records);
    expect(ids.map(positionOf)).toEqual(expected);
  });

  it('finds nothing in no records', () => expect(orderedPositions([])('a')).toBeUndefined());
});
