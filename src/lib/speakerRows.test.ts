import { describe, expect, it } from 'vitest';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { buildIndex } from './corpusIndex';
import { computeSpeakerRows, sortSpeakerRows, type SpeakerSortKey } from './speakerRows';

const index = buildIndex(smallCorpus());
const rows = computeSpeakerRows(index, index.speakers);

describe('computeSpeakerRows', () => {
  it('counts events and quotes per speaker', () => {
    expect(rows.map((r) => [r.id, r.countryName, r.role, r.affiliations, r.events, r.quotes])).toEqual([
      ['s1', 'France', 'Government official', 'Ministry', 2, 2],
      ['s2', 'United Kingdom', 'Academic', 'Uni A; Think Tank', 1, 1],
      ['s3', 'France', 'Academic', 'Uni A', 1, 1],
      ['s4', 'Unspecified', 'Local politician', '', 1, 1],
      ['s5', 'Germany', 'Activist', '', 1, 0],
    ]);
  });
});

describe('sortSpeakerRows', () => {
  it.each<[SpeakerSortKey, boolean, string[]]>([
    ['name', false, ['s1', 's2', 's3', 's4', 's5']],
    ['name', true, ['s5', 's4', 's3', 's2', 's1']],
    ['quotes', true, ['s1', 's2', 's3', 's4', 's5']],
    ['country', false, ['s1', 's3', 's5', 's2', 's4']],
    ['role', false, ['s2', 's3', 's5', 's1', 's4']],
  ])('by %s desc=%s', (key, desc, ids) => {
    const before = rows.map((r) => r.id);
    expect(sortSpeakerRows(rows, key, desc).map((r) => r.id)).toEqual(ids);
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});
