import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type UrlState } from './urlState';

const s = (over: Partial<UrlState>, filters = {}): UrlState => ({ ...DEFAULT_URL_STATE, ...over, filters: { ...EMPTY_FILTERS, ...filters } });

describe('URL state', () => {
  it.each<[string, UrlState, string]>([
    ['default is an empty query', s({}), ''],
    ['one country', s({}, { country: ['FR'] }), '?country=FR'],
    ['repeated values keep commas', s({}, { affiliation: ['Acme, Inc.', 'B&C'] }), '?affiliation=Acme%2C+Inc.&affiliation=B%26C'],
    ['text and view options', s({ speaker: 's1', terms: 'document', split: 'country' }, { text: 'water rights' }), '?q=water+rights&speaker=s1&terms=document&split=country'],
    ['counting per article mention', s({ count: 'article' }, { event: ['e1'] }), '?event=e1&count=article'],
    ['facets in canonical order', s({}, { term: ['x'], country: ['FR'], event: ['e1'] }), '?country=FR&event=e1&term=x'],
  ])('%s', (_name, state, query) => {
    expect(formatUrlState(state)).toBe(query);
    expect(parseUrlState(query)).toEqual(state);
  });

  it.each<[string, UrlState]>([
    ['?terms=bogus&split=bogus&count=bogus', s({})],
    ['?count=event', s({})],
    ['?country=&country=FR&country=FR', s({}, { country: ['FR'] })],
    ['?unknown=1', s({})],
    ['?term=Party%E2%80%99s&term=party&term=Water+Rights', s({}, { term: ['party', 'water rights'] })],
    ['?term=the', s({}, { term: ['the'] })],
  ])('normalises %s', (query, state) => expect(parseUrlState(query)).toEqual(state));
});
