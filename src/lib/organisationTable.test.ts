import { describe, expect, it } from 'vitest';
import { buildOrganisationTable, countOrganisations, organisationName, speakersInOrganisations } from './organisationTable';
import { searchOrganisations } from './searchOrganisations';

const aliases = [{ name: 'PMOI/MEK', aliases: ["People's Mojahedin Organization of Iran", 'MEK', 'PMOI'] }];
const speakers = [
  { affiliations: ['Iranian Community of Sweden', 'PMOI'] },
  { affiliations: ['Iranian community of Sweden'] },
  { affiliations: ['MEK', 'PMOI'] },
  { affiliations: [] },
  { affiliations: ['Saba Association'] },
  { affiliations: ['Association of Iranian Democratic Women'] },
];
const table = buildOrganisationTable(speakers, aliases);
const all = Uint8Array.from(speakers, () => 1);

describe('organisationTable', () => {
  it('merges variants and counts a speaker once per organisation', () => {
    expect(countOrganisations(table, all)).toEqual([
      { key: 'Iranian Community of Sweden', count: 2 },
      { key: 'PMOI/MEK', count: 2 },
      { key: 'Association of Iranian Democratic Women', count: 1 },
      { key: 'Saba Association', count: 1 },
    ]);
  });

  it('counts only selected speakers and keeps organisations with none', () => {
    expect(countOrganisations(table, Uint8Array.from([0, 1, 0, 1, 1, 0]))).toEqual([
      { key: 'Iranian Community of Sweden', count: 1 },
      { key: 'Saba Association', count: 1 },
      { key: 'Association of Iranian Democratic Women', count: 0 },
      { key: 'PMOI/MEK', count: 0 },
    ]);
  });

  it.each<[string, string[], number[]]>([
    ['one organisation by its shown name', ['PMOI/MEK'], [1, 0, 1, 0, 0, 0]],
    ['by a spelling (an old link)', ['Iranian community of Sweden'], [1, 1, 0, 0, 0, 0]],
    ['several are OR-ed', ['PMOI/MEK', 'Saba Association'], [1, 0, 1, 0, 1, 0]],
    ['by a spelling only the alias table has', ["People’s Mojahedin Organization of Iran"], [1, 0, 1, 0, 0, 0]],
    ['by a spelling folding to a known one', ['saba-association'], [0, 0, 0, 0, 1, 0]],
    ['an unknown name matches nobody', ['Nobody Inc'], [0, 0, 0, 0, 0, 0]],
  ])('filters speakers: %s', (_name, values, flags) => {
    expect([...speakersInOrganisations(table, values)]).toEqual(flags);
  });

  it('leaves out organisations with none when asked', () => {
    expect(countOrganisations(table, Uint8Array.from([0, 1, 0, 1, 1, 0]), false).map((c) => c.key)).toEqual(['Iranian Community of Sweden', 'Saba Association']);
  });

  it('names a filter value by its organisation', () => {
    expect(organisationName(table, 'MEK')).toBe('PMOI/MEK');
    expect(organisationName(table, 'Unknown')).toBe('Unknown');
  });
});

describe('searchOrganisations', () => {
  const counts = countOrganisations(table, all);
  it.each<[string, string, string[]]>([
    ['empty query lists all, most speakers first', '', ['Iranian Community of Sweden', 'PMOI/MEK', 'Association of Iranian Democratic Women', 'Saba Association']],
    ['a name start ranks before a word start, then most speakers', 'iran', ['Iranian Community of Sweden', 'PMOI/MEK', 'Association of Iranian Democratic Women']],
    ['case and punctuation are folded', 'SABA-assoc', ['Saba Association']],
    ['a word inside the name', 'democratic', ['Association of Iranian Democratic Women']],
    ['part of a word', 'ociation', ['Association of Iranian Democratic Women', 'Saba Association']],
    ['a spelling the corpus uses finds its organisation', 'mek', ['PMOI/MEK']],
    ['a spelling only the alias table has', 'mojahedin', ['PMOI/MEK']],
    ['no match', 'zzz', []],
  ])('%s', (_name, query, expected) => {
    expect(searchOrganisations(table, counts, query).items.map((c) => c.key)).toEqual(expected);
  });

  it('caps the list and reports the total', () => {
    const r = searchOrganisations(table, counts, 'a', 2);
    expect(r.items).toHaveLength(2);
    expect(r.total).toBe(4);
  });
});
