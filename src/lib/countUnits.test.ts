import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { computeMasks } from './computeMasks';
import { computeSelection } from './computeSelection';
import { buildIndex } from './corpusIndex';
import { computeEventStacks } from './computeEventStacks';
import { computeCounted, computeSpeakerCounts, computeSpeakerWeights, computeUnitFlags, countUnits, formatCount, unitsOf, weighSpeakers, type CountMode } from './countUnits';
import { countSelectedBy } from './speakerKeyIds';
import { EMPTY_FILTERS, type Filters } from './filters';
import type { TermSource } from './urlState';

const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

/** smallCorpus plus a second article on e1 that reports Ana Prime (s1) again. */
function twoArticlesOneEvent(): Corpus {
  const c = smallCorpus();
  const text = 'Summit, second report. Ana Prime spoke again; "Water for all," she said.';
  const start = text.indexOf('Water for all,');
  return {
    ...c,
    documents: [...c.documents, { id: 'd5', file: 'd5.txt', title: 'Title d5', eventId: 'e1', text, wordCount: 11, sha256: 'a'.repeat(64) }],
    events: c.events.map((e) => (e.id === 'e1' ? { ...e, documentIds: [...e.documentIds, 'd5'] } : e)),
    appearances: [...c.appearances, { speakerId: 's1', eventId: 'e1', documentId: 'd5' }],
    quotes: [...c.quotes, { id: 'q6', speakerId: 's1', documentId: 'd5', eventId: 'e1', start, end: start + 'Water for all,'.length, text: 'Water for all,' }],
  };
}

describe('countUnits', () => {
  const index = buildIndex(twoArticlesOneEvent());
  const pairs = (mode: CountMode) => {
    const u = countUnits(index, mode);
    return Array.from(u.speaker, (sp, i) => `${index.speakers[sp]!.id}@${index.corpus.events[u.event[i]!]!.id}:${Array.from(u.docs.subarray(u.docStart[i]!, u.docStart[i + 1]!), (d) => index.corpus.documents[d]!.id).join('+')}`);
  };
  it.each<[CountMode, string[]]>([
    ['event', ['s1@e1:d1+d5', 's2@e1:d1', 's3@e2:d2', 's1@e2:d2', 's4@e3:d3', 's5@e3:d3']],
    ['article', ['s1@e1:d1', 's2@e1:d1', 's3@e2:d2', 's1@e2:d2', 's4@e3:d3', 's5@e3:d3', 's1@e1:d5']],
  ])('%s: one unit per distinct pair, from appearances and quotes', (mode, expected) => expect(pairs(mode)).toEqual(expected));

  it('is built once per corpus and mode', () => expect(countUnits(index, 'event')).toBe(countUnits(index, 'event')));
});

describe('computeSpeakerWeights', () => {
  const index = buildIndex(twoArticlesOneEvent());
  const everyone = new Uint8Array(5).fill(1);
  it.each<[string, CountMode, Filters, TermSource, number[]]>([
    ['per event: one per event spoken at', 'event', f({}), 'quote', [2, 1, 1, 1, 1]],
    ['per article: one per article that mentions them', 'article', f({}), 'quote', [3, 1, 1, 1, 1]],
    ['inside the chosen events only', 'article', f({ event: ['e1'] }), 'quote', [2, 1, 0, 0, 0]],
    ['inside the chosen events only, per event', 'event', f({ event: ['e2', 'e3'] }), 'quote', [1, 0, 1, 1, 1]],
    ['full-text term: only articles with the term', 'article', f({ term: ['education'] }), 'document', [1, 0, 1, 0, 0]],
    ['full-text term, per event: events with an article with the term', 'event', f({ term: ['summit'] }), 'document', [1, 1, 0, 0, 0]],
    ['a quote term leaves units to the speaker masks', 'event', f({ term: ['water'] }), 'quote', [2, 1, 1, 1, 1]],
  ])('%s', (_n, mode, filters, source, expected) => {
    const units = countUnits(index, mode);
    expect(Array.from(computeSpeakerWeights(units, computeUnitFlags(index, units, filters, source), everyone))).toEqual(expected);
  });

  it('counts nothing for speakers not selected', () => {
    const units = countUnits(index, 'article');
    expect(Array.from(computeSpeakerWeights(units, computeUnitFlags(index, units, f({})), Uint8Array.from([1, 0, 0, 0, 1])))).toEqual([3, 0, 0, 0, 1]);
  });

  it('with `except` the facet is lifted', () => {
    const units = countUnits(index, 'event');
    expect(Array.from(computeSpeakerWeights(units, computeUnitFlags(index, units, f({ event: ['e1'] }), 'quote', 'event'), everyone))).toEqual([2, 1, 1, 1, 1]);
  });
});

describe('computeCounted: the same unit filter gives the same object', () => {
  const index = buildIndex(twoArticlesOneEvent());
  const base = computeCounted(index, 'event', f({ event: ['e1'] }));
  it.each<[string, Filters, TermSource, 'event' | undefined, boolean]>([
    ['another country, role or organisation', f({ event: ['e1'], country: ['SE'], role: ['academic'], affiliation: ['UN'] }), 'quote', undefined, true],
    ['a term matched in quotes', f({ event: ['e1'], term: ['water'] }), 'quote', undefined, true],
    ['the events in another order', f({ event: ['e1'] }), 'quote', undefined, true],
    ['another event', f({ event: ['e2'] }), 'quote', undefined, false],
    ['the event filter lifted', f({ event: ['e1'] }), 'quote', 'event', false],
    ['a term matched in full texts', f({ event: ['e1'], term: ['water'] }), 'document', undefined, false],
  ])('%s: same object %s', (_n, filters, source, except, same) => {
    computeCounted(index, 'event', f({ event: ['e1'] }));
    const c = computeCounted(index, 'event', filters, source, except);
    expect(c === base).toBe(same);
    expect(Array.from(c.flags)).toEqual(Array.from(computeUnitFlags(index, countUnits(index, 'event'), filters, source, except)));
  });

  it('keeps only a few unit filters', () => {
    const first = computeCounted(index, 'article', f({ event: ['e1'] }));
    for (const e of ['e2', 'e3', 'e1,e2', 'e2,e3', 'e1,e3']) computeCounted(index, 'article', f({ event: e.split(',') }));
    const again = computeCounted(index, 'article', f({ event: ['e1'] }));
    expect(again).not.toBe(first);
    expect(Array.from(again.flags)).toEqual(Array.from(first.flags));
  });
});

describe('computeSpeakerCounts: the table adds up to the summary', () => {
  const index = buildIndex(twoArticlesOneEvent());
  it.each<[string, Filters, TermSource]>([
    ['no filter', f({}), 'quote'],
    ['one event', f({ event: ['e1'] }), 'quote'],
    ['a quote term', f({ term: ['water'] }), 'quote'],
    ['a full-text term', f({ term: ['education'] }), 'document'],
    ['a country', f({ country: ['FR'] }), 'quote'],
    ['event and role', f({ event: ['e2'], role: ['academic'] }), 'quote'],
  ])('%s', (_n, filters, source) => {
    const masks = computeMasks(index, filters, source);
    const sel = computeSelection(index, masks, filters, undefined, source);
    const c = computeSpeakerCounts(index, masks, sel.quotes, computeCounted(index, 'event', filters, source));
    const sum = (xs: Int32Array) => xs.reduce((a, b) => a + b, 0);
    expect(sum(c.quotes)).toBe(sel.quotes.length);
    // every selected speaker has at least one counted event, and none outside the selection
    index.speakers.forEach((_, i) => expect(c.counted[i]! > 0, index.speakers[i]!.id).toBe(masks[i] === 0));
    index.speakers.forEach((_, i) => expect(c.counted[i]!).toBeLessThanOrEqual(sel.eventCount));
  });

  it('with one event chosen, a speaker at two events counts one event and that event’s quotes', () => {
    const filters = f({ event: ['e2'] });
    const masks = computeMasks(index, filters);
    const c = computeSpeakerCounts(index, masks, computeSelection(index, masks, filters).quotes, computeCounted(index, 'event', filters));
    expect([c.counted[0], c.quotes[0]]).toEqual([1, 1]);
  });
});

describe('count modes applied to the charts', () => {
  const index = buildIndex(twoArticlesOneEvent());
  const everyone = new Uint8Array(5).fill(1);
  it.each<[CountMode, { key: string; count: number }[]]>([
    ['event', [{ key: 'FR', count: 3 }, { key: 'DE', count: 1 }, { key: 'GB', count: 1 }, { key: 'none', count: 1 }]],
    ['article', [{ key: 'FR', count: 4 }, { key: 'DE', count: 1 }, { key: 'GB', count: 1 }, { key: 'none', count: 1 }]],
  ])('speakers by country, %s', (mode, expected) => {
    expect(countSelectedBy(index, weighSpeakers(computeCounted(index, mode, f({})), everyone), 'country')).toEqual(expected);
  });

  it.each<[CountMode, [string, number, number[]][]]>([
    ['event', [['e1', 2, [1, 1]], ['e2', 2, [2, 0]]]],
    ['article', [['e1', 3, [2, 1]], ['e2', 2, [2, 0]]]],
  ])('speakers by event, %s', (mode, expected) => {
    const r = computeEventStacks(index, everyone, 'country', 1, computeCounted(index, mode, f({})));
    expect(r.dated.map((s) => [s.event.id, s.total, s.values])).toEqual(expected);
  });

  it('formats counts in the mode’s words', () => {
    expect([formatCount(1, 'event'), formatCount(1200, 'event'), formatCount(1, 'article'), formatCount(3, 'article')]).toEqual(['1 speaker', '1,200 speakers', '1 mention', '3 mentions']);
  });
});

describe('unitsOf', () => {
  /** The units as first written: a Map of pairs and a Set of documents a unit. */
  function reference(mode: CountMode, nDocs: number, nEvents: number, lists: [number[], number[], number[]][]) {
    const unitOf = new Map<number, number>();
    const speaker: number[] = [];
    const event: number[] = [];
    const docLists: Set<number>[] = [];
    for (const [sps, evs, dcs] of lists)
      sps.forEach((sp, i) => {
        if (sp < 0) return;
        const key = mode === 'article' ? sp * (nDocs + 1) + dcs[i]! + 1 : sp * (nEvents + 1) + evs[i]! + 1;
        let u = unitOf.get(key);
        if (u === undefined) {
          unitOf.set(key, (u = speaker.push(sp) - 1));
          event.push(evs[i]!);
          docLists.push(new Set());
        }
        if (dcs[i]! >= 0) docLists[u]!.add(dcs[i]!);
      });
    return { speaker, event, docs: docLists.map((s) => [...s]) };
  }
  const occurrences = (nSp: number, nEv: number, nDoc: number) =>
    fc.array(fc.tuple(fc.integer({ min: -1, max: nSp - 1 }), fc.integer({ min: -1, max: nEv - 1 }), fc.integer({ min: -1, max: nDoc - 1 })), { maxLength: 60 });

  it('gives the units in the order they first occur, with their distinct documents', () => {
    fc.assert(
      fc.property(fc.constantFrom<CountMode>('event', 'article'), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.nat(), (mode, nSp, nEv, nDoc, seed) => {
        const [a, q] = fc.sample(occurrences(nSp, nEv, nDoc), { numRuns: 2, seed });
        const lists = [a!, q!].map((xs) => [xs.map((x) => x[0]), xs.map((x) => x[1]), xs.map((x) => x[2])] as [number[], number[], number[]]);
        const got = unitsOf(mode, nSp, nEv, nDoc, lists.map((l) => l.map((xs) => Int32Array.from(xs)) as [Int32Array, Int32Array, Int32Array]));
        const want = reference(mode, nDoc, nEv, lists);
        expect(Array.from(got.speaker)).toEqual(want.speaker);
        expect(Array.from(got.event)).toEqual(want.event);
        expect(Array.from(got.speaker, (_, u) => Array.from(got.docs.subarray(got.docStart[u]!, got.docStart[u + 1]!)))).toEqual(want.docs);
        expect(got.docStart[got.speaker.length]).toBe(got.docs.length);
      }),
      { numRuns: 500 },
    );
  });
});
