import { describe, expect, it } from 'vitest';
import { computeCountryBars, MAX_COUNTRY_BARS } from './countryBars';

const counts = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `C${String(i).padStart(2, '0')}`, count: 100 - i }));

describe('computeCountryBars', () => {
  it.each([
    ['a bar a country when they fit', 3, [], 3, undefined],
    ['one more than fits: no fold for a single country', MAX_COUNTRY_BARS + 1, [], MAX_COUNTRY_BARS + 1, undefined],
    ['the rest folded into Other (n)', 30, [], MAX_COUNTRY_BARS + 1, 'Other (10)'],
    ['a selected country past the cut kept before Other', 30, ['C25'], MAX_COUNTRY_BARS + 2, 'Other (10)'],
  ])('%s', (_, n, selected: string[], bars, other) => {
    const out = computeCountryBars(counts(n), selected);
    expect(out.length).toBe(bars);
    expect(out.find((b) => b.inert)?.label).toBe(other);
    for (const key of selected) expect(out.some((b) => b.key === key)).toBe(true);
  });

  it('labels countries by name and code, and the unspecified ones as such', () => {
    expect(computeCountryBars([{ key: 'SE', count: 2 }, { key: 'none', count: 1 }]).map((b) => b.label)).toEqual(['Sweden (SE)', 'Unspecified']);
  });

  it('leaves its input as it was', () => {
    const input = Object.freeze(counts(30).map((c) => Object.freeze(c)));
    expect(() => computeCountryBars(input)).not.toThrow();
  });
});
