import { describe, expect, it } from 'vitest';
import { ViewState } from './viewState.svelte';

describe('ViewState', () => {
  it.each<[string, string, (v: ViewState) => void, string, boolean]>([
    ['toggling a country adds a history entry', '', (v) => v.toggle('country', 'FR'), '?country=FR', false],
    ['toggling it again removes it', '?country=FR', (v) => v.toggle('country', 'FR'), '', false],
    ['a second value of a facet', '?country=FR', (v) => v.toggle('country', 'GB'), '?country=FR&country=GB', false],
    ['typing replaces the entry', '', (v) => v.setText('water'), '?q=water', true],
    ['clear keeps view options', '?role=academic&split=country', (v) => v.clear(), '?split=country', false],
    ['opening a speaker', '?country=FR', (v) => v.openSpeaker('s1'), '?country=FR&speaker=s1', false],
    ['back/forward adopts the URL without a new entry', '?country=FR', (v) => v.applySearch('?role=academic'), '?role=academic', true],
  ])('%s', (_name, start, act, search, replace) => {
    const v = new ViewState(start);
    const before = v.filters;
    act(v);
    expect(v.search).toBe(search);
    expect(v.replaceHistory).toBe(replace);
    if (v.filters !== before) expect(before).toEqual(new ViewState(start).filters); // old state not mutated
  });
});
