import { describe, expect, it } from 'vitest';
import { packTermRows, TermRowPacker, unpackTermRows } from './packTerms';

describe('packTermRows', () => {
  it.each([
    ['indices and counts under 65,536: 16 bits a number', [0, 1, 65_535, 2], Uint16Array],
    ['an index of 65,536 or more: 32 bits', [65_536, 1, 3, 4], Int32Array],
    ['a count of 65,536 or more: 32 bits', [7, 70_000], Int32Array],
  ])('%s, and the same rows back as views of it', (_name, counts, kind) => {
    const rows = [
      { kind: 'quote' as const, id: 'q1', counts },
      { kind: 'document' as const, id: 'd1', counts: [1, 1] },
    ];
    const packed = packTermRows(rows);
    expect(packed.flat).toBeInstanceOf(kind);
    const back = unpackTermRows(packed);
    expect(back.map((r) => [...r.counts])).toEqual([counts, [1, 1]]);
    expect(back.every((r) => r.counts instanceof kind && r.counts.buffer === packed.flat.buffer)).toBe(true);
    expect(back.map((r) => [r.kind, r.id])).toEqual([
      ['quote', 'q1'],
      ['document', 'd1'],
    ]);
  });
});

describe('TermRowPacker', () => {
  it('packs each chunk apart, each in its own narrowest array, from counts it may not keep', () => {
    const packer = new TermRowPacker();
    const scratch = new Int32Array(4);
    scratch.set([70_000, 1]);
    packer.add('quote', 'q1', scratch.subarray(0, 2));
    scratch.set([3, 2, 5, 1]);
    packer.add('document', 'd1', scratch);
    const first = packer.take();
    expect(first.flat).toBeInstanceOf(Int32Array);
    expect(unpackTermRows(first).map((r) => [r.kind, r.id, [...r.counts]])).toEqual([
      ['quote', 'q1', [70_000, 1]],
      ['document', 'd1', [3, 2, 5, 1]],
    ]);
    expect(packer.size).toBe(0);
    packer.add('quote', 'q2', [1, 1]);
    const second = packer.take();
    expect(second.flat).toBeInstanceOf(Uint16Array);
    expect([...second.flat]).toEqual([1, 1]);
    expect([...second.offsets]).toEqual([0, 2]);
  });

  it('grows past its first array', () => {
    const packer = new TermRowPacker();
    const counts = Array.from({ length: 50_000 }, (_, i) => 1 + (i % 7));
    for (let r = 0; r < 3; r++) packer.add('quote', `q${r}`, counts);
    const p = packer.take();
    expect(p.flat.length).toBe(150_000);
    expect([...p.flat.subarray(100_000, 100_003)]).toEqual(counts.slice(0, 3));
  });
});
