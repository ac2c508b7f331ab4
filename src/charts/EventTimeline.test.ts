// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
const dated = [stack('a', '2021-01-01', [2, 1]), stack('b', '2021-06-01', [0, 3])];

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

function render(props: Record<string, unknown> = {}) {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(EventTimeline, { target, props: { dated, undated: [stack('c', null, [1, 0])], series, title: 'Speakers by event', width: 800, ...props } });
  flushSync();
  return target;
}

describe('EventTimeline', () => {
  it('places dated events left to right by date and undated after them, one path per series', () => {
    const el = render();
    const bars = [...el.querySelectorAll('[data-testid="event-bar"]')];
    expect(bars.map((b) => b.getAttribute('data-key'))).toEqual(['a', 'b', 'c']);
    const xs = bars.map((b) => Number(b.querySelector('rect.hit')!.getAttribute('x')));
    expect(xs[0]!).toBeLessThan(xs[1]!);
    expect(xs[1]!).toBeLessThan(xs[2]!);
    const paths = [...el.querySelectorAll('path')].map((p) => (p.getAttribute('d') ?? '').split('M').length - 1);
    expect(paths).toEqual([2, 2]); // academic: a and c; activist: a and b
    expect(el.querySelector('svg')!.getAttribute('data-chart')).toBe('event');
  });

  it('mutes unselected events and reports clicks by event id', () => {
    const onselect = vi.fn();
    const el = render({ selected: ['b'], onselect });
    expect([...el.querySelectorAll('path')].map((p) => p.getAttribute('opacity'))).toEqual(['0.35', '0.35', null]);
    el.querySelector('[data-key="c"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onselect).toHaveBeenCalledWith('c');
  });
});
