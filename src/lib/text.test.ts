import { describe, expect, it } from 'vitest';
import { Corpus, decodeTermRow } from '../corpus';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { keywordInContext } from './keywordInContext';
import { containsWords } from './quoteHasTerm';
import { subsetCorpus } from './subsetCorpus';
import { surroundingPassage } from './surroundingPassage';

describe('keywordInContext', () => {
  it.each([
    ['one hit', 'We need clean water now.', 'water', 10, [['…clean ', 'water', ' now.']]],
    ['case-insensitive, whole words only', 'Water, waterfall, WATER.', 'water', 5, [['', 'Water', ',…'], ['…', 'WATER', '.']]],
    ['phrase across a line break', 'the resistance\nunits met', 'resistance units', 20, [['the ', 'resistance units', ' met']]],
    ['no hit', 'nothing here', 'water', 10, []],
    ['regex characters are literal', 'a (b) c, abc', '(b)', 10, [['a ', '(b)', ' c, abc']]],
    ['markup stays text', 'x <img src=x onerror=alert(1)> y', 'img', 10, [['x <', 'img', ' src=x…']]],
  ] as const)('%s', (_n, text, term, width, lines) => {
    expect(keywordInContext(text, term, width).map((l) => [l.before, l.match, l.after])).toEqual(lines);
  });
});

describe('containsWords', () => {
  it.each([
    ['the party met', 'art', false],
    ['the art world', 'art', true],
    ['art', 'art', true],
    ['local councils need', 'local councils', true],
  ] as const)('%s has %s: %s', (text, term, yes) => expect(containsWords(text, term)).toBe(yes));
});

describe('surroundingPassage', () => {
  const text = 'First para.\n\nBefore the quote. "Quoted words." After it.\n\nNext para.';
  const start = text.indexOf('Quoted');
  const end = start + 'Quoted words.'.length;
  it.each([
    ['whole text when short', 500, { before: 'First para.\n\nBefore the quote. "', quote: 'Quoted words.', after: '" After it.\n\nNext para.' }],
    ['cut to whole words', 10, { before: '…quote. "', quote: 'Quoted words.', after: '" After…' }],
  ] as const)('%s', (_n, width, expected) => expect(surroundingPassage(text, start, end, width)).toEqual(expected));
  it('clamps offsets outside the text', () => expect(surroundingPassage('abc', 2, 99).quote).toBe('c'));
});

describe('subsetCorpus', () => {
  it.each([
    ['one speaker', { speakerIds: new Set(['s1']) }, ['s1'], ['d1', 'd2'], ['e1', 'e2'], ['q1', 'q4']],
    ['speaker at one event', { speakerIds: new Set(['s1']), eventIds: new Set(['e2']) }, ['s1'], ['d2'], ['e2'], ['q4']],
    ['chosen quotes', { speakerIds: new Set(['s1', 's4']), quoteIds: new Set(['q5']) }, ['s1', 's4'], ['d1', 'd2', 'd3'], ['e1', 'e2', 'e3'], ['q5']],
    ['nobody', { speakerIds: new Set<string>() }, [], [], [], []],
  ])('%s', (_n, sel, speakers, docs, events, quotes) => {
    const corpus = smallCorpus();
    const before = structuredClone(corpus);
    const sub = subsetCorpus(corpus, sel);
    expect(Corpus.safeParse(sub).success).toBe(true);
    expect(sub.speakers.map((s) => s.id)).toEqual(speakers);
    expect(sub.documents.map((d) => d.id)).toEqual(docs);
    expect(sub.events.map((e) => e.id)).toEqual(events);
    expect(sub.quotes.map((q) => q.id)).toEqual(quotes);
    expect(sub.events.every((e) => e.documentIds.every((id) => docs.includes(id)))).toBe(true);
    expect(corpus).toEqual(before);
    // re-encoded terms: only the kept rows' terms, same [term, count] pairs as in the whole corpus
    const decoded = (c: Corpus) => new Map(c.terms.rows.map((r) => [`${r.kind}/${r.id}`, decodeTermRow(c.terms.vocabulary, r.counts)]));
    const whole = decoded(corpus);
    for (const [key, pairs] of decoded(sub)) expect(pairs).toEqual(whole.get(key));
    expect(new Set(sub.terms.rows.flatMap((r) => decodeTermRow(sub.terms.vocabulary, r.counts).map(([t]) => t)))).toEqual(new Set(sub.terms.vocabulary));
  });
});
