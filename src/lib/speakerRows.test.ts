import { describe, expect, it } from 'vitest';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { buildIndex } from './corpusIndex';
import { computeSpeakerRows, sortedSpeakerPositions, type SpeakerCounts, type SpeakerSortKey } from './speakerRows';

const index = buildIndex(smallCorpus());
const counts: SpeakerCounts = { counted: Int32Array.from([2, 1, 1, 1, 1]), quotes: Int32Array.from([2, 1, 1, 1, 0]) };

describe('computeSpeakerRows', () => {
  it('takes its numbers from the counts given, not from the corpus', () => {
    expect(computeSpeakerRows(index, [0, 1, 2, 3, 4], counts).map((r) => [r.id, r.countryName, r.role, r.affiliations, r.counted, r.quotes])).toEqual([
      ['s1', 'France', 'Government official', 'Ministry', 2, 2],
      ['s2', 'United Kingdom', 'Academic', 'Uni A; Think Tank', 1, 1],
      ['s3', 'France', 'Academic', 'Uni A', 1, 1],
      ['s4', 'Unspecified', 'Local politician', '', 1, 1],
      ['s5', 'Germany', 'Activist', '', 1, 0],
    ]);
    const inSelection: SpeakerCounts = { counted: Int32Array.from([1, 0, 0, 0, 0]), quotes: Int32Array.from([1, 0, 0, 0, 0]) };
    expect(computeSpeakerRows(index, [0], inSelection).map((r) => [r.counted, r.quotes])).toEqual([[1, 1]]);
  });
});

describe('sortedSpeakerPositions', () => {
  const all = () => true;
  it.each<[SpeakerSortKey, boolean, (p: number) => boolean, SpeakerCounts, string[]]>([
    ['name', false, all, counts, ['s1', 's2', 's3', 's4', 's5']],
    ['name', true, all, counts, ['s5', 's4', 's3', 's2', 's1']],
    ['quotes', true, all, counts, ['s1', 's2', 's3', 's4', 's5']],
    ['quotes', false, all, counts, ['s5', 's2', 's3', 's4', 's1']],
    ['counted', true, all, counts, ['s1', 's2', 's3', 's4', 's5']],
    ['quotes', true, all, { ...counts, quotes: Int32Array.from([0, 0, 5, 0, 7]) }, ['s5', 's3', 's1', 's2', 's4']],
    ['country', false, all, counts, ['s1', 's3', 's5', 's2', 's4']],
    ['role', false, all, counts, ['s2', 's3', 's5', 's1', 's4']],
    ['name', false, (p) => p % 2 === 0, counts, ['s1', 's3', 's5']],
    ['quotes', true, (p) => p % 2 === 0, counts, ['s1', 's3', 's5']],
  ])('by %s desc=%s (counts %o)', (key, desc, selected, c, ids) => {
    expect(sortedSpeakerPositions(index, selected, key, desc, c).map((p) => index.speakers[p]!.id)).toEqual(ids);
  });
});
