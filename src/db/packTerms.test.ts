import { describe, expect, it } from 'vitest';
import { packTermRows, unpackTermRows } from './packTerms';

describe('packTermRows', () => {
  it.each([
    ['indices and counts under 65,536: 16 bits a number', [0, 1, 65_535, 2], Uint16Array],
    ['an index of 65,536 or more: 32 bits', [65_536, 1, 3, 4], Int32Array],
    ['a count of 65,536 or more: 32 bits', [7, 70_000], Int32Array],
  ])('%s, and the same rows back as Int32Arrays', (_name, counts, kind) => {
    const rows = [
      { kind: 'quote' as const, id: 'q1', counts },
      { kind: 'document' as const, id: 'd1', counts: [1, 1] },
    ];
    const packed = packTermRows(rows);
    expect(packed.flat).toBeInstanceOf(kind);
    const back = unpackTermRows(packed);
    expect(back.map((r) => r.counts)).toEqual([Int32Array.from(counts), Int32Array.from([1, 1])]);
    expect(back.map((r) => [r.kind, r.id])).toEqual([
      ['quote', 'q1'],
      ['document', 'd1'],
    ]);
  });
});
