import { utcMonth } from 'd3';
import { describe, expect, it } from 'vitest';
import type { EventStack } from '../lib/computeEventStacks';
import { binEventStacks, chooseBinInterval } from './binEvents';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const stack = (id: string, date: string, values: number[]): EventStack => ({
  event: { id, title: `Event ${id}`, date, documentIds: [] },
  total: values.reduce((a, b) => a + b, 0),
  values,
});

describe('chooseBinInterval', () => {
  it.each<[string, string, string, number, string]>([
    ['a month in 40 bins: days', '2021-01-01', '2021-01-31', 40, 'day'],
    ['a year in 60 bins: weeks', '2021-01-01', '2021-12-31', 60, 'week'],
    ['nine years in 200 bins: months', '2016-01-01', '2024-12-31', 200, 'month'],
    ['nine years in 40 bins: quarters', '2016-01-01', '2024-12-31', 40, 'quarter'],
    ['nine years in 12 bins: years', '2016-01-01', '2024-12-31', 12, 'year'],
    ['too narrow for years: years anyway', '2016-01-01', '2024-12-31', 3, 'year'],
  ])('%s', (_name, lo, hi, maxBins, expected) => {
    expect(chooseBinInterval(day(lo), day(hi), maxBins).name).toBe(expected);
  });
});

describe('binEventStacks', () => {
  const dated = [stack('a', '2021-01-03', [2, 1]), stack('b', '2021-01-30', [0, 3]), stack('c', '2021-03-01', [1, 0])];

  it('sums the events of each calendar bin and leaves empty bins out', () => {
    const bins = binEventStacks(dated, utcMonth, day);
    expect(bins.map((b) => [b.start.toISOString().slice(0, 10), b.end.toISOString().slice(0, 10), b.stacks.map((s) => s.event.id), b.values, b.total])).toEqual([
      ['2021-01-01', '2021-02-01', ['a', 'b'], [2, 4], 6],
      ['2021-03-01', '2021-04-01', ['c'], [1, 0], 1],
    ]);
  });

  it('does not change its input', () => {
    const copy = structuredClone(dated);
    binEventStacks(dated, utcMonth, day);
    expect(dated).toEqual(copy);
  });

  it('gives no bins for no events', () => {
    expect(binEventStacks([], utcMonth, day)).toEqual([]);
  });
});
