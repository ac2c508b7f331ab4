import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../index';
import type { Corpus } from '../../corpus/schema';
import { failedFloors, formatScores, SAMPLE_FLOORS, scoreCorpus } from './index';
import { readArticles } from '../run/evaluate/readArticles';
import { readKey } from '../run/evaluate/readKey';
import { asScoreMjs, pickFields, runScoreMjsOn } from '../run/evaluate/scoreMjs';

const key = readKey('tests/fixtures/seeds.json');
const { corpus } = buildCorpus(readArticles('data/articles'));
const scores = scoreCorpus(corpus, key);
/** The figures in the failure message, so a red run says where it stands. */
const figures = `\n${formatScores(scores, SAMPLE_FLOORS)}\n`;

describe('the pipeline on the sample articles meets the floors of the sample key', () => {
  it('speaker detection per document', () => {
    expect(scores.precision, figures).toBeGreaterThanOrEqual(SAMPLE_FLOORS.precision!);
    expect(scores.recall, figures).toBeGreaterThanOrEqual(SAMPLE_FLOORS.recall!);
  });
  it('resolution: the same people as the key', () => {
    expect(scores.bcubedF1, figures).toBeGreaterThanOrEqual(SAMPLE_FLOORS.bcubedF1!);
    expect(scores.people.matched, figures).toBe(67);
  });
  it('country and role', () => {
    expect(scores.country, figures).toBeGreaterThanOrEqual(SAMPLE_FLOORS.country!);
    expect(scores.role, figures).toBeGreaterThanOrEqual(SAMPLE_FLOORS.role!);
  });
  it('two events with the right dates, each document on the right one', () => {
    expect(scores.events, figures).toEqual({ datesMatch: true, docPairAgreement: 1, right: 2, key: 2 });
  });
  it('quote anchors inside a quote of the right speaker', () => {
    expect(scores.quotes.share, figures).toBeGreaterThanOrEqual(SAMPLE_FLOORS.quotes!);
  });
  it('no non-speakers reported', () => expect(scores.nonSpeakers).toEqual([]));
  it('all floors', () => expect(failedFloors(scores, SAMPLE_FLOORS), figures).toEqual([]));
});

describe('on the sample corpus, the scorer and ../shared/tools/score.mjs agree', () => {
  it('figure for figure', () => {
    const ours = asScoreMjs(scores);
    expect(pickFields(runScoreMjsOn(corpus, 'tests/fixtures/seeds.json'), ours)).toEqual(ours);
  });
});

/** A deep copy to damage. */
const clone = (c: Corpus): Corpus => JSON.parse(JSON.stringify(c)) as Corpus;

describe('the sample floors can fail', () => {
  it.each([
    [
      'speakers dropped',
      (c: Corpus) => {
        const keep = new Set(c.speakers.filter((_, i) => i % 3 !== 0).map((s) => s.id));
        c.appearances = c.appearances.filter((a) => keep.has(a.speakerId));
      },
      /recall/,
    ],
    [
      'each person split in two: a new speaker for each appearance after their first',
      (c: Corpus) => {
        const seen = new Set<string>();
        c.appearances = c.appearances.map((a, i) => {
          if (!seen.has(a.speakerId)) {
            seen.add(a.speakerId);
            return a;
          }
          const twin = { ...c.speakers.find((s) => s.id === a.speakerId)!, id: `twin-${i}` };
          c.speakers.push(twin);
          return { ...a, speakerId: twin.id };
        });
      },
      /^bcubedF1/,
    ],
    ['countries wiped', (c: Corpus) => c.speakers.forEach((s) => (s.country = 'AQ')), /country/],
    ['roles wrong', (c: Corpus) => c.speakers.forEach((s) => (s.role = 'other')), /role/],
    ['quotes emptied', (c: Corpus) => (c.quotes = []), /quotes/],
    [
      'all documents on one event',
      (c: Corpus) => {
        c.documents.forEach((d) => (d.eventId = c.events[0]!.id));
      },
      /events/,
    ],
    [
      'a mentioned person reported as a speaker',
      (c: Corpus) => {
        const doc = c.documents[0]!;
        c.speakers.push({
          id: 'mentioned',
          name: 'Massoud Rajavi',
          aliases: [],
          titles: [],
          role: 'other',
          country: null,
          affiliations: [],
        });
        c.appearances.push({ speakerId: 'mentioned', eventId: doc.eventId!, documentId: doc.id });
      },
      /non-speakers/,
    ],
  ])('%s', (_n, damage, floor) => {
    const c = clone(corpus);
    damage(c);
    expect(failedFloors(scoreCorpus(c, key), SAMPLE_FLOORS).join('; ')).toMatch(floor);
  });
});
