import { describe, expect, it } from 'vitest';
import { encodeTerms } from '../corpus';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { computeEventStacks, OTHER_SERIES } from './computeEventStacks';
import { buildIndex } from './corpusIndex';
import { byAffiliation, byCountry, byRole, capCounts, countSpeakers, OTHER } from './countSpeakers';
import { describeFilters } from './describeFilters';
import { countSelectedAffiliations, countSelectedBy } from './speakerKeyIds';
import { EMPTY_FILTERS } from './filters';
import { roleLabel } from './roleLabel';
import { sumSelectedTerms, sumTerms } from './termTable';

const corpus = smallCorpus();

describe('countSpeakers', () => {
  it.each([
    ['country, with Unspecified', byCountry, [{ key: 'FR', count: 2 }, { key: 'DE', count: 1 }, { key: 'GB', count: 1 }, { key: 'none', count: 1 }]],
    ['role', byRole, [{ key: 'academic', count: 2 }, { key: 'activist', count: 1 }, { key: 'government-official', count: 1 }, { key: 'local-politician', count: 1 }]],
    ['affiliation (a speaker counts once per organisation)', byAffiliation, [{ key: 'Uni A', count: 2 }, { key: 'Ministry', count: 1 }, { key: 'Think Tank', count: 1 }]],
  ] as const)('by %s', (_n, key, expected) => expect(countSpeakers(corpus.speakers, key)).toEqual(expected));
});

describe('countSelectedBy', () => {
  const index = buildIndex(corpus);
  it.each([
    ['country, everyone', 'country', [1, 1, 1, 1, 1], countSpeakers(corpus.speakers, byCountry)],
    ['role, everyone', 'role', [1, 1, 1, 1, 1], countSpeakers(corpus.speakers, byRole)],
    ['country, some', 'country', [1, 0, 1, 1, 0], [{ key: 'FR', count: 2 }, { key: 'none', count: 1 }]],
    ['nobody', 'role', [0, 0, 0, 0, 0], []],
  ] as const)('%s', (_n, key, flags, expected) => expect(countSelectedBy(index, Uint8Array.from(flags), key)).toEqual(expected));
});

describe('countSelectedAffiliations', () => {
  const index = buildIndex(corpus);
  it.each([
    ['everyone: same as countSpeakers by affiliation', [1, 1, 1, 1, 1], countSpeakers(corpus.speakers, byAffiliation)],
    ['some', [0, 1, 0, 1, 1], [{ key: 'Think Tank', count: 1 }, { key: 'Uni A', count: 1 }]],
  ] as const)('%s', (_n, flags, expected) => expect(countSelectedAffiliations(index, Uint8Array.from(flags))).toEqual(expected));
});

describe('capCounts', () => {
  const c = (...ns: number[]) => ns.map((count, i) => ({ key: `k${i}`, count }));
  it.each([
    ['short lists unchanged', c(3, 2, 1), 2, [], c(3, 2, 1)],
    ['rest folded into other', c(5, 4, 3, 2), 2, [], [...c(5, 4), { key: OTHER, count: 5 }]],
    ['a kept key survives', c(5, 4, 3, 2), 2, ['k3'], [...c(5, 4), { key: 'k3', count: 2 }, { key: OTHER, count: 3 }]],
    ['every key past the cut kept: no empty other', c(5, 4, 3, 2), 2, ['k2', 'k3'], c(5, 4, 3, 2)],
  ] as const)('%s', (_n, counts, n, keep, expected) => expect(capCounts(counts, n, keep)).toEqual(expected));
});

describe('computeEventStacks', () => {
  const index = buildIndex(corpus);
  const all = new Uint8Array(index.speakers.length).fill(1);
  it('splits distinct speakers per event by role, dated events by date, undated apart', () => {
    const r = computeEventStacks(index, all, 'role');
    expect(r.series).toEqual(['academic', 'government-official', 'activist', 'local-politician']);
    expect(r.dated.map((s) => [s.event.id, s.total, s.values])).toEqual([
      ['e1', 2, [1, 1, 0, 0]],
      ['e2', 2, [1, 1, 0, 0]],
    ]);
    expect(r.undated.map((s) => [s.event.id, s.total, s.values])).toEqual([['e3', 2, [0, 0, 1, 1]]]);
  });
  it('folds rare series into other and splits by country', () => {
    const r = computeEventStacks(index, all, 'country', 1);
    expect(r.series).toEqual(['FR', OTHER_SERIES]);
    expect(r.dated.map((s) => s.values)).toEqual([[1, 1], [2, 0]]);
  });
  it('counts only selected speakers and drops events without any', () => {
    const r = computeEventStacks(index, Uint8Array.from(index.speakers, (s) => (s.country === 'GB' ? 1 : 0)), 'role');
    expect(r.series).toEqual(['academic']);
    expect(r.dated.map((s) => [s.event.id, s.total])).toEqual([['e1', 1]]);
    expect(r.undated).toEqual([]);
  });
});

describe('sumTerms', () => {
  const index = buildIndex(corpus);
  it.each([
    ['all quotes', index.quoteTerms, [0, 1, 2, 3, 4], 2, ['water:4', 'budgets:1'], ['clean water:1', 'local councils:1']],
    ['one quote', index.quoteTerms, [2], 5, ['education:1', 'matters:1'], []],
    ['documents', index.documentTerms, [0, 1], 5, ['water:3', 'education:1', 'summit:1'], []],
    ['a document without counts', index.documentTerms, [2], 5, [], []],
  ] as const)('%s', (_n, table, records, n, words, phrases) => {
    const r = sumTerms(table, records, n);
    expect(r.words.map((w) => `${w.key}:${w.count}`)).toEqual(words);
    expect(r.phrases.map((w) => `${w.key}:${w.count}`)).toEqual(phrases);
  });
  it.each([
    ['none selected', [0, 0, 0, 0, 0]],
    ['a few (summed directly)', [0, 1, 0, 0, 1]],
    ['most (total minus the rest)', [1, 1, 0, 1, 1]],
    ['all', [1, 1, 1, 1, 1]],
  ])('sumSelectedTerms equals sumTerms with %s', (_n, flags) => {
    const selected = Uint8Array.from(flags);
    const positions = flags.flatMap((f, i) => (f ? [i] : []));
    expect(sumSelectedTerms(index.quoteTerms, selected, 5)).toEqual(sumTerms(index.quoteTerms, positions, 5));
    expect(sumSelectedTerms(index.quoteTerms, selected, 5)).toEqual(sumTerms(index.quoteTerms, positions, 5)); // cached total unchanged
  });

  it('keeps the top n by count then term, like a full sort would', () => {
    const terms = Array.from({ length: 50 }, (_, i) => [`t${String(i).padStart(2, '0')}`, (i * 7) % 5 + 1] as [string, number]);
    const c = { ...corpus, terms: encodeTerms([{ kind: 'quote' as const, id: 'q1', counts: terms }]) };
    const expected = terms.map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, 7);
    expect(sumTerms(buildIndex(c).quoteTerms, [0], 7).words).toEqual(expected);
  });
});

describe('describeFilters', () => {
  it.each([
    [EMPTY_FILTERS, 'All speakers (no filter)'],
    [{ ...EMPTY_FILTERS, country: ['FR', 'none'] }, 'Country: France (FR) or Unspecified'],
    [{ ...EMPTY_FILTERS, role: ['academic'], text: ' water ' }, 'Role: academic · Text: “water”'],
  ])('%j → %s', (f, line) => expect(describeFilters(f)).toBe(line));
});

describe('roleLabel', () => {
  it.each([
    ['government-official', 'Government official'],
    ['academic', 'Academic'],
    ['x_y', 'X y'],
  ])('%s → %s', (role, label) => expect(roleLabel(role)).toBe(label));
});
