import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../index';
import { failedFloors, formatScores, scoreCorpus, WIKINEWS_FLOORS, WIKINEWS_REACHED } from './index';
import { readArticles } from '../run/evaluate/readArticles';
import { readKey } from '../run/evaluate/readKey';
import { asScoreMjs, pickFields, requireShared, runScoreMjsOn, SHARED } from '../run/evaluate/scoreMjs';

/**
 * The 31 Wikinews articles of ../shared/wikinews (CI has it beside the project), held to issue 11's floors
 * (WIKINEWS_FLOORS) and to what this build reaches above them (WIKINEWS_REACHED, a ratchet that only goes up).
 */
const root = `${SHARED}/wikinews`;
requireShared(`${root}/gold.json`);
const key = readKey(`${root}/gold.json`);
const { corpus } = buildCorpus(readArticles(`${root}/texts`));
const scores = scoreCorpus(corpus, key);
const figures = `\n${formatScores(scores, WIKINEWS_FLOORS)}\n`;
const floor = (name: 'precision' | 'recall' | 'country' | 'role' | 'quotes' | 'eventDates') => WIKINEWS_REACHED[name]!;

describe("the pipeline on the Wikinews development set meets issue 11's floors and keeps what it reaches", () => {
  it("meets issue 11's floors", () => {
    console.log(`Wikinews figures:${figures}`);
    expect(failedFloors(scores, WIKINEWS_FLOORS), figures).toEqual([]);
  });
  it('no file rejected', () => {
    expect(corpus.rejected, figures).toEqual([]);
    expect(scores.filesMissing, figures).toBe(0);
  });
  it('speakers: precision and recall', () => {
    expect(scores.precision, figures).toBeGreaterThanOrEqual(floor('precision'));
    expect(scores.recall, figures).toBeGreaterThanOrEqual(floor('recall'));
  });
  it('country of the speakers found (or an alternative)', () =>
    expect(scores.country, figures).toBeGreaterThanOrEqual(floor('country')));
  it('role of the speakers found (or an alternative)', () =>
    expect(scores.role, figures).toBeGreaterThanOrEqual(floor('role')));
  it('quote anchors inside a quote of the right speaker', () =>
    expect(scores.quotes.share, figures).toBeGreaterThanOrEqual(floor('quotes')));
  it('event date of the articles whose key gives one', () =>
    expect(scores.eventDates?.share, figures).toBeGreaterThanOrEqual(floor('eventDates')));
  it('all of the ratchet', () => expect(failedFloors(scores, WIKINEWS_REACHED), figures).toEqual([]));
});

describe('on the Wikinews corpus, the scorer and ../shared/tools/score.mjs agree', () => {
  it('figure for figure', () => {
    const ours = asScoreMjs(scores);
    expect(pickFields(runScoreMjsOn(corpus, `${root}/gold.json`, ['--holdout']), ours)).toEqual(ours);
  });
});
