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
  app = undefined;
  document.body.innerHTML = '';
});

function render(props: Partial<Parameters<typeof mount<any, any>>[1]['props']> = {}) {
  if (app) unmount(app);
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

  it('draws only the selected bars when asked (a "selection only" export), all of them otherwise', () => {
    const el = render({ selected: ['GB'], selectedOnly: true, onselect: () => {} });
    expect([...el.querySelectorAll('[data-testid="bar"]')].map((g) => g.getAttribute('data-key'))).toEqual(['GB']);
    const all = render({ selected: [], selectedOnly: true });
    expect(all.querySelectorAll('[data-testid="bar"]').length).toBe(3);
  });

  it('says what the numbers count under the bars, and grows to fit the line', () => {
    const plain = Number(render().querySelector('svg')!.getAttribute('height'));
    const el = render({ caption: 'Bar length = mentions of the term in the quotes' });
    expect(el.querySelector('[data-testid="chart-caption"]')?.textContent).toBe('Bar length = mentions of the term in the quotes');
    expect(Number(el.querySelector('svg')!.getAttribute('height'))).toBeGreaterThan(plain);
  });

  it('keeps the visible label at the start of each button\'s accessible name, the tooltip outside it', () => {
    const el = render({ bars: [{ key: 'x', label: 'Association for the Support of Political Prisoners in Iran', count: 1 }], onselect: () => {} });
    const button = el.querySelector('[role="button"]')!;
    const shown = button.querySelector('text')!.textContent!;
    expect(shown).toBe('Association for the…');
    expect(button.getAttribute('aria-label')!.startsWith(shown.replace('…', ''))).toBe(true);
    expect(button.querySelector('title')).toBeNull();
    expect(el.querySelector('title')?.textContent).toBe('Association for the Support of Political Prisoners in Iran: 1 speakers');
  });
});
