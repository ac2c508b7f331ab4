// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, scheduleWhenIdle, syncUrl, UrlWriter, ViewState } from './viewState.svelte';

/** A scheduler the test runs by hand: `run()` is "the page went idle". */
function manual() {
  let task: (() => void) | undefined;
  const schedule = vi.fn((t: () => void) => {
    task = t;
    return () => (task = undefined);
  });
  return { schedule, run: () => task?.(), get waiting() { return task !== undefined; } };
}

describe('UrlWriter', () => {
  beforeEach(() => history.replaceState(null, '', '/app/'));
  const entries = () => history.length;

  it.each<[string, [string, boolean][], string, number]>([
    ['one click: one entry', [['?country=FR', false]], '?country=FR', 1],
    ['a burst of clicks: one entry with the last state', [['?country=FR', false], ['?country=FR&country=GB', false], ['?country=GB', false]], '?country=GB', 1],
    ['typing only: the entry is replaced', [['?q=w', true], ['?q=water', true]], '?q=water', 0],
    ['a click, then typing: still one new entry', [['?country=FR', false], ['?country=FR&q=water', true]], '?country=FR&q=water', 1],
    ['back to where the address bar is: nothing written', [['?country=FR', false], ['', false]], '', 0],
  ])('%s', (_name, writes, search, added) => {
    const idle = manual();
    const w = new UrlWriter(idle.schedule);
    const before = entries();
    for (const [s, replace] of writes) w.write(s, replace);
    expect(location.search).toBe(''); // nothing before the page is idle
    expect(idle.schedule).toHaveBeenCalledTimes(1);
    idle.run();
    expect(location.search).toBe(search);
    expect(entries() - before).toBe(added);
    expect(w.pending).toBe(false);
  });

  it('keeps the path and hash', () => {
    history.replaceState(null, '', '/app/#terms');
    const w = new UrlWriter(manual().schedule);
    w.write('?role=academic', false);
    w.flush();
    expect(`${location.pathname}${location.search}${location.hash}`).toBe('/app/?role=academic#terms');
  });

  it('back/forward drops a write still waiting and adopts the URL', () => {
    const idle = manual();
    const w = new UrlWriter(idle.schedule);
    const view = new ViewState('?country=FR');
    const stop = syncUrl(view, w);
    w.write('?country=GB', false);
    history.replaceState(null, '', '/app/?role=academic');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(idle.waiting).toBe(false);
    expect(w.pending).toBe(false);
    expect(view.filters.role).toEqual(['academic']);
    stop();
  });
});

describe('scheduleWhenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('uses requestIdleCallback with a timeout, and cancels it', () => {
    const ric = vi.fn((_: IdleRequestCallback, __?: IdleRequestOptions) => 7);
    const cic = vi.fn();
    vi.stubGlobal('requestIdleCallback', ric);
    vi.stubGlobal('cancelIdleCallback', cic);
    const task = vi.fn();
    const cancel = scheduleWhenIdle(task);
    expect(ric.mock.calls[0]![1]).toEqual({ timeout: 200 });
    cancel();
    expect(cic).toHaveBeenCalledWith(7);
  });

  it('without requestIdleCallback, runs after the next frame', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    let frame: FrameRequestCallback | undefined;
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => ((frame = f), 1));
    const task = vi.fn();
    scheduleWhenIdle(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    frame!(0);
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it.each([
    ['runs in a task after the next frame, even with idle callbacks available', false, 1],
    ['does not run once cancelled', true, 0],
  ])('%s', (_name, cancelFirst, runs) => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', vi.fn());
    let frame: FrameRequestCallback | undefined;
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => ((frame = f), 1));
    vi.stubGlobal('cancelAnimationFrame', () => (frame = undefined));
    const task = vi.fn();
    const cancel = afterNextPaint(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled(); // not before the frame
    if (cancelFirst) cancel();
    frame?.(0);
    expect(task).not.toHaveBeenCalled(); // not inside the frame either
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(runs);
    expect(requestIdleCallback).not.toHaveBeenCalled();
  });
});
