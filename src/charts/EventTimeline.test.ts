// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventStack } from '../lib/computeEventStacks';
import EventTimeline from './EventTimeline.svelte';

const stack = (id: string, date: string | null, values: number[]): EventStack => ({
  event: { id, title: `Event ${id}`, date, documentIds: [] },
  total: values.reduce((a, b) => a + b, 0),
  values,
});
const series = [
  { key: 'academic', label: 'Academic', isOther: false },
  { key: 'activist', label: 'Activist', isOther: false },
];

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

describe('EventTimeline', () => {
  it('places dated events left to right by date, undated after them, stacks heights by value', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const dated = [stack('a', '2021-01-01', [2, 1]), stack('b', '2021-06-01', [0, 3])];
    app = mount(EventTimeline, { target, props: { dated, undated: [stack('c', null, [1, 0])], series, title: 'Speakers by event', width: 800 } });
    flushSync();
    const bars = [...target.querySelectorAll('[data-testid="event-bar"]')];
    expect(bars.map((b) => b.getAttribute('data-key'))).toEqual(['a', 'b', 'c']);
    const xs = bars.map((b) => Number(b.querySelector('rect')!.getAttribute('x')));
    expect(xs[0]!).toBeLessThan(xs[1]!);
    expect(xs[1]!).toBeLessThan(xs[2]!);
    const heights = (b: Element) => [...b.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')));
    const [h2, h1] = heights(bars[0]!);
    expect((h2! + 0.5) / (h1! + 0.5)).toBeCloseTo(2, 1);
    expect(heights(bars[1]!)).toHaveLength(1); // zero segments are not drawn
    expect(target.querySelector('svg')!.getAttribute('data-chart')).toBe('event');
  });
});
