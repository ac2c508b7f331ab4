import { describe, expect, it } from 'vitest';
import { computeCountryBars, MAX_COUNTRY_BARS } from './countryBars';

const counts = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `C${String(i).padStart(2, '0')}`, count: 100 - i }));

describe('computeCountryBars', () => {
  it.each([
    ['a bar a country when they fit', 3, [], 3, undefined],
    ['one more than fits: no fold for a single country', MAX_COUNTRY_BARS + 1, [], MAX_COUNTRY_BARS + 1, undefined],
    ['the rest folded into Other (n)', 30, [], MAX_COUNTRY_BARS + 1, 'Other (10)'],
    ['a selected country past the cut kept before Other, and not counted in it', 30, ['C25'], MAX_COUNTRY_BARS + 2, 'Other (9)'],
    ['two selected past the cut', 30, ['C25', 'C29'], MAX_COUNTRY_BARS + 3, 'Other (8)'],
    ['a selected country in the top N: Other as without it', 30, ['C03'], MAX_COUNTRY_BARS + 1, 'Other (10)'],
    ['every country past the cut selected: no empty Other', MAX_COUNTRY_BARS + 2, ['C20', 'C21'], MAX_COUNTRY_BARS + 2, undefined],
  ])('%s', (_, n, selected: string[], bars, other) => {
    const out = computeCountryBars(counts(n), selected);
    expect(out.length).toBe(bars);
    expect(out.find((b) => b.inert)?.label).toBe(other);
    for (const key of selected) expect(out.some((b) => b.key === key)).toBe(true);
  });

  it("folds into Other exactly the countries without a bar of their own, their counts summed", () => {
    const input = counts(30);
    const out = computeCountryBars(input, ['C25']);
    const shown = new Set(out.filter((b) => !b.inert).map((b) => b.key));
    const folded = input.filter((c) => !shown.has(c.key));
    expect(out.find((b) => b.inert)).toMatchObject({ label: `Other (${folded.length})`, count: folded.reduce((n, c) => n + c.count, 0) });
  });

  it('labels countries by name and code, and the unspecified ones as such', () => {
    expect(computeCountryBars([{ key: 'SE', count: 2 }, { key: 'none', count: 1 }]).map((b) => b.label)).toEqual(['Sweden (SE)', 'Unspecified']);
  });

  it('leaves its input as it was', () => {
    const input = Object.freeze(counts(30).map((c) => Object.freeze(c)));
    expect(() => computeCountryBars(input)).not.toThrow();
  });
});
