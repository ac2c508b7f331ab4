/**
 * Roving tabindex (WAI-ARIA APG "Managing focus within components"): a group of items is
 * one Tab stop; arrow keys, Home and End move focus inside it. Pure index arithmetic; the
 * DOM side is the `roving` action in src/charts/roving.ts.
 */

/** Keys that move focus, and how: a step (wrapping at the ends) or a jump to an end. */
const MOVES: Readonly<Record<string, number | 'first' | 'last'>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * The index focus moves to when `key` is pressed on item `current` of `count`, or
 * undefined when the key does not move focus (so the caller leaves the event alone).
 * An unknown current item (-1) moves to the first item on any moving key but End.
 */
export function computeRovingIndex(key: string, current: number, count: number): number | undefined {
  const move = MOVES[key];
  if (move === undefined || count <= 0) return undefined;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  if (current < 0 || current >= count) return move > 0 ? 0 : count - 1;
  return (current + move + count) % count;
}

/**
 * The key of the item that carries tabindex 0: the last one focused while it is still
 * there, else the first. Undefined when there are no items (the group has no Tab stop).
 */
export function computeTabStop(keys: readonly string[], lastFocused: string | undefined): string | undefined {
  return lastFocused !== undefined && keys.includes(lastFocused) ? lastFocused : keys[0];
}

/** Enter and Space activate the focused item, as a click does. */
export const isActivationKey = (key: string): boolean => key === 'Enter' || key === ' ' || key === 'Spacebar';

/**
 * Where Tab goes inside a modal dialog's `count` focusable elements: the next one (the
 * previous with Shift), wrapping at the ends so focus never leaves the dialog. From
 * outside them (-1, e.g. the dialog itself) Tab goes to the first and Shift+Tab to the last.
 */
export function computeTrappedIndex(current: number, count: number, backwards: boolean): number | undefined {
  if (count <= 0) return undefined;
  if (current < 0 || current >= count) return backwards ? count - 1 : 0;
  return (current + (backwards ? -1 : 1) + count) % count;
}
