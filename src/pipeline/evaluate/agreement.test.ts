import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scoreCorpus, type ScoredCorpus } from './index';
import { readKey } from '../run/evaluate/readKey';
import { asScoreMjs, pickFields, runScoreMjs } from '../run/evaluate/scoreMjs';

const dir = 'tests/fixtures/scorer';
const corpusAt = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ScoredCorpus;

/**
 * Small corpora built to hit score.mjs's edge cases: an ambiguous surname (matches no one),
 * two predicted speakers on one key speaker in a document (the last one counts), a person split
 * in two (B-cubed), a tie for the attributes (the first wins), role synonyms, countryAlt,
 * lower-case countries, non-speakers anywhere in the corpus, folded quotes, anchors by
 * reference (one stale), a text missing from the corpus, undated texts.
 */
describe('the scorer gives score.mjs figures on the same corpus', () => {
  it.each([
    ['sample key', 'sample-corpus.json', 'sample-key.json', [], undefined],
    [
      'texts key, anchors resolved',
      'texts-corpus.json',
      'texts-key.json',
      ['--holdout', '--texts', `${dir}/texts`],
      `${dir}/texts`,
    ],
    ['texts key, anchors by reference left out', 'texts-corpus.json', 'texts-key.json', ['--holdout'], undefined],
  ])('%s', (_name, corpusFile, keyFile, flags, texts) => {
    const ours = asScoreMjs(scoreCorpus(corpusAt(`${dir}/${corpusFile}`), readKey(`${dir}/${keyFile}`, texts)));
    expect(pickFields(runScoreMjs(`${dir}/${corpusFile}`, `${dir}/${keyFile}`, flags), ours)).toEqual(ours);
  });
});

describe('the fixture figures, worked by hand', () => {
  it('sample key', () => {
    const s = scoreCorpus(corpusAt(`${dir}/sample-corpus.json`), readKey(`${dir}/sample-key.json`));
    // 7 predicted pairs (p5 and p6 collapse on Maria Lopez in c.txt), 6 in the key, 5 shared
    expect(s.pairs).toEqual({ predicted: 7, key: 6, matched: 5 });
    // Ömer Çelik is two predicted people (p1 in a.txt, p8 in b.txt); Lars Berg's role is wrong
    expect(s.bcubedF1).toBeCloseTo(8 / 9, 12);
    expect([s.role, s.country]).toEqual([3 / 4, 1]);
    expect(s.nonSpeakers).toEqual(['Khamenei', 'Ali Khamenei']);
    expect(s.quotes).toEqual({ anchors: 4, inside: 3, share: 3 / 4 });
    expect(s.events).toEqual({ datesMatch: false, docPairAgreement: 1, right: 1, key: 2 });
  });
  it('texts key', () => {
    const s = scoreCorpus(corpusAt(`${dir}/texts-corpus.json`), readKey(`${dir}/texts-key.json`, `${dir}/texts`));
    expect([s.precision, s.recall, s.country, s.role]).toEqual([1 / 2, 1 / 2, 1 / 2, 1]);
    // the stale reference is left out: 2 of Jane O'Neil's, Hans Weber's, Kofi Mensah's
    expect(s.quotes).toEqual({ anchors: 4, inside: 2, share: 1 / 2 });
    expect(s.eventDates).toEqual({ dated: 3, right: 1, share: 1 / 3 });
    expect(s.filesMissing).toBe(1);
    expect(s.nonSpeakers).toEqual(['Paul Roy']);
  });
});
