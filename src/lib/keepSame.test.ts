import { describe, expect, it } from 'vitest';
import { keepSame, sameValues } from './keepSame';

describe('sameValues', () => {
  it.each([
    ['equal bytes', new Uint8Array([1, 0, 1]), new Uint8Array([1, 0, 1]), true],
    ['one value differs', new Uint8Array([1, 0, 1]), new Uint8Array([1, 1, 1]), false],
    ['lengths differ', new Int32Array([2]), new Int32Array([2, 0]), false],
    ['both empty', new Int32Array(), new Int32Array(), true],
  ])('%s', (_name, a, b, same) => expect(sameValues(a, b)).toBe(same));
});

describe('keepSame', () => {
  it('hands back the earlier array while the values stay the same, and the new one once they change', () => {
    const keep = keepSame<Int32Array>();
    const first = new Int32Array([3, 0, 2]);
    expect(keep(first)).toBe(first);
    expect(keep(new Int32Array([3, 0, 2]))).toBe(first);
    const changed = new Int32Array([3, 1, 2]);
    expect(keep(changed)).toBe(changed);
    expect(keep(new Int32Array([3, 1, 2]))).toBe(changed);
    expect(keep(first)).toBe(first);
  });

  it('never changes the arrays it is given', () => {
    const keep = keepSame<Uint8Array>();
    const a = new Uint8Array([1, 0]);
    keep(a);
    keep(new Uint8Array([0, 1]));
    expect([...a]).toEqual([1, 0]);
  });
});
