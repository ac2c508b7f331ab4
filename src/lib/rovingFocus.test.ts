import { describe, expect, it } from 'vitest';
import { computeRovingIndex, computeTabStop, computeTrappedIndex, isActivationKey } from './rovingFocus';

describe('computeRovingIndex', () => {
  it.each([
    ['ArrowRight moves to the next item', 'ArrowRight', 1, 5, 2],
    ['ArrowDown moves to the next item', 'ArrowDown', 1, 5, 2],
    ['ArrowLeft moves to the previous item', 'ArrowLeft', 3, 5, 2],
    ['ArrowUp moves to the previous item', 'ArrowUp', 3, 5, 2],
    ['the next of the last wraps to the first', 'ArrowRight', 4, 5, 0],
    ['the previous of the first wraps to the last', 'ArrowUp', 0, 5, 4],
    ['Home goes to the first', 'Home', 3, 5, 0],
    ['End goes to the last', 'End', 1, 5, 4],
    ['one item stays put', 'ArrowDown', 0, 1, 0],
    ['an unknown current item goes to the first going forward', 'ArrowDown', -1, 5, 0],
    ['an unknown current item goes to the last going back', 'ArrowLeft', -1, 5, 4],
    ['a current index past the end counts as unknown', 'ArrowRight', 9, 5, 0],
  ] as const)('%s', (_name, key, current, count, expected) => {
    expect(computeRovingIndex(key, current, count)).toBe(expected);
  });

  it.each([
    ['a letter', 'a', 1, 5],
    ['Tab (it leaves the group)', 'Tab', 1, 5],
    ['Enter (activation, not movement)', 'Enter', 1, 5],
    ['an empty group', 'ArrowDown', 0, 0],
  ] as const)('does not move on %s', (_name, key, current, count) => {
    expect(computeRovingIndex(key, current, count)).toBeUndefined();
  });
});

describe('computeTabStop', () => {
  it.each([
    ['the first item when none was focused', ['a', 'b', 'c'], undefined, 'a'],
    ['the last focused item while it is there', ['a', 'b', 'c'], 'c', 'c'],
    ['the first item once the focused one is gone', ['a', 'b'], 'c', 'a'],
    ['nothing in an empty group', [], 'a', undefined],
  ] as const)('%s', (_name, keys, last, expected) => {
    expect(computeTabStop(keys, last)).toBe(expected);
  });
});

describe('isActivationKey', () => {
  it.each([
    ['Enter', true],
    [' ', true],
    ['Escape', false],
    ['ArrowDown', false],
  ] as const)('%s → %s', (key, expected) => {
    expect(isActivationKey(key)).toBe(expected);
  });
});

describe('computeTrappedIndex', () => {
  it.each([
    ['Tab goes to the next element', 1, 4, false, 2],
    ['Shift+Tab goes to the previous element', 2, 4, true, 1],
    ['Tab on the last element wraps to the first', 3, 4, false, 0],
    ['Shift+Tab on the first element wraps to the last', 0, 4, true, 3],
    ['Tab from outside the elements goes to the first', -1, 4, false, 0],
    ['Shift+Tab from outside the elements goes to the last', -1, 4, true, 3],
    ['nothing to focus', 0, 0, false, undefined],
  ] as const)('%s', (_name, current, count, backwards, expected) => {
    expect(computeTrappedIndex(current, count, backwards)).toBe(expected);
  });
});
