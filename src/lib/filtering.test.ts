import { describe, expect, it } from 'vitest';
import { Corpus } from '../corpus';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { computeMasks, passes } from './computeMasks';
import { computeSelection, computeSummary } from './computeSelection';
import { buildIndex } from './corpusIndex';
import { EMPTY_FILTERS, toggleFilter, type Filters } from './filters';

const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

describe('computeMasks + computeSelection', () => {
  it('the fixture is a valid corpus', () => expect(Corpus.safeParse(smallCorpus()).success).toBe(true));

  it.each<[string, Filters, string[]]>([
    ['no filter', f({}), ['s1', 's2', 's3', 's4', 's5']],
    ['one country', f({ country: ['FR'] }), ['s1', 's3']],
    ['countries OR-ed', f({ country: ['FR', 'GB'] }), ['s1', 's2', 's3']],
    ['unspecified country', f({ country: ['none'] }), ['s4']],
    ['role', f({ role: ['academic'] }), ['s2', 's3']],
    ['country AND role', f({ country: ['FR'], role: ['academic'] }), ['s3']],
    ['affiliation', f({ affiliation: ['Uni A'] }), ['s2', 's3']],
    ['affiliation by another spelling of it', f({ affiliation: ['uni-a'] }), ['s2', 's3']],
    ['event', f({ event: ['e2'] }), ['s1', 's3']],
    ['term in quotes', f({ term: ['water'] }), ['s1', 's2', 's4']],
    ['phrase term', f({ term: ['clean water'] }), ['s2']],
    ['text in a quote', f({ text: 'EDUCATION' }), ['s3']],
    ['text in a name or alias', f({ text: 'a. prime' }), ['s1']],
    ['nothing matches', f({ country: ['DE'], role: ['academic'] }), []],
  ])('%s', (_name, filters, ids) => {
    const index = buildIndex(smallCorpus());
    const sel = computeSelection(index, computeMasks(index, filters), filters);
    expect(sel.speakers.map((s) => s.id)).toEqual(ids);
  });

  it('each selection keeps its own quotes: a later one (with a buffer reused inside) leaves them as they were', () => {
    const index = buildIndex(smallCorpus());
    const select = (filters: Filters) => computeSelection(index, computeMasks(index, filters), filters).quotes;
    const fr = select(f({ country: ['FR'] }));
    const all = select(f({}));
    const gb = select(f({ country: ['GB'] }));
    expect([Array.from(fr), Array.from(all), Array.from(gb)]).toEqual([[0, 2, 3], [0, 1, 2, 3, 4], [1]]);
    expect(select(f({}))).toBe(all);
  });

  it('a chart ignoring its own facet still sees the other countries', () => {
    const index = buildIndex(smallCorpus());
    const filters = f({ country: ['FR'], role: ['academic'] });
    const sel = computeSelection(index, computeMasks(index, filters), filters, 'country');
    expect(sel.speakers.map((s) => s.id)).toEqual(['s2', 's3']);
  });

  it.each<[string, Filters, ReturnType<typeof computeSummary>]>([
    ['no filter: whole corpus, incl. documents without speakers', f({}), { documents: 4, events: 3, speakers: 5, countries: 3, quotes: 5 }],
    ['event only: that event’s documents', f({ event: ['e1'] }), { documents: 1, events: 1, speakers: 2, countries: 2, quotes: 2 }],
    ['country: documents and events of its speakers', f({ country: ['FR'] }), { documents: 2, events: 2, speakers: 2, countries: 1, quotes: 3 }],
    ['country + event: quotes limited to the event', f({ country: ['FR'], event: ['e2'] }), { documents: 1, events: 1, speakers: 2, countries: 1, quotes: 2 }],
    ['term: only quotes with the term', f({ term: ['water'] }), { documents: 3, events: 3, speakers: 3, countries: 2, quotes: 4 }],
  ])('summary, %s', (_name, filters, expected) => {
    const index = buildIndex(smallCorpus());
    expect(computeSummary(computeSelection(index, computeMasks(index, filters), filters))).toEqual(expected);
  });

  it.each<[string, Filters, string[], ReturnType<typeof computeSummary>]>([
    ['a word only in full text: speakers of documents with it', f({ term: ['summit'] }), ['s1', 's2'], { documents: 1, events: 1, speakers: 2, countries: 2, quotes: 2 }],
    ['a word in quotes and text', f({ term: ['education'] }), ['s1', 's3'], { documents: 1, events: 1, speakers: 2, countries: 1, quotes: 2 }],
  ])('full-text term filter, %s', (_name, filters, ids, summary) => {
    const index = buildIndex(smallCorpus());
    const sel = computeSelection(index, computeMasks(index, filters, 'document'), filters, undefined, 'document');
    expect(sel.speakers.map((s) => s.id)).toEqual(ids);
    expect(computeSummary(sel)).toEqual(summary);
  });

  it('does not mutate the corpus or the filters', () => {
    const corpus = smallCorpus();
    const before = structuredClone(corpus);
    const filters = Object.freeze(f({ country: Object.freeze(['FR']) as string[], text: 'water' }));
    const index = buildIndex(corpus);
    computeSelection(index, computeMasks(index, filters), filters);
    toggleFilter(filters, 'country', 'GB');
    expect(corpus).toEqual(before);
    expect(filters.country).toEqual(['FR']);
  });
});

describe('passes', () => {
  it.each([
    [0, undefined, true],
    [1, undefined, false],
    [1, 'country', true],
    [3, 'country', false],
  ] as const)('mask %i except %s → %s', (mask, except, ok) => expect(passes(mask, except)).toBe(ok));
});

describe('toggleFilter', () => {
  it.each<[string[], string, string[]]>([
    [[], 'FR', ['FR']],
    [['FR'], 'FR', []],
    [['FR'], 'GB', ['FR', 'GB']],
  ])('%j toggle %s → %j', (before, v, after) => expect(toggleFilter(f({ country: before }), 'country', v).country).toEqual(after));
});
