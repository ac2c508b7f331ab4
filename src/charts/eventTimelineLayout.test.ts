import { describe, expect, it } from 'vitest';
import type { EventStack } from '../lib/computeEventStacks';
import { computeTimelineLayout, TIMELINE_MARGIN, type TimelineInput } from './eventTimelineLayout';

const stack = (id: string, date: string | null, values: number[], title = `Event ${id}`): EventStack => ({
  event: { id, title, date, documentIds: [] },
  total: values.reduce((a, b) => a + b, 0),
  values,
});
const series = [
  { key: 'academic', label: 'Academic', isOther: false },
  { key: 'activist', label: 'Activist', isOther: false },
];
const input = (o: Partial<TimelineInput>): TimelineInput => ({ dated: [], undated: [], series, width: 800, unit: 'speakers', measure: 'distinct speakers', ...o });
const daily = (n: number) => Array.from({ length: n }, (_, i) => stack(`e${i}`, new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10), [1, i % 3]));

describe('computeTimelineLayout', () => {
  it.each<[string, TimelineInput, (l: ReturnType<typeof computeTimelineLayout>) => unknown, unknown]>([
    ['dated left to right, undated after the plot', input({ dated: [stack('a', '2021-01-01', [2, 1]), stack('b', '2021-06-01', [0, 3])], undated: [stack('c', null, [1, 0])] }), (l) => l.marks.map((m) => m.key), ['a', 'b', 'c']],
    ['a few events carry their titles', input({ dated: daily(3) }), (l) => l.marks.map((m) => m.title?.join(' ')), ['Event e0', 'Event e1', 'Event e2']],
    ['many events: no titles', input({ dated: daily(20) }), (l) => l.marks.some((m) => m.title), false],
    ['more events than one per 3 px are binned', input({ dated: daily(400), width: 640 }), (l) => [l.marks.length < 400, l.marks[0]!.key.startsWith('bin-')], [true, true]],
    ['counts above bars wide enough for them', input({ dated: daily(3) }), (l) => [l.markWidth >= 8, l.showCounts], [true, true]],
    ['at most six undated events', input({ undated: Array.from({ length: 9 }, (_, i) => stack(`u${i}`, null, [1, 0])) }), (l) => l.marks.length, 6],
    ['the caption names what a bar counts', input({ dated: daily(2), measure: 'article mentions of speakers' }), (l) => l.caption.join(' '), 'Event date · bar height = article mentions of speakers'],
    ['labels carry the unit', input({ dated: daily(1), unit: 'mentions' }), (l) => l.marks[0]!.label, 'Event e0, 2021-01-01: 1 mentions'],
  ])('%s', (_name, i, read, expected) => expect(read(computeTimelineLayout(i))).toEqual(expected));

  it('puts each hit area on its mark across the plot, each count just above its bar, titles inside the chart', () => {
    const l = computeTimelineLayout(input({ dated: [stack('a', '2021-01-01', [2, 1], 'A long title that runs on and on past the left edge'), stack('b', '2021-01-09', [0, 3])], width: 400 }));
    for (const m of l.marks) {
      expect(m.hitX + l.hitWidth / 2).toBeCloseTo(m.cx);
      expect(m.countY).toBe(l.y(m.stack.total) - 4);
    }
    expect(l.plotTop).toBeLessThan(l.height - l.bottom);
    const a = l.marks[0]!;
    expect(a.titleX! - (Math.max(...a.title!.map((t) => t.length)) * 7.2) / 2).toBeGreaterThanOrEqual(TIMELINE_MARGIN.left);
  });
});

