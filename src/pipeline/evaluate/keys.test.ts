import { describe, expect, it } from 'vitest';
import { parseAnswerKey, toScoringKey } from './keys';
import { resolveAnchorIn } from '../run/evaluate/readKey';

const textsKey = {
  texts: [
    {
      file: 't1.txt',
      event: { date: '2021-03-04' },
      speakers: [
        {
          name: 'Jane O’Neil',
          role: 'local-politician',
          quotes: ['Our cities must lead', { at: 11, len: 20, sha: '6847dca5ecc2' }],
        },
      ],
      nonSpeakers: ['Hans Weber', { name: 'Paul Roy' }],
    },
    { file: 't4.txt', speakers: [] },
  ],
};

describe('parseAnswerKey and toScoringKey', () => {
  it('a texts key: ids per text, anchors by reference resolved in the texts, undated texts kept', () => {
    const key = toScoringKey(parseAnswerKey(textsKey), resolveAnchorIn('tests/fixtures/scorer/texts'));
    expect(key.speakers.map((s) => [s.id, s.docs, s.country])).toEqual([['t1.txt#jane oneil', ['t1.txt'], null]]);
    expect(key.pairs).toEqual([['t1.txt', 't1.txt#jane oneil']]);
    expect(key.quotes.map((q) => q.text)).toEqual(['Our cities must lead', 'Our cities must lead']);
    expect(key.nonSpeakers).toEqual(['Hans Weber', 'Paul Roy']);
    expect(key.textDates).toEqual([
      { file: 't1.txt', date: '2021-03-04' },
      { file: 't4.txt', date: null },
    ]);
  });
  it('a bare array is a texts key', () => expect(toScoringKey(parseAnswerKey(textsKey.texts)).pairs).toHaveLength(1));
  it('an anchor whose text changed is left out', () => {
    const stale = structuredClone(textsKey);
    stale.texts[0]!.speakers[0]!.quotes[1] = { at: 12, len: 20, sha: '6847dca5ecc2' };
    expect(toScoringKey(parseAnswerKey(stale), resolveAnchorIn('tests/fixtures/scorer/texts')).quotes).toHaveLength(1);
  });
  it('without the texts, anchors by reference are left out', () =>
    expect(toScoringKey(parseAnswerKey(textsKey)).quotes).toHaveLength(1));
  it('the sample key: pairs from appearances, no text dates', () => {
    const key = toScoringKey(
      parseAnswerKey({
        documents: [{ file: 'a.txt', event: 'e' }],
        events: [{ id: 'e', date: '2020-01-01', documents: ['a.txt'] }],
        speakers: [{ id: 'x', name: 'X Y', country: null, role: 'other', appearances: [{ doc: 'a.txt' }] }],
      }),
    );
    expect([key.pairs, key.textDates, key.quotes, key.nonSpeakers]).toEqual([[['a.txt', 'x']], null, [], []]);
  });
  it('a key in neither format is refused', () => expect(() => parseAnswerKey({ speakers: 'none' })).toThrow());
});
