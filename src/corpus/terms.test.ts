import { describe, expect, it } from 'vitest';
import { Terms } from './schema';
import { decodeCounts, decodeTermRow, encodeCounts, encodeTerms, isFlatCounts, type TermCounts } from './terms';

const rows: TermCounts[] = [
  { kind: 'document', id: 'd1', counts: [['water', 2], ['summit', 1]] },
  { kind: 'quote', id: 'q1', counts: [['water', 1], ['clean water', 1]] },
  { kind: 'quote', id: 'q2', counts: [] },
];

describe('encodeTerms', () => {
  it('orders the vocabulary by total count, ties by term, and decodes back to the same pairs', () => {
    const t = encodeTerms(rows);
    expect(t.vocabulary).toEqual(['water', 'clean water', 'summit']);
    expect(t.rows.map((r) => r.counts)).toEqual([[0, 2, 2, 1], [0, 1, 1, 1], []]);
    expect(t.rows.map((r) => decodeTermRow(t.vocabulary, r.counts))).toEqual(rows.map((r) => r.counts));
    expect(Terms.safeParse(t).success).toBe(true);
  });

  it('does not depend on anything but its input and leaves it unchanged', () => {
    const before = structuredClone(rows);
    expect(encodeTerms(rows)).toEqual(encodeTerms(structuredClone(rows)));
    expect(rows).toEqual(before);
  });
});

describe('isFlatCounts', () => {
  it.each([
    [[], true],
    [[0, 1, 5, 3], true],
    [Int32Array.of(0, 1, 2, 4), true],
    [[0], false],
    [[0, 0], false],
    [[-1, 1], false],
    [[0.5, 1], false],
    [[0, '1'], false],
    [[['water', 1]], false],
    [Int32Array.of(0, 0), false],
    [Uint16Array.of(7, 2, 65_535, 1), true],
    [Uint16Array.of(7, 0), false],
    [Uint16Array.of(7), false],
    [Float64Array.of(0, 1), false],
    ['0,1', false],
  ])('%j → %s', (x, ok) => expect(isFlatCounts(x)).toBe(ok));
});

describe('Terms schema', () => {
  it.each([
    ['an index past the vocabulary', { vocabulary: ['a'], rows: [{ kind: 'quote', id: 'q', counts: [0, 1, 1, 1] }] }, 'rows.0.counts.2'],
    ['old [term, count] tuples', { vocabulary: [], rows: [{ kind: 'quote', id: 'q', counts: [['a', 1]] }] }, 'rows.0.counts'],
    ['an empty term', { vocabulary: [''], rows: [] }, 'vocabulary.0'],
  ])('rejects %s at its path', (_n, terms, path) => {
    const r = Terms.safeParse(terms);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path.join('.')).toBe(path);
  });
});

describe('encodeCounts / decodeCounts', () => {
  it.each<[number[], string]>([
    [[], ''],
    [[0, 1], 'AB'],
    [[31, 1], 'fB'],
    [[32, 2], 'hAC'],
    [[1023, 31], '_ff'],
    [[1024, 1], 'hgAB'],
    [[21821, 4, 0, 65535], '1pdE' + 'A' + 'h__f'],
  ])('%j ↔ %j', (counts, packed) => {
    expect(encodeCounts(counts)).toBe(packed);
    expect(decodeCounts(packed)).toEqual(counts);
  });

  it('round-trips any flat list, in fewer characters than its JSON', () => {
    const counts = Array.from({ length: 400 }, (_, i) => (i % 2 ? 1 + ((i * 7) % 40) : (i * 977) % 30000));
    const packed = encodeCounts(counts);
    expect(decodeCounts(packed)).toEqual(counts);
    expect(packed.length).toBeLessThan(JSON.stringify(counts).length * 0.6);
    expect(JSON.stringify(packed)).toBe(`"${packed}"`);
  });

  it.each([
    ['a character that is no digit', 'A!', /character 1 \("!"\) is not a packed digit/],
    ['a number cut short', 'Ah', /the last number is cut short/],
    ['an odd count of numbers', 'ABC', /an odd count of numbers \(3\)/],
    ['a count of 0', 'BA', /count 1 is 0/],
    ['a number past 32 bits', 'hhhhhhhA' + 'B', /number 0 is too large/],
  ])('says what is wrong with %s', (_n, packed, message) => {
    expect(decodeCounts(packed)).toMatch(message);
  });
});
