// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import BarChart from './BarChart.svelte';

const bars = [
  { key: 'FR', label: 'France (FR)', count: 4 },
  { key: 'GB', label: 'United Kingdom (GB)', count: 2 },
  { key: '__other__', label: 'Other', count: 1, inert: true },
];

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

function render(props: Partial<Parameters<typeof mount<any, any>>[1]['props']> = {}) {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(BarChart, { target, props: { bars, chart: 'country', title: 'Speakers by country', width: 400, labelWidth: 150, ...props } });
  flushSync();
  return target;
}

const barWidths = (el: Element) => [...el.querySelectorAll('[data-testid="bar"]')].map((g) => Number(g.querySelectorAll('rect')[1]!.getAttribute('width')));

describe('BarChart', () => {
  it('draws one bar per item, widths proportional to counts, with data-chart and an accessible name', () => {
    const el = render();
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('data-chart')).toBe('country');
    expect(svg.getAttribute('aria-label')).toBe('Speakers by country');
    const [fr, gb, other] = barWidths(el);
    expect(fr! / gb!).toBeCloseTo(2);
    expect(fr! / other!).toBeCloseTo(4);
    expect(fr! + 150).toBeLessThanOrEqual(400);
  });

  it.each([
    ['a click', (g: Element) => g.dispatchEvent(new MouseEvent('click', { bubbles: true }))],
    ['Enter', (g: Element) => g.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))],
  ])('calls onselect with the key on %s; the inert bar is not a button', (_n, act) => {
    const onselect = vi.fn();
    const el = render({ onselect });
    const buttons = el.querySelectorAll('[role="button"]');
    expect([...buttons].map((b) => b.getAttribute('data-key'))).toEqual(['FR', 'GB']);
    act(buttons[1]!);
    expect(onselect).toHaveBeenCalledWith('GB');
  });

  it('marks selected bars pressed and mutes the others', () => {
    const el = render({ selected: ['GB'], onselect: () => {} });
    const fills = [...el.querySelectorAll('[data-testid="bar"]')].map((g) => g.querySelectorAll('rect')[1]!.getAttribute('fill'));
    expect(fills[0]).not.toBe(fills[1]);
    expect(el.querySelector('[data-key="GB"]')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('renders labels as text, never markup', () => {
    const el = render({ bars: [{ key: 'x', label: '<img src=x onerror=alert(1)>', count: 1 }] });
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x');
  });
});
