import { describe, expect, it } from 'vitest';
import { selectCities } from './buildCities';

const city = (name: string, country: string, population: number) => ({ name, country, population });

describe('selectCities: the large-city gazetteer', () => {
  it('keeps large cities by country, sorted, and drops small ones', () => {
    expect(
      selectCities([city('Zorvik', 'NO', 900_000), city('Aldmere', 'NO', 450_000), city('Tinytown', 'NO', 5_000)]),
    ).toEqual({
      NO: ['Aldmere', 'Zorvik'],
    });
  });
  it('drops a smaller city named by English words, and keeps a well-known one', () => {
    expect(
      selectCities([
        city('Reading', 'GB', 250_000),
        city('Harbour View', 'NZ', 300_000),
        city('Phoenix', 'US', 1_500_000),
      ]),
    ).toEqual({ US: ['Phoenix'] });
    expect(selectCities([city('Aldmere', 'NO', 250_000)])).toEqual({ NO: ['Aldmere'] });
  });
  it('drops a name that is also a common given name', () => {
    expect(selectCities([city('Charlotte', 'US', 900_000)])).toEqual({});
  });
  it('gives a shared name to the far larger city, and drops it when the two are comparable', () => {
    expect(selectCities([city('Portvale', 'IN', 3_000_000), city('Portvale', 'PK', 1_000_000)])).toEqual({
      IN: ['Portvale'],
    });
    expect(selectCities([city('Riverton', 'ES', 800_000), city('Riverton', 'VE', 1_000_000)])).toEqual({});
  });
  it('counts several districts of one name in one country once', () => {
    expect(selectCities([city('Eastfield', 'CN', 600_000), city('Eastfield', 'CN', 700_000)])).toEqual({
      CN: ['Eastfield'],
    });
  });
  it('skips names with punctuation the gazetteer cannot match', () => {
    expect(selectCities([city('Capital, D.C.', 'US', 700_000)])).toEqual({});
  });
});
