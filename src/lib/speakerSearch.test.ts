import { describe, expect, it } from 'vitest';
import countries from 'world-countries';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { computeMasks } from './computeMasks';
import { buildIndex } from './corpusIndex';
import { COUNTRY_DEMONYMS } from './countryDemonyms';
import { EMPTY_FILTERS } from './filters';
import { foldText, speakerQueryTest, speakerSearchText } from './speakerSearch';

const corpus = smallCorpus();
// A Swede with no country words in name, titles, organisations or quotes, and an Ivorian.
corpus.speakers.push(
  { id: 's6', name: 'Sven Sixth', aliases: [], titles: ['MP'], role: 'legislator', country: 'SE', affiliations: [] },
  { id: 's7', name: 'Awa Seventh', aliases: [], titles: ['Deputy mayor'], role: 'local-politician', country: 'CI', affiliations: ['Université Félix Houphouët-Boigny'] },
);
const index = buildIndex(corpus);
const search = (text: string) => {
  const masks = computeMasks(index, { ...EMPTY_FILTERS, text });
  return index.speakers.filter((_, i) => masks[i] === 0).map((s) => s.id);
};

describe('search finds speakers by what they are, not only by name', () => {
  it.each([
    ['a role key', 'legislator', ['s6']],
    ['a role label', 'Government official', ['s1']],
    ['a role, part of the label', 'politician', ['s4', 's7']],
    ['a country name', 'sweden', ['s6']],
    ['a demonym', 'Swedish', ['s6']],
    ['a demonym, other case', 'FRENCH', ['s1', 's3']],
    ['a demonym of a renamed country', 'ivorian', ['s7']],
    ['a country name as the bar chart writes it', 'Ivory Coast', ['s7']],
    ['a title', 'minister', ['s1']],
    ['a title of two words', 'deputy mayor', ['s7']],
    ['an organisation', 'think tank', ['s2']],
    ['an alias', 'a. prime', ['s1']],
    ['a name', 'cleo', ['s3']],
    ['words from different fields, all required', 'french academic', ['s3']],
    ['words from different fields, in any order', 'legislator swedish', ['s6']],
    ['words that no one speaker has all of', 'swedish academic', []],
    ['diacritics ignored', 'universite felix', ['s7']],
    ['a quote', 'education', ['s3']],
    ['a quote, whatever the speaker', 'water', ['s1', 's2', 's4']],
    ['nothing', 'zanzibar', []],
  ])('%s: %j', (_n, text, ids) => expect(search(text)).toEqual(ids));

  it('a speaker with no country is not found by country words', () => {
    expect(speakerSearchText(corpus.speakers[3]!)).not.toMatch(/unspecified/);
  });
});

describe('speakerQueryTest', () => {
  it.each([
    ['côte', 'cote', true],
    ['Türkiye', 'turkiye', true],
    ['  swedish   mp ', 'sven\nmp\nswedish', true],
    ['', 'anything', false],
  ])('%j in %j → %s', (query, text, hit) => expect(speakerQueryTest(query)(foldText(text))).toBe(hit));
});

describe('COUNTRY_DEMONYMS', () => {
  it('matches world-countries cca2 → English demonym', () => {
    const expected = Object.fromEntries(countries.flatMap((c) => (c.demonyms?.eng?.m ? [[c.cca2, c.demonyms.eng.m]] : [])));
    expect(COUNTRY_DEMONYMS).toEqual(expected);
    expect(Object.keys(COUNTRY_DEMONYMS).length).toBeGreaterThan(240);
  });
});
