// @vitest-environment happy-dom
// Filter changes must update the charts' existing elements in place (no node churn per click).
import { flushSync, mount, unmount } from 'svelte';
import atlas from 'world-atlas/countries-110m.json';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventStack } from '../lib/computeEventStacks';
import BarChart from './BarChart.svelte';
import EventTimeline from './EventTimeline.svelte';
import WorldMap from './WorldMap.svelte';

/** BarChart's Bar (tsc of tests sees .svelte modules through an ambient declaration only). */
interface Bar {
  key: string;
  label: string;
  count: number;
  inert?: boolean;
}

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('WorldMap updates', () => {
  it('re-colours the same path elements, and a country gaining speakers becomes a button in place', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(atlas))));
    const props = $state({ counts: new Map([['GB', 3]]) as ReadonlyMap<string, number>, selected: new Set<string>() as ReadonlySet<string>, onselect: (_: string) => {} });
    app = mount(WorldMap, { target: document.body, props });
    await vi.waitFor(() => expect(document.querySelectorAll('path.country').length).toBeGreaterThan(170));
    const before = [...document.querySelectorAll('path.country')];
    const fr = document.querySelector('path[data-country="FR"]')!;
    const gb = document.querySelector('path[data-country="GB"]')!;
    expect(fr.getAttribute('role')).toBeNull();
    expect(fr.getAttribute('tabindex')).toBeNull();
    const gbFill = gb.getAttribute('fill');

    props.counts = new Map([['GB', 3], ['FR', 6]]);
    props.selected = new Set(['FR']);
    flushSync();
    expect([...document.querySelectorAll('path.country')]).toEqual(before);
    expect(fr.getAttribute('role')).toBe('button');
    expect(fr.getAttribute('aria-pressed')).toBe('true');
    expect(fr.getAttribute('aria-label')).toBe('France: 6 speakers');
    expect(gb.getAttribute('fill')).not.toBe(gbFill); // GB is no longer the largest
    expect(fr.querySelector('title')?.textContent).toBe('France: 6 speakers');

    props.counts = new Map([['FR', 2]]);
    flushSync();
    expect(gb.getAttribute('role')).toBeNull();
    expect(gb.querySelector('title')?.textContent).toBe('United Kingdom: no speakers');
  });
});

describe('BarChart updates', () => {
  it('keeps one element per position; an inert bar is the same element without a button role', () => {
    const props = $state<{ bars: Bar[]; selected: string[] }>({
      bars: [
        { key: 'FR', label: 'France', count: 4 },
        { key: 'other', label: 'Other', count: 1, inert: true },
      ],
      selected: [],
    });
    const picked: string[] = [];
    app = mount(BarChart, { target: document.body, props: { chart: 'c', title: 'T', onselect: (k: string) => picked.push(k), get bars() { return props.bars; }, get selected() { return props.selected; } } });
    flushSync();
    const before = [...document.querySelectorAll('[data-testid="bar"]')];
    expect(before.map((g) => g.getAttribute('role'))).toEqual(['button', null]);
    (before[1] as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(picked).toEqual([]);

    props.bars = [
      { key: 'GB', label: 'United Kingdom', count: 5 },
      { key: 'FR', label: 'France', count: 2 },
    ];
    props.selected = ['FR'];
    flushSync();
    const after = [...document.querySelectorAll('[data-testid="bar"]')];
    expect(after).toEqual(before);
    expect(after.map((g) => [g.getAttribute('data-key'), g.getAttribute('role'), g.getAttribute('aria-pressed')])).toEqual([
      ['GB', 'button', 'false'],
      ['FR', 'button', 'true'],
    ]);
    (after[1] as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(picked).toEqual(['FR']);
  });
});

describe('EventTimeline with more events than room', () => {
  // 400 events, one every ~1.8 days over two years: far more than an 800 px chart has room for.
  const start = Date.UTC(2020, 0, 1);
  const dated: EventStack[] = Array.from({ length: 400 }, (_, i) => {
    const date = new Date(start + Math.floor(i * 1.8) * 86_400_000).toISOString().slice(0, 10);
    return { event: { id: `e${i}`, title: `Event ${i}`, date, documentIds: [] }, total: 2, values: [1, 1] };
  });
  const series = [
    { key: 'a', label: 'A', isOther: false },
    { key: 'b', label: 'B', isOther: false },
  ];

  it('draws one mark per month holding all its events, and a click filters to them or, when all are selected, removes them', () => {
    const props = $state({ selected: [] as string[] });
    const onselect = vi.fn((id: string) => {
      props.selected = props.selected.includes(id) ? props.selected.filter((x) => x !== id) : [...props.selected, id];
    });
    app = mount(EventTimeline, { target: document.body, props: { dated, undated: [], series, title: 'Events', width: 800, onselect, get selected() { return props.selected; } } });
    flushSync();
    const marks = [...document.querySelectorAll('[data-testid="event-bar"]')];
    expect(marks).toHaveLength(24);
    expect(marks.reduce((n, g) => n + Number(g.getAttribute('data-events')), 0)).toBe(400);
    expect(marks[0]!.getAttribute('data-key')).toBe('bin-2020-01-01');
    expect(marks[0]!.getAttribute('aria-label')).toBe('Jan 2020: 18 events, 36 speakers summed over them');
    expect(document.querySelector('[data-chart="event"]')!.textContent).toContain('events summed by month');
    const xs = marks.map((g) => Number(g.querySelector('rect.hit')!.getAttribute('x')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));

    marks[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    flushSync();
    expect(props.selected).toHaveLength(18);
    expect(marks[0]!.getAttribute('aria-pressed')).toBe('true');
    expect([...document.querySelectorAll('[data-testid="event-bar"]')]).toEqual(marks); // same nodes
    marks[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    flushSync();
    expect(props.selected).toEqual([]);
  });

  it('draws events one by one when there is room', () => {
    app = mount(EventTimeline, { target: document.body, props: { dated: dated.slice(0, 50), undated: [], series, title: 'Events', width: 800 } });
    flushSync();
    expect(document.querySelectorAll('[data-testid="event-bar"]')).toHaveLength(50);
    expect(document.querySelector('[data-testid="event-bar"]')!.getAttribute('data-key')).toBe('e0');
  });
});
