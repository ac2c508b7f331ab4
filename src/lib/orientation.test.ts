import { describe, expect, it } from 'vitest';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { describeCorpus, formatCorpusExtent, type CorpusExtent } from './describeCorpus';
import { EMPTY_FILTERS, type Filters } from './filters';
import { formatPageTitle } from './pageTitle';

describe('describeCorpus', () => {
  it('counts articles, events, undated events, the date range and outlets', () => {
    const c = smallCorpus();
    c.documents[0] = { ...c.documents[0]!, outlet: 'Daily' };
    c.documents[1] = { ...c.documents[1]!, outlet: 'Weekly' };
    c.documents[2] = { ...c.documents[2]!, outlet: ' Daily ' };
    expect(describeCorpus(c)).toEqual({ articles: 4, events: 3, undated: 1, from: '2021-03-01', to: '2021-03-02', outlets: ['Daily', 'Weekly'] });
  });
  it('handles a corpus whose events are all undated, and one with nothing', () => {
    const c = smallCorpus();
    expect(describeCorpus({ documents: c.documents, events: c.events.map((e) => ({ ...e, date: null })) })).toMatchObject({ undated: 3, from: null, to: null });
    expect(describeCorpus({ documents: [], events: [] })).toEqual({ articles: 0, events: 0, undated: 0, from: null, to: null, outlets: [] });
  });
});

describe('formatCorpusExtent', () => {
  const x = (over: Partial<CorpusExtent>): CorpusExtent => ({ articles: 12, events: 4, undated: 0, from: '2021-03-01', to: '2022-12-03', outlets: [], ...over });
  it.each<[string, CorpusExtent, string]>([
    ['no outlets recorded', x({}), '12 articles (outlets not recorded) about 4 events, 2021-03-01 to 2022-12-03'],
    ['outlets named, some left out', x({ outlets: ['A', 'B', 'C', 'D'] }), '12 articles from 4 outlets (A, B, C, …) about 4 events, 2021-03-01 to 2022-12-03'],
    ['one outlet, one day', x({ articles: 1, events: 1, outlets: ['A'], to: '2021-03-01' }), '1 article from 1 outlet (A) about 1 event, 2021-03-01'],
    ['some undated', x({ undated: 1 }), '12 articles (outlets not recorded) about 4 events, 2021-03-01 to 2022-12-03, 1 undated'],
    ['all undated', x({ undated: 4, from: null, to: null }), '12 articles (outlets not recorded) about 4 events, all undated'],
  ])('%s', (_n, extent, line) => expect(formatCorpusExtent(extent)).toBe(line));
});

describe('formatPageTitle', () => {
  const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });
  it.each<[string, Filters, number, string]>([
    ['no filter: the corpus', f({}), 67, 'corpus.json – Podium'],
    ['a country', f({ country: ['SE'] }), 7, 'Country: Sweden (SE) · 7 speakers – Podium'],
    ['values OR-ed, facets AND-ed', f({ country: ['SE', 'NO'], role: ['legislator'] }), 1, 'Country: Sweden (SE) or Norway (NO) · Role: legislator · 1 speaker – Podium'],
    ['search text', f({ text: 'swedish' }), 7, 'Text: “swedish” · 7 speakers – Podium'],
  ])('%s', (_n, filters, speakers, title) => expect(formatPageTitle(filters, speakers, 'corpus.json')).toBe(title));
});
