import { describe, expect, it } from 'vitest';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
import { buildIndex } from '../lib/corpusIndex';
import { headCorpus } from './loadCommon';
import { packHead, unpackHead } from './packHead';

describe('packHead', () => {
  it('gives back the head corpus, speakers without their evidence, appearances in order', () => {
    const c = smallCorpus();
    const packed = packHead(c);
    expect(packed.appearances).toBeInstanceOf(Int32Array);
    expect(packed.appearances).toHaveLength(3 * c.appearances.length);
    const back = unpackHead(structuredClone(packed));
    const expected = headCorpus({ ...c, speakers: c.speakers.map(({ evidence: _, ...s }) => s) });
    expect(back).toEqual(expected);
  });

  it('keeps a speaker’s absent country as null and an empty head empty', () => {
    const c = smallCorpus();
    const one = { ...c, speakers: [{ ...c.speakers[0]!, country: null }], appearances: [{ speakerId: c.speakers[0]!.id, eventId: c.events[0]!.id, documentId: 'elsewhere' }] };
    expect(unpackHead(packHead(one)).speakers[0]!.country).toBeNull();
    expect(unpackHead(packHead(one)).appearances).toEqual(one.appearances);
    expect(unpackHead(packHead({ events: [], speakers: [], appearances: [], rejected: [] }))).toEqual(headCorpus({ events: [], speakers: [], appearances: [] }));
  });

  it('hands the index the appearances\u2019 positions it would look up', () => {
    const c = smallCorpus();
    c.appearances.push({ speakerId: c.speakers[1]!.id, eventId: c.events[0]!.id, documentId: 'only-appears' });
    const back = unpackHead(structuredClone(packHead(c)));
    const given = buildIndex(back);
    // the same corpus in new arrays: every id looked up
    const looked = buildIndex({ ...back, speakers: [...back.speakers], events: [...back.events], documents: [...back.documents], appearances: [...back.appearances] });
    for (const k of ['appearanceSpeaker', 'appearanceEvent', 'appearanceDocument'] as const) expect(Array.from(given[k])).toEqual(Array.from(looked[k]));
    expect(Array.from(given.appearanceDocument)).not.toContain(-1);
  });
});
