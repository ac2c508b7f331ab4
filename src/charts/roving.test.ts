// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { roving } from './roving';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A group of three buttons and one non-item, as a chart renders them (tabindex set by the caller). */
function group() {
  const node = document.createElement('div');
  node.innerHTML = `
    <span role="button" data-key="a" tabindex="0">A</span>
    <span data-key="inert">inert</span>
    <span role="button" data-key="b" tabindex="-1">B</span>
    <span role="button" data-key="c" tabindex="-1">C</span>`;
  document.body.append(node);
  const item = (k: string) => node.querySelector<HTMLElement>(`[data-key="${k}"]`)!;
  return { node, item };
}

const press = (el: Element, key: string) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  el.dispatchEvent(e);
  return e;
};

describe('roving', () => {
  it.each([
    ['ArrowDown', 'a', 'b'],
    ['ArrowRight', 'b', 'c'],
    ['ArrowUp', 'b', 'a'],
    ['ArrowLeft', 'a', 'c'],
    ['End', 'a', 'c'],
    ['Home', 'c', 'a'],
  ])('%s from %s focuses %s, skipping non-items, and reports it', (key, from, to) => {
    const { node, item } = group();
    const seen: (string | null)[] = [];
    const action = roving(node, { items: '[role="button"]', onfocus: (el) => seen.push(el?.getAttribute('data-key') ?? null) });
    item(from).focus();
    const e = press(item(from), key);
    expect(document.activeElement).toBe(item(to));
    expect(e.defaultPrevented).toBe(true);
    expect(seen.at(-1)).toBe(to);
    action.destroy?.();
  });

  it.each(['Enter', ' '])('"%s" clicks the focused item, once', (key) => {
    const { node, item } = group();
    const action = roving(node, { items: '[role="button"]' });
    const clicked = vi.fn();
    node.addEventListener('click', (e) => clicked((e.target as Element).getAttribute('data-key')));
    item('b').focus();
    expect(press(item('b'), key).defaultPrevented).toBe(true);
    expect(clicked.mock.calls).toEqual([['b']]);
    action.destroy?.();
  });

  it('leaves other keys and keys outside the items alone', () => {
    const { node, item } = group();
    const action = roving(node, { items: '[role="button"]' });
    item('a').focus();
    expect(press(item('a'), 'Tab').defaultPrevented).toBe(false);
    expect(press(item('inert'), 'ArrowDown').defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(item('a'));
    action.destroy?.();
  });

  it('reports null when focus leaves the group, and nothing after destroy', () => {
    const { node, item } = group();
    const outside = document.createElement('button');
    document.body.append(outside);
    const onfocus = vi.fn();
    const action = roving(node, { items: '[role="button"]', onfocus });
    item('c').focus();
    outside.focus();
    expect(onfocus.mock.calls.map(([el]) => el?.getAttribute('data-key') ?? null)).toEqual(['c', null]);
    action.destroy?.();
    item('a').focus();
    expect(onfocus).toHaveBeenCalledTimes(2);
  });
});
