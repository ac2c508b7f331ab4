import { describe, expect, it } from 'vitest';
import { classifyRole, inferCountry } from './06-attributes';
import { findOrganisations, canonicalOrg, learnAliases } from './orgs';

describe('classifyRole', () => {
  it.each([
    [['Swedish MP'], [], 'legislator'],
    [['Member of the German Bundestag'], [], 'legislator'],
    [['former Colombian senator, and presidential candidate'], [], 'former-official'],
    [['British MP', 'former Secretary of State for Health'], [], 'legislator'],
    [['Director of Policy Planning at the Department of State (2003-2005)'], [], 'former-official'],
    [['Italian Mayor'], [], 'local-politician'],
    [['Member of the General Council of the Radical Party'], [], 'local-politician'],
    [['Minister of Foreign Affairs'], [], 'government-official'],
    [['Adjunct Faculty at Some University'], [], 'academic'],
    [['President-elect of the National Council of Resistance'], ['National Council of Resistance'], 'organisation-leader'],
    [['President of the Youth Association of Luxembourg'], ['Youth Association of Luxembourg'], 'community-representative'],
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
    [['President of the Iranian Youth Association of Luxembourg'], null, 'LU'],
    [['representing the Iranian American Community of North Texas'], null, 'US'],
    [['from the community in the UK'], null, 'GB'],
    [['Member of the German Bundestag'], null, 'DE'],
    [['Member of the Brussels Francophone Parliament'], null, 'BE'],
    [['Iranian Women Association in Paris'], null, 'FR'],
    [['Poet from Austria'], { code: 'GB', basis: 'supporters in England' }, 'AT'],
    [['Electrical Technician'], { code: 'CH', basis: 'supporters in Switzerland' }, 'CH'],
    [['Iranian Kurdish activist'], null, 'IR'],
    [['member of the Council of Resistance of Iran'], null, null],
    [['Electrical Technician'], null, null],
  ])('%j -> %s', (d, section, code) => expect(inferCountry(d, section, 'IR')?.code ?? null).toBe(code));
});

describe('organisations', () => {
  it.each([
    ['President of the Youth Association of Luxembourg', ['Youth Association of Luxembourg']],
    ['Director of Policy Planning at the Department of State (2003-2005), US Special Envoy for Northern Ireland', ['Department of State']],
    ['Mechanical Engineer, Professor at the University of Connecticut and Dean of the School of Engineering, Community of Connecticut', ['University of Connecticut', 'Community of Connecticut']],
    ['IT specialist, French Association for Democracy and Laicism', ['French Association for Democracy and Laicism']],
    ['Community of Texas, Dallas', ['Community of Texas']],
    ['XYZ member', ['XYZ']],
    ['Member of the General Council of the Radical Party', ['Radical Party']],
    ['Poet from Austria', []],
  ])('%s', (d, orgs) => expect(findOrganisations(d)).toEqual(orgs));

  it('one name for every spelling: table and aliases the article defines', () => {
    const aliases = learnAliases('the Union of Free Reporters (UFR/FRU) said, and the National Council of Resistance of Iran (NCRI) agreed');
    expect(canonicalOrg('UFR-FRU', aliases)).toBe('UFR/FRU');
    expect(canonicalOrg('FRU', aliases)).toBe('UFR/FRU');
    expect(canonicalOrg('Union of Free Reporters', aliases)).toBe('UFR/FRU');
    expect(canonicalOrg('National Council of Resistance of Iran’s (NCRI)', aliases)).toBe('NCRI');
    expect(canonicalOrg('United Nations', new Map())).toBe('UN');
    expect(canonicalOrg('Saba Association', new Map())).toBe('Saba Association');
  });
});
