import { describe, expect, it } from 'vitest';
import countries from 'world-countries';
import { COUNTRY_NAMES } from './countryNames';
import { countryLabel, countryName, UNSPECIFIED } from './countryName';

describe('COUNTRY_NAMES', () => {
  it('matches world-countries cca2 → common name', () => {
    const expected = Object.fromEntries(countries.map((c) => [c.cca2, c.name.common]));
    expect(COUNTRY_NAMES).toEqual(expected);
  });
});

describe('countryName', () => {
  it.each([
    ['FR', 'France'],
    ['GB', 'United Kingdom'],
    [null, 'Unspecified'],
    [UNSPECIFIED, 'Unspecified'],
    ['ZZ', 'ZZ'],
  ])('%s → %s', (code, name) => expect(countryName(code)).toBe(name));

  it.each([
    ['FR', 'France (FR)'],
    [null, 'Unspecified'],
  ])('label %s → %s', (code, label) => expect(countryLabel(code)).toBe(label));
});
