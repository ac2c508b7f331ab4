import { describe, expect, it } from 'vitest';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { buildIndex } from './corpusIndex';
import { computePage, computeQuoteItemRows, computeQuoteRow, computeQuoteRows, mergeUnattributed, orderQuotes, quoteOrder, selectUnattributed, SPEAKER_NOT_NAMED } from './quoteRows';

const ids = (index: ReturnType<typeof buildIndex>, positions: ArrayLike<number>) => Array.from(positions, (p) => index.corpus.quotes[p]!.id);

describe('computeQuoteRow', () => {
  it('gives speaker, country, role, organisations, event, date, document and kind', () => {
    const c = smallCorpus();
    c.documents[0] = { ...c.documents[0]!, url: 'https://example.org/a' };
    const index = buildIndex(c);
    expect(computeQuoteRow(index, 1)).toEqual({
      position: 1,
      id: 'q2',
      speakerId: 's2',
      speaker: 'Ben Second',
      country: 'United Kingdom',
      role: 'Academic',
      organisations: 'Uni A; Think Tank',
      eventId: 'e1',
      event: 'Summit',
      date: '2021-03-01',
      quote: 'Clean water for every town.',
      kind: 'direct',
      documentId: 'd1',
      document: 'Title d1',
      url: 'https://example.org/a',
      start: c.quotes[1]!.start,
      end: c.quotes[1]!.end,
    });
  });

  it.each([
    ['an undated event has an empty date', 4, { date: '', event: 'Forum' }],
    ['a speaker without a country is Unspecified', 4, { country: 'Unspecified' }],
    ['a document without a URL has ""', 0, { url: '' }],
  ] as const)('%s', (_n, qi, expected) => expect(computeQuoteRow(buildIndex(smallCorpus()), qi)).toMatchObject(expected));

  it('reported speech keeps its kind', () => {
    const c = smallCorpus();
    c.quotes[2] = { ...c.quotes[2]!, kind: 'reported' };
    expect(computeQuoteRows(buildIndex(c), [2, 0]).map((r) => [r.id, r.kind])).toEqual([['q3', 'reported'], ['q1', 'direct']]);
  });

  it('an untitled document is named by its file', () => {
    const c = smallCorpus();
    c.documents[1] = { ...c.documents[1]!, title: '' };
    expect(computeQuoteRow(buildIndex(c), 2).document).toBe('d2.txt');
  });
});

describe('quoteOrder and orderQuotes', () => {
  it('orders by event date, undated last, then document and offset', () => {
    const c = smallCorpus();
    // put the undated forum's quote first in the corpus and reverse two quotes of one document
    c.quotes = [c.quotes[4]!, c.quotes[1]!, c.quotes[0]!, c.quotes[3]!, c.quotes[2]!];
    const index = buildIndex(c);
    expect(ids(index, quoteOrder(index))).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('orders a selection given in any order, and leaves it untouched', () => {
    const index = buildIndex(smallCorpus());
    const selected = Int32Array.from([4, 2, 0]);
    expect(ids(index, orderQuotes(index, selected))).toEqual(['q1', 'q3', 'q5']);
    expect(Array.from(selected)).toEqual([4, 2, 0]);
    expect(orderQuotes(index, [])).toHaveLength(0);
  });
});

describe('computePage', () => {
  it.each([
    ['first page', 120, 0, 50, { page: 0, pages: 3, from: 0, to: 50 }],
    ['last, partial page', 120, 2, 50, { page: 2, pages: 3, from: 100, to: 120 }],
    ['past the end clamps to the last page', 120, 9, 50, { page: 2, pages: 3, from: 100, to: 120 }],
    ['negative clamps to the first', 120, -1, 50, { page: 0, pages: 3, from: 0, to: 50 }],
    ['no items: one empty page', 0, 0, 50, { page: 0, pages: 1, from: 0, to: 0 }],
    ['exact multiple', 100, 1, 50, { page: 1, pages: 2, from: 50, to: 100 }],
  ] as const)('%s', (_n, count, page, size, expected) => expect(computePage(count, page, size)).toEqual(expected));
});

describe('quotes whose speaker is not named', () => {
  const withUnnamed = () => {
    const c = smallCorpus();
    c.unattributed = [
      { id: 'u1', documentId: 'd2', eventId: 'e2', start: 0, end: 4, text: 'Some' },
      { id: 'u2', documentId: 'd3', eventId: 'e3', start: 0, end: 4, text: 'Some' },
    ];
    return buildIndex(c);
  };
  const all = (index: ReturnType<typeof buildIndex>) => new Uint8Array(index.corpus.documents.length).fill(1);
  const only = (index: ReturnType<typeof buildIndex>, ...docs: number[]) => Uint8Array.from(index.corpus.documents, (_, i) => (docs.includes(i) ? 1 : 0));
  const F = { country: [], role: [], affiliation: [], event: [], term: [], text: '' };

  it.each([
    ['no filter: all of them', {}, 'all', ['u1', 'u2']],
    ['an event filter: those in its articles', { event: ['e2'] }, [1], ['u1']],
    ['a country filter: none (no speaker to match)', { country: ['GB'] }, 'all', []],
    ['a search: none', { text: 'ben' }, 'all', []],
    ['a term they contain', { term: ['some'] }, 'all', ['u1', 'u2']],
    ['a term they do not contain', { term: ['water'] }, 'all', []],
  ] as const)('%s', (_n, f, docs, expected) => {
    const index = withUnnamed();
    const flags = docs === 'all' ? all(index) : only(index, ...docs);
    const picked = selectUnattributed(index, flags, { ...F, ...f });
    expect(Array.from(picked, (u) => index.corpus.unattributed![u]!.id)).toEqual(expected);
  });

  it('are merged into reading order and marked as not named', () => {
    const index = withUnnamed();
    const merged = mergeUnattributed(index, orderQuotes(index, Int32Array.from(index.corpus.quotes.keys())), Int32Array.from([0, 1]));
    const rows = computeQuoteItemRows(index, merged);
    // e1 (2021-03-01), then e2, then the undated e3; an unnamed quote at the start of its article comes first in it
    expect(rows.map((r) => r.id)).toEqual(['q1', 'q2', 'u1', 'q3', 'q4', 'u2', 'q5']);
    expect(rows[2]).toMatchObject({ speaker: SPEAKER_NOT_NAMED, speakerId: '', country: '', event: 'Summit day two', date: '2021-03-02', document: 'Title d2' });
  });
});
