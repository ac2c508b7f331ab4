import { describe, expect, it } from 'vitest';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
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
});
