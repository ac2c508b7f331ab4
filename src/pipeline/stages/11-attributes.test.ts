import { describe, expect, it } from 'vitest';
import { classifyRole, computeProseAttributes, inferCountry, focusForProse } from './11-attributes';
import { findOrganisations, canonicalOrg, learnAliases } from '../nlp/orgs';

describe('classifyRole', () => {
  it.each([
    [['Swedish MP'], [], 'legislator'],
    [['Member of the Bundestag'], [], 'legislator'],
    [['former Colombian senator, and presidential candidate'], [], 'former-official'],
    [['British MP', 'former Secretary of State for Health'], [], 'legislator'],
    [['Deputy Director at the Department of Energy (2001-2004)'], [], 'former-official'],
    [['Italian Mayor'], [], 'local-politician'],
    [['Member of the General Council of the Radical Party'], [], 'local-politician'],
    [['Minister of Foreign Affairs'], [], 'government-official'],
    [['Adjunct Faculty at Some University'], [], 'academic'],
    [
      ['President-elect of the National Council of Resistance'],
      ['National Council of Resistance'],
      'organisation-leader',
    ],
    [['President of the Youth Association of Malta'], ['Youth Association of Malta'], 'community-representative'],
    [['member of the XYZ'], ['XYZ'], 'organisation-member'],
    [['human rights activist'], [], 'activist'],
    [['Poet from Austria'], [], 'activist'],
    [['athlete, Youth Association'], ['Youth Association'], 'community-representative'],
    [['Electrical Technician'], [], 'other'],
  ])('%j -> %s', (descriptors, orgs, role) => expect(classifyRole(descriptors, orgs, false, 'XYZ').role).toBe(role));

  it('a member of another organisation than the one the article centres on is not a movement member', () => {
    expect(classifyRole(['member of the ABC'], ['ABC'], false, 'XYZ').role).toBe('other');
    expect(classifyRole(['human rights activist, member of the ABC'], ['ABC'], false, 'XYZ').role).toBe('activist');
  });

  it('a community section makes an unexplained profession a community representative', () => {
    expect(classifyRole(['Electrical Technician'], [], true).role).toBe('community-representative');
  });
});

describe('inferCountry', () => {
  it.each([
    [['Swedish MP'], null, 'SE'],
    [['MP from San Marino'], null, 'SM'],
    [['President of the Chilean Youth Association of Malta'], null, 'MT'],
    [['representing the Chilean American Community of North Carolina'], null, 'US'],
    [['from the community in the UK'], null, 'GB'],
    [['Member of the Bundestag'], null, 'DE'],
    [['Member of the Flemish Parliament'], null, 'BE'],
    [['Chilean Women Association in Lyon'], null, 'FR'],
    [['Poet from Austria'], { code: 'GB', basis: 'supporters in England' }, 'AT'],
    [['Electrical Technician'], { code: 'CH', basis: 'supporters in Switzerland' }, 'CH'],
    [['Chilean student activist'], null, 'CL'],
    [['member of the Council for a Free Chile'], null, null],
    [['Electrical Technician'], null, null],
  ])('%j -> %s', (d, section, code) => expect(inferCountry(d, section, 'CL')?.code ?? null).toBe(code));
});

describe('organisations', () => {
  it.each([
    ['President of the Youth Association of Malta', ['Youth Association of Malta']],
    [
      'Deputy Director at the Department of Energy (2001-2004), US Special Envoy for Northern Ireland',
      ['Department of Energy'],
    ],
    [
      'Mechanical Engineer, Professor at the University of Oslo and Dean of the School of Engineering, Community of Bergen',
      // (a school is a body: "of Law School", "School of Engineering")
      ['University of Oslo', 'School of Engineering', 'Community of Bergen'],
    ],
    ['IT specialist, French Association for Democracy and Laicism', ['French Association for Democracy and Laicism']],
    ['Community of Texas, Dallas', ['Community of Texas']],
    ['XYZ member', ['XYZ']],
    ['Member of the General Council of the Radical Party', ['Radical Party']],
    ['Poet from Austria', []],
    ['G.P., Head of the Association of Democratic Women', ['Association of Democratic Women']],
    ['U.N. Secretary-General', ['UN']],
    // a company's name before a post in it; not a place, a nationality or a portfolio
    ['Zenbox CEO and Co-Founder', ['Zenbox']],
    ['Kettlewise Co-Founder and CEO', ['Kettlewise']],
    ["Norway's president", []],
    ['French Ambassador to Chile', []],
    ['Labor Secretary', []],
    ['Foreign Minister', []],
    // after a post in an organisation any capitalised name is the organisation, organisation word or not
    ['founder of Bright Path Forward, a group for young voters', ['Bright Path Forward']],
    // where someone works, after "at" and their occupation; not a place
    ['fund manager at Rhein Capital', ['Rhein Capital']],
    ['an engineer at Volta', ['Volta']],
    ['a teacher at Leeds', []],
    ['president of Kenya', []],
    // a name with its acronym in brackets
    ['Executive Secretary of the Global Water Compact (GWC)', ['Global Water Compact (GWC)']],
  ])('%s', (d, orgs) => expect(findOrganisations(d)).toEqual(orgs));

  it('one name for every spelling: table and aliases the article defines', () => {
    const aliases = learnAliases(
      'the Union of Free Reporters (UFR/FRU) said, and the National Union of Journalists (NUJ) agreed',
    );
    expect(canonicalOrg('UFR-FRU', aliases)).toBe('UFR/FRU');
    expect(canonicalOrg('FRU', aliases)).toBe('UFR/FRU');
    expect(canonicalOrg('Union of Free Reporters', aliases)).toBe('UFR/FRU');
    expect(canonicalOrg('National Union of Journalists’s (NUJ)', aliases)).toBe('NUJ');
    expect(canonicalOrg('United Nations', new Map())).toBe('UN');
    // (a body better known by its full name is written in full: "WHO director-general X")
    expect(canonicalOrg('WHO', new Map())).toBe('World Health Organization');
    expect(canonicalOrg('Lotus Association', new Map())).toBe('Lotus Association');
  });
});

describe('focusForProse: the fallback country of prose speakers with no evidence of their own', () => {
  const resolve = (f: string | null | (() => string | null)) => (typeof f === 'function' ? f() : f);
  it('an international gathering: the speakers placed come from elsewhere, so the host country is no fallback', () => {
    const placed = [['German delegate'], ['French minister'], ['Polish MP'], ['Italian senator'], ['Danish envoy']];
    expect(resolve(focusForProse([...placed, ['the moderator']], 'ES'))).toBeNull();
  });
  it('the focus stays when it is the country of at least a quarter of those placed', () => {
    const placed = [['Spanish senator'], ['French minister'], ['Polish MP'], ['Italian senator']];
    expect(resolve(focusForProse([...placed, ['the moderator']], 'ES'))).toBe('ES');
  });
  it('too few speakers placed to tell: the focus stays', () => {
    expect(resolve(focusForProse([['French minister'], ['Polish MP'], ['the host']], () => 'ES'))).toBe('ES');
  });
});

describe("computeProseAttributes: role words inside a civil body's name are no office", () => {
  const roleOf = (titles: string[]) =>
    computeProseAttributes(
      { key: 'k', name: 'Ann Lee', surfaces: new Set(), titles, section: null, firstLine: 0 },
      'doc',
      null,
      new Map(),
      titles.join('\n'),
    ).role;
  it.each<[string, string[], string]>([
    ['a member of a network named for justice', ['of the Coastal Justice Network'], 'organisation-member'],
    [
      'the director of an institute named for defence',
      ['director of the Peace and Defence Institute'],
      'organisation-leader',
    ],
    ['a ministry keeps its office', ['Minister of Justice'], 'government-official'],
  ])('%s', (_, titles, role) => expect(roleOf(titles)).toBe(role));
});
