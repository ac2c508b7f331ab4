import { describe, expect, it } from 'vitest';
import { packColumns, unpackColumns } from './packColumns';

describe('packColumns', () => {
  it.each([
    ['no rows', [], ['a']],
    ['quotes-like rows', [{ id: 'q1', start: 0, end: 3, text: 'one' }, { id: 'q2', start: 4, end: 7, text: 'two' }], ['id', 'start', 'end', 'text']],
    ['a missing optional key stays missing', [{ id: 'd1', url: 'u' }, { id: 'd2' }], ['id', 'url']],
  ])('%s round-trip through structuredClone', (_n, rows, keys) => {
    const packed = structuredClone(packColumns(rows, keys));
    expect(unpackColumns(packed)).toEqual(rows);
    expect(unpackColumns<object>(packed).map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
  });
});
