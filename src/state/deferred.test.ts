import { describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../lib/filters';
import type { Counted } from '../lib/countUnits';
import type { Dashboard } from './context';
import { CatchUp, gateDashboard, ViewportGate } from './deferred.svelte';

/** A stand-in live dashboard whose filters the test changes. */
function fakeLive() {
  let filters: Filters = EMPTY_FILTERS;
  const toggle = vi.fn();
  const live = {
    view: {
      get filters() {
        return filters;
      },
      speaker: null,
      terms: 'quote',
      split: 'role',
      count: 'event',
      toggle,
    },
    index: {},
    get masks() {
      return new Uint8Array([filters.country.length]);
    },
    selection: {},
    filterLine: '',
    sourceLine: '',
    counted: () => ({}) as Counted,
    weigh: () => new Int32Array(),
    label: (_: string, v: string) => v,
  } as unknown as Dashboard;
  return { live, toggle, setFilters: (f: Filters) => (filters = f) };
}

/** A schedule the test runs by hand. */
function manualSchedule() {
  const tasks: (() => void)[] = [];
  return { schedule: (t: () => void) => (tasks.push(t), () => tasks.splice(tasks.indexOf(t), 1)), runOne: () => tasks.shift()?.(), tasks };
}

const el = () => ({}) as Element;

describe('ViewportGate', () => {
  it.each([
    ['not yet reported', [], true],
    ['reported in view', [true], true],
    ['reported out of view', [false], false],
    ['out, then back in', [false, true], true],
  ] as const)('an element %s: visible is %s', (_name, reports, visible) => {
    const g = new ViewportGate();
    const e = el();
    g.add(e);
    for (const r of reports) g.report(e, r);
    expect(g.visible).toBe(visible);
  });

  it('is in view while any of its elements is', () => {
    const g = new ViewportGate();
    const [a, b] = [el(), el()];
    g.add(a);
    g.add(b);
    g.report(a, false);
    expect(g.visible).toBe(true); // b not reported yet
    g.report(b, true);
    g.report(b, false);
    expect(g.visible).toBe(false);
    g.delete(b);
    g.report(a, true);
    expect(g.visible).toBe(true);
  });
});

describe('gateDashboard and CatchUp', () => {
  it('a panel out of view keeps its filters until an idle catch-up; one in view follows at once; actions go to the live view', () => {
    const { live, toggle, setFilters } = fakeLive();
    const { schedule, runOne, tasks } = manualSchedule();
    const catchUp = new CatchUp(live, schedule);
    const [inView, outOfView] = [new ViewportGate(), new ViewportGate()];
    const [a, b] = [el(), el()];
    inView.add(a);
    outOfView.add(b);
    catchUp.register(inView);
    catchUp.register(outOfView);
    inView.report(a, true);
    outOfView.report(b, false);
    const [seen, hidden] = [gateDashboard(live, inView), gateDashboard(live, outOfView)];

    const sweden = { ...EMPTY_FILTERS, country: ['SE'] };
    setFilters(sweden);
    catchUp.refresh();
    expect(seen.view.filters).toBe(sweden);
    expect(seen.masks[0]).toBe(1);
    expect(hidden.view.filters).toBe(EMPTY_FILTERS);
    expect(hidden.masks[0]).toBe(0);
    expect(catchUp.pending).toBe(true);

    // a second click before the page is idle: still one catch-up waiting, which reads the latest filters
    const both = { ...EMPTY_FILTERS, country: ['SE', 'NO'] };
    setFilters(both);
    catchUp.refresh();
    expect(tasks).toHaveLength(1);
    runOne();
    expect(hidden.view.filters).toBe(both);
    expect(catchUp.pending).toBe(false);
    expect(tasks).toHaveLength(0);

    hidden.view.toggle('role', 'academic');
    expect(toggle).toHaveBeenCalledWith('role', 'academic');
  });

  it('catches up every panel out of view in one idle callback, from one snapshot, and a panel scrolling out of view keeps what it showed', () => {
    const { live, setFilters } = fakeLive();
    const { schedule, runOne, tasks } = manualSchedule();
    const catchUp = new CatchUp(live, schedule);
    const gates = [new ViewportGate(), new ViewportGate(), new ViewportGate()];
    gates.forEach((g) => {
      const e = el();
      g.add(e);
      catchUp.register(g);
      g.report(e, false);
    });
    const views = gates.map((g) => gateDashboard(live, g));
    const f = { ...EMPTY_FILTERS, role: ['academic'] };
    setFilters(f);
    catchUp.refresh();
    expect(views.map((v) => v.view.filters === f)).toEqual([false, false, false]);
    expect(tasks).toHaveLength(1);
    runOne();
    expect(views.every((v) => v.view.filters === f)).toBe(true);
    expect(new Set(gates.map((g) => g.snapshot)).size).toBe(1);
    expect(catchUp.pending).toBe(false);
    expect(tasks).toHaveLength(0);

    // in view it follows live; leaving the viewport freezes the filters it was showing
    const g = new ViewportGate();
    const e = el();
    g.add(e);
    catchUp.register(g);
    g.report(e, true);
    const v = gateDashboard(live, g);
    const later = { ...EMPTY_FILTERS, term: ['water'] };
    setFilters(later);
    g.report(e, false);
    setFilters(EMPTY_FILTERS);
    expect(v.view.filters).toBe(later);
    catchUp.flush();
    expect(v.view.filters).toBe(EMPTY_FILTERS);
  });

  it('a panel the browser skips waits for no idle moment: it catches up when drawn again, or when the page draws every panel', () => {
    const { live, setFilters } = fakeLive();
    const { schedule, runOne } = manualSchedule();
    let drawsAll = false;
    const catchUp = new CatchUp(live, schedule, () => drawsAll);
    const [near, far] = [new ViewportGate(), new ViewportGate()];
    const [a, b] = [el(), el()];
    near.add(a);
    far.add(b);
    catchUp.register(near);
    catchUp.register(far);
    near.report(a, false);
    far.report(b, false);
    far.reportSkipped(b, true);
    expect([near.rendered, far.rendered]).toEqual([true, false]);
    const [nearView, farView] = [gateDashboard(live, near), gateDashboard(live, far)];

    const f = { ...EMPTY_FILTERS, country: ['SE'] };
    setFilters(f);
    catchUp.refresh();
    runOne();
    expect(nearView.view.filters).toBe(f);
    expect(farView.view.filters).toBe(EMPTY_FILTERS);
    expect(catchUp.pending).toBe(false);

    // drawn again (coming near): up to date at once, without waiting for an idle moment
    far.reportSkipped(b, false);
    expect(farView.view.filters).toBe(f);

    // skipped again, then another click, then a full-page capture: drawAll catches it up
    far.reportSkipped(b, true);
    const g = { ...EMPTY_FILTERS, role: ['academic'] };
    setFilters(g);
    catchUp.refresh();
    runOne();
    expect(farView.view.filters).toBe(f);
    catchUp.drawAll();
    expect(farView.view.filters).toBe(g);

    // while the page draws every panel (a capture under way), the idle catch-up takes skipped panels too
    const h = { ...EMPTY_FILTERS, term: ['water'] };
    setFilters(h);
    catchUp.refresh();
    drawsAll = true;
    expect(catchUp.pending).toBe(true);
    runOne();
    expect(farView.view.filters).toBe(h);
  });

  it('an element not yet reported counts as drawn, and one skipped element of two leaves the panel drawn', () => {
    const g = new ViewportGate();
    const [a, b] = [el(), el()];
    g.add(a);
    expect(g.rendered).toBe(true);
    g.add(b);
    g.reportSkipped(a, true);
    expect(g.rendered).toBe(true);
    g.reportSkipped(b, true);
    expect(g.rendered).toBe(false);
    g.delete(b);
    expect(g.rendered).toBe(false);
    g.reportSkipped(a, false);
    expect(g.rendered).toBe(true);
  });

  it('one element of a panel coming near catches the whole panel up at once, even while another was drawn', () => {
    const { live, setFilters } = fakeLive();
    const { schedule, tasks } = manualSchedule();
    const catchUp = new CatchUp(live, schedule);
    const g = new ViewportGate();
    const [chart, list] = [el(), el()];
    g.add(chart);
    g.add(list);
    catchUp.register(g);
    g.report(chart, false);
    g.report(list, false);
    g.reportSkipped(list, true);
    const v = gateDashboard(live, g);
    const f = { ...EMPTY_FILTERS, country: ['SE'] };
    setFilters(f);
    catchUp.refresh();
    expect(v.view.filters).toBe(EMPTY_FILTERS);
    g.reportSkipped(list, false);
    expect(v.view.filters).toBe(f);
    expect(catchUp.pending).toBe(false);
    expect(tasks).toHaveLength(1); // the idle catch-up still comes, with nothing left to do
  });
});
