import { describe, expect, it } from 'vitest';
import { describeIssues } from './schema';
import { TermRowLine } from './lines';
import { TermRowReader } from './termRowReader';

/** What TermRowLine, the contract, makes of a record: its counts as a list, or its issues. */
function contract(raw: unknown): { kind: string; id: string; counts: number[] } | string[] {
  const r = TermRowLine.safeParse(raw);
  return r.success ? { ...r.data, counts: [...r.data.counts] } : describeIssues(r.error);
}

describe('TermRowReader', () => {
  it.each<[string, unknown]>([
    ['packed counts', { kind: 'quote', id: 'q1', counts: 'ACRB' }],
    ['numbers of several digits', { kind: 'document', id: 'd1', counts: '1pdEAh__f' }],
    ['no counts at all', { kind: 'quote', id: 'q1', counts: '' }],
    ['a list of numbers (files written before)', { kind: 'quote', id: 'q1', counts: [0, 2, 17, 1] }],
    ['a character that is no digit', { kind: 'quote', id: 'q1', counts: 'A!' }],
    ['a number cut short', { kind: 'quote', id: 'q1', counts: 'ABh' }],
    ['an odd count of numbers', { kind: 'quote', id: 'q1', counts: 'ABC' }],
    ['a count of 0', { kind: 'quote', id: 'q1', counts: 'BA' }],
    ['a list with a count of 0', { kind: 'quote', id: 'q1', counts: [1, 0] }],
    ['counts of another type', { kind: 'quote', id: 'q1', counts: 7 }],
    ['no counts', { kind: 'quote', id: 'q1' }],
    ['an unknown kind', { kind: 'speech', id: 'q1', counts: 'AB' }],
    ['an unknown kind and bad counts', { kind: 'speech', id: 'q1', counts: 'A!' }],
    ['no id', { kind: 'quote', counts: 'AB' }],
    ['not an object', 'AB'],
    ['null', null],
  ])('reads %s as TermRowLine does', (_name, raw) => {
    const got = new TermRowReader().read(raw);
    expect(Array.isArray(got) ? got : { ...got, counts: [...got.counts] }).toEqual(contract(raw));
  });

  it('hands out each row in memory it uses again, grown for a long row', () => {
    const reader = new TermRowReader();
    const long = 'AB'.repeat(5000);
    const first = reader.read({ kind: 'quote', id: 'q1', counts: long });
    expect(Array.isArray(first) ? first : first.counts.length).toBe(10_000);
    const second = reader.read({ kind: 'quote', id: 'q2', counts: 'CD' });
    expect(Array.isArray(second) ? second : [...second.counts]).toEqual([2, 3]);
  });
});
