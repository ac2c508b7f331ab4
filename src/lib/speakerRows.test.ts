import { describe, expect, it } from 'vitest';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { buildIndex } from './corpusIndex';
import { computeSpeakerRows, sortedSpeakerPositions, type SpeakerSortKey } from './speakerRows';

const index = buildIndex(smallCorpus());

describe('computeSpeakerRows', () => {
  it('counts events and quotes per speaker', () => {
    expect(computeSpeakerRows(index, [0, 1, 2, 3, 4]).map((r) => [r.id, r.countryName, r.role, r.affiliations, r.events, r.quotes])).toEqual([
      ['s1', 'France', 'Government official', 'Ministry', 2, 2],
      ['s2', 'United Kingdom', 'Academic', 'Uni A; Think Tank', 1, 1],
      ['s3', 'France', 'Academic', 'Uni A', 1, 1],
      ['s4', 'Unspecified', 'Local politician', '', 1, 1],
      ['s5', 'Germany', 'Activist', '', 1, 0],
    ]);
  });
});

describe('sortedSpeakerPositions', () => {
  const all = () => true;
  it.each<[SpeakerSortKey, boolean, (p: number) => boolean, string[]]>([
    ['name', false, all, ['s1', 's2', 's3', 's4', 's5']],
    ['name', true, all, ['s5', 's4', 's3', 's2', 's1']],
    ['quotes', true, all, ['s1', 's2', 's3', 's4', 's5']],
    ['quotes', false, all, ['s5', 's2', 's3', 's4', 's1']],
    ['country', false, all, ['s1', 's3', 's5', 's2', 's4']],
    ['role', false, all, ['s2', 's3', 's5', 's1', 's4']],
    ['name', false, (p) => p % 2 === 0, ['s1', 's3', 's5']],
  ])('by %s desc=%s', (key, desc, selected, ids) => {
    expect(sortedSpeakerPositions(index, selected, key, desc).map((p) => index.speakers[p]!.id)).toEqual(ids);
  });
});
