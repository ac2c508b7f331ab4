import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { summaryCount } from './fixtures/loadFile';
import { readBuiltCorpus, useSession } from './harness';

const published = readBuiltCorpus();

/** What has focus, in a few words: tag, data-key/data-country and accessible name. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    const key = e.getAttribute('data-key') ?? e.getAttribute('data-country') ?? '';
    return `${e.tagName.toLowerCase()} ${key} ${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 40) ?? ''}`.trim();
  });
}

async function openDashboard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => summaryCount(page, 'documents')).toBe(published.documents.length);
  await page.locator('[data-chart="map"] path[role="button"]').first().waitFor({ state: 'attached', timeout: 30_000 });
}

describe('keyboard and screen-reader access', () => {
  const session = useSession();

  it('takes fewer than 80 Tab stops from the top of the page to the bottom, each chart being one', async () => {
    const s = session();
    await openDashboard(s.page, s.url);
    const stops: string[] = [];
    for (let i = 0; i < 400; i++) {
      await s.page.keyboard.press('Tab');
      const here = await describeFocus(s.page);
      if (here === 'body' || here === stops[0]) break;
      stops.push(here);
    }
    expect(stops.length, stops.join('\n')).toBeLessThan(80);
    // Each chart is entered exactly once.
    for (const chart of ['country', 'map', 'event', 'role', 'organisation', 'terms', 'phrases']) {
      const inChart = await s.page.locator(`[data-chart="${chart}"] [tabindex="0"]`).count();
      expect(inChart, chart).toBe(1);
    }
    expect(stops.filter((x) => x.startsWith('path ')).length).toBe(1);
    expect(s.consoleErrors).toEqual([]);
  });

  it('moves inside a chart with the arrow keys, Home and End, and Enter filters as a click does', async () => {
    const s = session();
    await openDashboard(s.page, s.url);
    const buttons = s.page.locator('[data-chart="role"] [role="button"]');
    const keys = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
    expect(keys.length).toBeGreaterThan(2);
    await buttons.first().focus();
    await s.page.keyboard.press('ArrowDown');
    expect(await describeFocus(s.page)).toContain(keys[1]);
    await s.page.keyboard.press('End');
    expect(await describeFocus(s.page)).toContain(keys.at(-1));
    await s.page.keyboard.press('Home');
    expect(await describeFocus(s.page)).toContain(keys[0]);
    await s.page.keyboard.press('ArrowUp'); // wraps to the last
    expect(await describeFocus(s.page)).toContain(keys.at(-1));
    await s.page.keyboard.press('Enter');
    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('role')).toEqual([keys.at(-1)]);
    await s.page.keyboard.press(' ');
    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('role')).toEqual([]);

    // The map: one stop, arrows walk the countries with speakers, alphabetically.
    const countries = await s.page.locator('[data-chart="map"] path[role="button"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-country')!));
    await s.page.locator('[data-chart="map"] path[tabindex="0"]').focus();
    await s.page.keyboard.press('ArrowRight');
    expect(await describeFocus(s.page)).toContain(countries[1]);
    await s.page.keyboard.press('Space');
    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('country')).toEqual([countries[1]]);
    // Tab leaves the map and Shift+Tab comes back to the country last focused.
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Shift+Tab');
    expect(await describeFocus(s.page)).toContain(countries[1]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('draws a focus ring for keyboard focus only, not on a clicked bar', async () => {
    const s = session();
    await openDashboard(s.page, s.url);
    const ring = () =>
      s.page.evaluate(() => {
        const e = document.activeElement!;
        return { visible: e.matches(':focus-visible'), outline: getComputedStyle(e).outlineStyle };
      });
    await s.page.locator('[data-chart="role"] [role="button"]').nth(1).click();
    expect(await ring()).toEqual({ visible: false, outline: 'none' });
    await s.page.keyboard.press('ArrowDown');
    expect(await ring()).toEqual({ visible: true, outline: 'solid' });
    await s.page.getByRole('button', { name: 'Clear all filters' }).click();
    expect(s.consoleErrors).toEqual([]);
  });
});
