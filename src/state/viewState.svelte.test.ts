// @vitest-environment happy-dom
// Readers of one part of the view state re-run only when that part changes.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { ViewState } from './viewState.svelte';

/** How many times a `$derived` of `read(view)` ran while `act` changed the view. */
function runsOf(read: (v: ViewState) => unknown, act: (v: ViewState) => void): number {
  const v = new ViewState('?country=FR');
  let runs = 0;
  const value = $derived.by(() => {
    runs++;
    return read(v);
  });
  const cleanup = $effect.root(() => {
    $effect(() => void value);
  });
  flushSync();
  expect(runs).toBe(1);
  act(v);
  flushSync();
  cleanup();
  return runs - 1;
}

describe('ViewState readers', () => {
  it.each<[string, (v: ViewState) => unknown, (v: ViewState) => void, number]>([
    ['the split, on a filter click', (v) => v.split, (v) => v.toggle('role', 'academic'), 0],
    ['the count mode, on a filter click', (v) => v.count, (v) => v.toggle('country', 'GB'), 0],
    ['the term source, on opening a speaker', (v) => v.terms, (v) => v.openSpeaker('s1'), 0],
    ['the filters, on the split toggle', (v) => v.filters, (v) => v.setSplit('country'), 0],
    ['the split, on the split toggle', (v) => v.split, (v) => v.setSplit('country'), 1],
    ['the filters, on a filter click', (v) => v.filters, (v) => v.toggle('country', 'GB'), 1],
  ])('%s', (_name, read, act, runs) => {
    expect(runsOf(read, act)).toBe(runs);
  });
});
