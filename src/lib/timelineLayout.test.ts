import { describe, expect, it } from 'vitest';
import { CHAR_PX_11, computeLegendLayout, computeTickCount, thinTickLabels } from './timelineLayout';

describe('computeTickCount', () => {
  it.each([
    ['an 800 px chart with "06 Sep 2020" labels', 700, 11, 7],
    ['a 390 px chart', 260, 11, 2],
    ['never fewer than two', 50, 11, 2],
    ['short year labels fit more', 700, 4, 16],
  ] as const)('%s', (_name, plot, chars, expected) => {
    expect(computeTickCount(plot, chars)).toBe(expected);
  });
});

const ticks = (xs: number[], label = '06 Sep 2020') => xs.map((x) => ({ x, label }));
const overlaps = (kept: { x: number; label: string }[]) =>
  kept.some((t, i) => i > 0 && t.x - (t.label.length * CHAR_PX_11) / 2 < kept[i - 1]!.x + (kept[i - 1]!.label.length * CHAR_PX_11) / 2);

describe('thinTickLabels', () => {
  it('keeps every label when they are far apart', () => {
    expect(thinTickLabels(ticks([100, 200, 300]), 40, 400).map((t) => t.x)).toEqual([100, 200, 300]);
  });
  it('drops labels that would touch the one before (weekly ticks at 64 px, the 800 px case)', () => {
    const weekly = ticks([60, 124, 188, 252, 316, 380, 444, 508, 572, 636, 700]);
    const kept = thinTickLabels(weekly, 40, 736);
    expect(kept.map((t) => t.x)).toEqual([60, 188, 316, 444, 572, 700]);
    expect(overlaps(kept)).toBe(false);
  });
  it('drops a label that would hang far off either end of the axis', () => {
    expect(thinTickLabels(ticks([20, 200, 395]), 40, 400).map((t) => t.x)).toEqual([200]);
  });
  it('does not mutate its input', () => {
    const input = ticks([60, 70]);
    const copy = structuredClone(input);
    thinTickLabels(input, 0, 500);
    expect(input).toEqual(copy);
  });
});

describe('computeLegendLayout', () => {
  const roles = ['Community representative', 'Legislator', 'Activist', 'Organisation leader', 'Academic', 'Organisation member', 'Former official', 'Local politician'];
  const right = (labels: string[], width: number) => {
    const { items } = computeLegendLayout(labels, width);
    return Math.max(...items.map((p, i) => p.x + 16 + labels[i]!.length * CHAR_PX_11));
  };
  const collide = (labels: string[], width: number) => {
    const { items } = computeLegendLayout(labels, width);
    return items.some((p, i) => items.some((q, j) => j > i && q.y === p.y && q.x < p.x + 16 + labels[i]!.length * CHAR_PX_11 && p.x < q.x + 16 + labels[j]!.length * CHAR_PX_11));
  };
  it.each([
    ['1280 px: all on two rows of four', 1200, 2],
    ['800 px: three rows of three columns', 700, 3],
    ['390 px: flowing, four rows for eight items', 300, 4],
  ] as const)('%s', (_name, width, rows) => {
    expect(computeLegendLayout(roles, width).rows).toBe(rows);
    expect(right(roles, width)).toBeLessThanOrEqual(width);
    expect(collide(roles, width)).toBe(false);
  });
  it('puts a label wider than the legend on its own row', () => {
    expect(computeLegendLayout(['x'.repeat(100), 'y', 'z'], 200)).toEqual({ items: [{ x: 0, y: 0 }, { x: 0, y: 18 }, { x: 37, y: 18 }], rows: 2 });
  });
});
