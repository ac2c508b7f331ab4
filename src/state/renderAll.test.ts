// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRenderingAll, renderAllOnCapture } from './renderAll';

describe('renderAllOnCapture', () => {
  let stop: () => void;
  const on = () => document.documentElement.classList.contains('render-all');
  beforeEach(() => {
    vi.useFakeTimers();
    stop = renderAllOnCapture(document.documentElement, 1000);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it.each([
    ['a resize (a full-page capture enlarges the page)', 'resize'],
    ['a print', 'beforeprint'],
  ])('renders every panel on %s', (_, type) => {
    expect(on()).toBe(false);
    window.dispatchEvent(new Event(type));
    expect(on()).toBe(true);
  });

  it('lets panels out of view skip rendering again once the page has been still', () => {
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(600);
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(600);
    expect(on()).toBe(true);
    vi.advanceTimersByTime(500);
    expect(on()).toBe(false);
  });

  it('catches the panels up before it renders them all', () => {
    stop();
    const seen: boolean[] = [];
    stop = renderAllOnCapture(document.documentElement, 1000, () => seen.push(isRenderingAll()));
    window.dispatchEvent(new Event('resize'));
    window.dispatchEvent(new Event('beforeprint'));
    expect(seen).toEqual([false, true]);
    expect(isRenderingAll()).toBe(true);
  });

  it('keeps every panel rendered for as long as a print lasts', () => {
    window.dispatchEvent(new Event('beforeprint'));
    vi.advanceTimersByTime(5000);
    expect(on()).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    vi.advanceTimersByTime(1000);
    expect(on()).toBe(false);
  });

  it('stops listening and drops the class when cleaned up', () => {
    window.dispatchEvent(new Event('resize'));
    stop();
    expect(on()).toBe(false);
    window.dispatchEvent(new Event('resize'));
    expect(on()).toBe(false);
  });
});
