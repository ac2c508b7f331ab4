import { describe, expect, it } from 'vitest';
import type { GroundTruth } from './generate';
import { computeRecall, foldName } from './recall';

describe('foldName', () => {
  it.each([
    ['Ömer Çelik', 'omer celik'],
    ['Dr. Ömer Çelik', 'omer celik'],
    ['MP Lindqvist', 'lindqvist'],
    ['Sen. Bergström', 'bergstrom'],
    ['siobhan ó súilleabháin', 'siobhan o suilleabhain'],
    ['  Anouk  van Leeuwen ', 'anouk van leeuwen'],
  ])('%s → %s', (input, expected) => {
    expect(foldName(input)).toBe(expected);
  });
});

const truth: GroundTruth = {
  version: 1,
  seed: 1,
  documents: [],
  events: [],
  nonSpeakers: [],
  speakers: [
    { id: 'a', name: 'Ömer Çelik', aliases: [], country: 'TR', role: 'legislator', titles: [], affiliations: [], appearances: [
      { doc: '000_x.txt', event: 'e', surface: ['Ömer Çelik'] },
      { doc: '001_y.txt', event: 'e', surface: ['Omer Celik', 'MP Celik'] },
    ] },
    { id: 'b', name: 'Solveig Nyberg', aliases: [], country: 'SE', role: 'legislator', titles: [], affiliations: [], appearances: [
      { doc: '000_x.txt', event: 'e', surface: ['Solveig Nyberg'] },
    ] },
  ],
};

const speaker = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, titles: [], role: 'legislator', country: null, affiliations: [] });

describe('computeRecall', () => {
  it('matches by document file and any folded surface form', () => {
    const r = computeRecall(truth, {
      documents: [{ id: 'd0', file: 'articles/000_x.txt' }, { id: 'd1', file: '001_y.txt' }] as never,
      speakers: [speaker('s1', 'Omer Celik'), speaker('s2', 'Rupert Kingsley')],
      appearances: [
        { speakerId: 's1', documentId: 'd0', eventId: 'e' },
        { speakerId: 's1', documentId: 'd1', eventId: 'e' },
        { speakerId: 's2', documentId: 'd0', eventId: 'e' },
      ],
    });
    expect(r).toMatchObject({ expected: 3, found: 2, spurious: 1, missed: [{ doc: '000_x.txt', speaker: 'Solveig Nyberg' }] });
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.precision).toBeCloseTo(2 / 3);
  });

  it('counts an appearance in the wrong document as a miss', () => {
    const r = computeRecall(truth, {
      documents: [{ id: 'd1', file: '001_y.txt' }] as never,
      speakers: [speaker('s2', 'Solveig Nyberg')],
      appearances: [{ speakerId: 's2', documentId: 'd1', eventId: 'e' }],
    });
    expect(r.found).toBe(0);
    expect(r.spurious).toBe(1);
  });

  it('accepts an alias as the matching form', () => {
    const r = computeRecall(truth, {
      documents: [{ id: 'd1', file: '001_y.txt' }] as never,
      speakers: [speaker('s1', 'O. Celik', ['Omer Celik'])],
      appearances: [{ speakerId: 's1', documentId: 'd1', eventId: 'e' }],
    });
    expect(r.found).toBe(1);
    expect(r.precision).toBe(1);
  });

  it('counts only one style\'s documents when asked', () => {
    const styled: GroundTruth = { ...truth, documents: [{ file: '000_x.txt', title: '', event: 'e', style: 'captioned' }, { file: '001_y.txt', title: '', event: 'e', style: 'news' }] };
    const r = computeRecall(styled, { documents: [{ id: 'd1', file: '001_y.txt' }] as never, speakers: [speaker('s1', 'Omer Celik')], appearances: [{ speakerId: 's1', documentId: 'd1', eventId: 'e' }] }, 20, 'news');
    expect(r).toMatchObject({ expected: 1, found: 1, spurious: 0 });
  });
});
