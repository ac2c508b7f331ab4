import { describe, expect, it } from 'vitest';
import { computeOrganisationNames, organisationKey } from './organisationNames';

describe('organisationKey', () => {
  it.each<[string, string]>([
    ['Iranian Community of Sweden', 'iranian community of sweden'],
    ['  Iranian   community of  Sweden ', 'iranian community of sweden'],
    ['U.N.', 'un'],
    ['Women’s Association', 'womens association'],
    ["Women's Association", 'womens association'],
    ['Iranian-French Association', 'iranian french association'],
    ['The White House', 'white house'],
    ['Médecins Sans Frontières', 'medecins sans frontieres'],
    ['Arts & Letters Society', 'arts and letters society'],
    ['PMOI/MEK', 'pmoi mek'],
    ['Theatre Guild', 'theatre guild'],
  ])('%s → %s', (name, key) => expect(organisationKey(name)).toBe(key));
});

describe('computeOrganisationNames', () => {
  const table = [
    { name: 'UN', aliases: ['United Nations', 'U.N.'] },
    { name: 'PMOI/MEK', aliases: ["People's Mojahedin Organization of Iran", 'MEK'] },
  ];

  it.each<[string, string[], Record<string, number>, Record<string, string>]>([
    ['distinct names stay apart', ['Red Cross', 'Blue Cross'], {}, { 'Red Cross': 'Red Cross', 'Blue Cross': 'Blue Cross' }],
    [
      'case and spacing variants are one, named by the most used',
      ['Iranian community of Sweden', 'Iranian Community of Sweden', 'Iranian  Community of Sweden'],
      { 'Iranian community of Sweden': 3, 'Iranian Community of Sweden': 1 },
      { 'Iranian community of Sweden': 'Iranian community of Sweden', 'Iranian Community of Sweden': 'Iranian community of Sweden', 'Iranian  Community of Sweden': 'Iranian community of Sweden' },
    ],
    [
      'a tie goes to the capitalised spelling',
      ['iranian community of ireland', 'Iranian Community of Ireland'],
      {},
      { 'iranian community of ireland': 'Iranian Community of Ireland', 'Iranian Community of Ireland': 'Iranian Community of Ireland' },
    ],
    ['punctuation variants are one', ['Iranian-French Association', 'Iranian French Association'], { 'Iranian French Association': 2 }, { 'Iranian-French Association': 'Iranian French Association', 'Iranian French Association': 'Iranian French Association' }],
    [
      'alias-table spellings take the table name, even when used more',
      ['United Nations', 'U.N', 'MEK', "People’s Mojahedin Organization of Iran"],
      { 'United Nations': 9 },
      { 'United Nations': 'UN', 'U.N': 'UN', MEK: 'PMOI/MEK', "People’s Mojahedin Organization of Iran": 'PMOI/MEK' },
    ],
    ['a near name is not merged', ['Iranian Youth Association', 'Iranian Youths Association'], {}, { 'Iranian Youth Association': 'Iranian Youth Association', 'Iranian Youths Association': 'Iranian Youths Association' }],
    ['a name of punctuation only keeps itself', ['—', '...'], {}, { '—': '—', '...': '...' }],
    ['no names', [], {}, {}],
  ])('%s', (_name, names, uses, expected) => {
    const out = computeOrganisationNames(names, table, new Map(Object.entries(uses)));
    expect(Object.fromEntries(out)).toEqual(expected);
  });

  it('does not change its inputs', () => {
    const names = ['UN', 'United Nations'];
    const aliases = [{ name: 'UN', aliases: ['United Nations'] }];
    const copy = structuredClone(aliases);
    computeOrganisationNames(names, aliases);
    expect(names).toEqual(['UN', 'United Nations']);
    expect(aliases).toEqual(copy);
  });
});
