import { describe, expect, it } from 'vitest';
import { describeSource } from './describeSource';

const events = (...dates: (string | null)[]) => dates.map((date) => ({ date }));

describe('describeSource', () => {
  it.each([
    ['names the file, its articles, events and date range', 'corpus.json', 5, events('2020-11-10', '2020-09-05'), 'Source: corpus.json (5 articles, 2 events, 2020-09-05 to 2020-11-10) · Podium'],
    ['one date, singular nouns', 'mine.json', 1, events('2024-05-02'), 'Source: mine.json (1 article, 1 event, 2024-05-02) · Podium'],
    ['undated events give no range', 'mine.json', 3, events(null, null), 'Source: mine.json (3 articles, 2 events) · Podium'],
    ['no file name falls back to corpus.json; thousands are grouped', undefined, 12000, events(), 'Source: corpus.json (12,000 articles, 0 events) · Podium'],
  ] as const)('%s', (_name, file, documents, evs, expected) => {
    expect(describeSource(file, { documents: Array.from({ length: documents }), events: evs })).toBe(expected);
  });

  it('never says when the corpus was stored', () => {
    expect(describeSource('corpus.json', { documents: [1], events: events('2020-01-01') })).not.toMatch(/stored/);
  });
});
