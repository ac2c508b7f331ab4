import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LINE_RECORD, type LineSection } from './lines';
import { PLAIN_RECORD } from './plainRecords';

const id = fc.oneof(fc.constantFrom('a', 'd1', 'e-2019-x', 'speaker-one'), fc.string({ minLength: 1, maxLength: 6 }));
const str = fc.oneof(fc.constant(''), fc.string({ maxLength: 8 }));
const ids = (min: number) => fc.array(id, { minLength: min, maxLength: 4 });
const count = fc.oneof(fc.nat(5000), fc.constantFrom(0, 2 ** 31));

/** Records of each section as the schema wants them, optional keys sometimes left out. */
const VALID: Partial<Record<LineSection, fc.Arbitrary<Record<string, unknown> | string>>> = {
  events: fc.record({ id, title: str, date: fc.constantFrom(null, '2024-05-02', '1999-12-31'), documentIds: ids(0) }),
  // aliases and titles may be left to a speakerNames line
  speakers: fc.record(
    {
      id,
      name: id,
      aliases: fc.array(str, { maxLength: 3 }),
      titles: fc.array(str, { maxLength: 3 }),
      role: fc.constantFrom('legislator', 'other', 'x'),
      country: fc.constantFrom(null, 'GB', 'FR'),
      affiliations: fc.array(str, { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'name', 'role', 'country', 'affiliations'] },
  ),
  speakerNames: fc.record({ speakerId: id, aliases: fc.array(str, { maxLength: 3 }), titles: fc.array(str, { maxLength: 3 }) }),
  appearances: fc.oneof(fc.record({ documentId: id, eventId: id, speakerIds: ids(1) }), fc.record({ speakerId: id, eventId: id, documentId: id })),
  quotes: fc.record(
    { id, speakerId: id, documentId: id, eventId: id, start: count, end: count, text: str, kind: fc.constantFrom('direct', 'reported') },
    { requiredKeys: ['id', 'speakerId', 'documentId', 'eventId', 'start', 'end'] },
  ),
  unattributed: fc.record({ id, documentId: id, eventId: id, start: count, end: count, text: str, kind: fc.constantFrom('direct', 'reported') }, { requiredKeys: ['id', 'documentId', 'eventId', 'start', 'end'] }),
  vocabulary: id,
  documents: fc.record(
    { id, file: id, title: str, eventId: fc.oneof(fc.constant(null), id), text: str, wordCount: count, sha256: fc.constant('ab'.repeat(32)), url: str, outlet: str, published: str },
    { requiredKeys: ['id', 'file', 'title', 'eventId', 'text', 'wordCount', 'sha256'] },
  ),
};

/** Values a field may be given instead of its own. */
const odd = fc.constantFrom<unknown>(undefined, null, '', 'gb', 'GBR', '2024-5-2', -1, 1.5, NaN, 2 ** 60, 0, [], [''], [1], {}, 'x', true, 'direct ', 'A'.repeat(64));

/** A valid record spoilt, or not: a field changed, dropped or added, the keys reordered, or nested in an array. */
const spoilt = (valid: fc.Arbitrary<Record<string, unknown> | string>) =>
  fc.tuple(valid, fc.nat(), odd, fc.nat(4)).map(([r, k, v, how]) => {
    if (typeof r === 'string') return how === 0 ? v : how === 1 ? [r] : r;
    const keys = Object.keys(r);
    const key = keys[k % keys.length]!;
    if (how === 0) return { ...r, [key]: v };
    if (how === 1) return Object.fromEntries(Object.entries(r).filter(([x]) => x !== key));
    if (how === 2) return { ...r, extra: v };
    if (how === 3) return Object.fromEntries(Object.entries(r).reverse());
    // an own "__proto__" key, as JSON.parse makes it
    return JSON.parse(`{"__proto__":1,${JSON.stringify(r).slice(1)}`);
  });

describe('PLAIN_RECORD', () => {
  for (const [section, valid] of Object.entries(VALID) as [LineSection, fc.Arbitrary<Record<string, unknown> | string>][]) {
    const schema = LINE_RECORD[section] as z.ZodType;
    const plain = PLAIN_RECORD[section]!;

    it(`${section}: takes every valid record, as zod gives it back`, () => {
      fc.assert(
        fc.property(valid, (r) => {
          const raw = JSON.parse(JSON.stringify(r));
          expect(plain(raw)).toBe(true);
          const z = schema.safeParse(raw);
          expect(z.success).toBe(true);
          expect(JSON.stringify(z.data)).toBe(JSON.stringify(raw));
        }),
        { numRuns: 300 },
      );
    });

    it(`${section}: takes nothing zod would refuse or change`, () => {
      fc.assert(
        fc.property(spoilt(valid), (r) => {
          if (!plain(r)) return;
          const z = schema.safeParse(r);
          expect(z.success).toBe(true);
          expect(JSON.stringify(z.data)).toBe(JSON.stringify(r));
          expect(Object.keys(z.data as object)).toEqual(Object.keys(r as object));
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('leaves a speaker with evidence inside to zod', () => {
    const s = { id: 'a', name: 'A', aliases: [], titles: [], role: 'other', country: null, affiliations: [], evidence: { country: [], role: [], merges: [] } };
    expect(PLAIN_RECORD.speakers!(s)).toBe(false);
    expect(LINE_RECORD.speakers.safeParse(s).success).toBe(true);
  });
});
