// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import atlas from 'world-atlas/countries-110m.json';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WorldMap from './WorldMap.svelte';

const fetchAtlas = vi.fn(async () => new Response(JSON.stringify(atlas)));

describe('WorldMap', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchAtlas);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  async function render(props: Partial<Parameters<typeof WorldMap>[1]> & { counts: ReadonlyMap<string, number> }) {
    const component = mount(WorldMap, { target: document.body, props });
    await vi.waitFor(() => expect(document.querySelectorAll('path.country').length).toBeGreaterThan(170));
    return component;
  }

  it('draws every country but Antarctica, with speakers as buttons in name order', async () => {
    const picked: string[] = [];
    const c = await render({ counts: new Map([['GB', 3], ['FR', 1], ['SG', 2]]), onselect: (x: string) => picked.push(x) });
    expect(document.querySelectorAll('path.country')).toHaveLength(176);
    const buttons = [...document.querySelectorAll('path[role="button"]')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['France: 1 speaker', 'United Kingdom: 3 speakers']);
    expect(buttons.map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1']);
    expect(document.querySelector('[data-testid="map-off-map"]')?.textContent).toBe('Not on this map: Singapore 2');
    expect(document.querySelector('svg')?.getAttribute('aria-label')).toBe('Speakers by country: world map, 2 countries with speakers');
    unmount(c);
  });

  it('moves the "Not on this map" line to its own legend row when the map is narrow', async () => {
    const c = await render({ counts: new Map([['GB', 3], ['SG', 2], ['MT', 1]]), width: 420, height: 300 });
    const line = document.querySelector('[data-testid="map-off-map"]')!;
    expect(line.textContent).toBe('Not on this map: Singapore 2, Malta 1');
    expect(line.getAttribute('x')).toBe('0');
    expect(line.getAttribute('y')).toBe('42');
    unmount(c);
  });

  it('selects with Enter and Space, and moves with the arrow keys', async () => {
    const picked: string[] = [];
    const c = await render({ counts: new Map([['GB', 3], ['FR', 1]]), onselect: (x: string) => picked.push(x) });
    const [fr, gb] = [...document.querySelectorAll<SVGPathElement>('path[role="button"]')];
    fr!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    gb!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(picked).toEqual(['FR', 'GB']);
    fr!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    flushSync();
    expect(gb!.getAttribute('tabindex')).toBe('0');
    unmount(c);
  });

  it('outlines the selected countries', async () => {
    const c = await render({ counts: new Map([['GB', 3]]), selected: new Set(['GB']), onselect: () => {} });
    expect(document.querySelector('path[data-country="GB"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelectorAll('.outlines path[stroke="#000000"]')).toHaveLength(1);
    unmount(c);
  });

  it('has no focus stops without onselect', async () => {
    const c = await render({ counts: new Map([['GB', 3]]) });
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(document.querySelector('path[data-country="GB"] title')?.textContent).toBe('United Kingdom: 3 speakers');
    unmount(c);
  });
});
