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
  if (new URL(url).search) await page.getByTestId('count-documents').waitFor();
  // the documents count shows once the corpus's records are in: a busy host can take seconds
  else await expect.poll(() => summaryCount(page, 'documents'), { timeout: 30_000 }).toBe(published.documents.length);
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

describe('the speaker dialog', () => {
  const session = useSession();

  it('is a modal dialog that keeps Tab inside, closes on Esc and returns focus to the button that opened it', async () => {
    const s = session();
    await openDashboard(s.page, s.url);
    const opener = s.page.getByTestId('speaker-name').nth(2);
    const name = (await opener.textContent())!.trim();
    await opener.focus();
    await s.page.keyboard.press('Enter');
    const dialog = s.page.getByRole('dialog', { name });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    const focusedSpeakerName = () => s.page.evaluate(() => (document.activeElement?.matches('[data-testid="speaker-name"]') ? document.activeElement.textContent?.trim() : ''));
    const inDialog = () => s.page.evaluate(() => !!document.activeElement?.closest('[data-testid="speaker-detail"]'));
    expect(await inDialog()).toBe(true);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await s.page.keyboard.press(i < 25 ? 'Tab' : 'Shift+Tab');
      expect(await inDialog(), `Tab ${i + 1} left the dialog`).toBe(true);
      seen.add(await describeFocus(s.page));
    }
    expect(seen.size).toBeGreaterThan(1);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByTestId('speaker-detail').count()).toBe(0);
    expect(await focusedSpeakerName()).toBe(name);

    // Opened by a click and closed by its button: focus goes back to the name clicked.
    await opener.click();
    await dialog.waitFor();
    await s.page.getByRole('button', { name: 'Close speaker detail' }).click();
    await expect.poll(() => s.page.getByTestId('speaker-detail').count()).toBe(0);
    expect(await focusedSpeakerName()).toBe(name);
    expect(s.consoleErrors).toEqual([]);
  });
});

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} × e.g. ${JSON.stringify(v.nodes[0]?.target)}`);
  });
}

describe('axe-core on the main views', () => {
  const session = useSession();

  it.each([
    ['the dashboard', ''],
    ['the dashboard under a country filter', '?country=SE'],
    ['the dashboard split by country, under a role filter', '?split=country&role=legislator'],
  ])('finds no serious or critical violations on %s', async (_name, query) => {
    const s = session();
    await openDashboard(s.page, s.url + query);
    expect(await seriousViolations(s.page)).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('finds none with the speaker dialog open', async () => {
    const s = session();
    await openDashboard(s.page, s.url);
    await s.page.getByTestId('speaker-name').first().click();
    await s.page.getByRole('dialog').waitFor();
    expect(await seriousViolations(s.page)).toEqual([]);
  });
});

describe('layout at phone, tablet and desktop widths', () => {
  const session = useSession();

  it.each([390, 800, 1280])('at %i px the page does not scroll sideways and the timeline labels do not collide', async (width) => {
    const s = session();
    await s.page.setViewportSize({ width, height: 900 });
    await openDashboard(s.page, s.url);
    // Panels draw at a default width until their first measurement arrives.
    await expect.poll(() => s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const layout = await s.page.evaluate(() => {
      const boxes = (sel: string) => Array.from(document.querySelectorAll(sel), (e) => e.getBoundingClientRect());
      const overlap = (rs: DOMRect[]) => rs.some((a, i) => rs.some((b, j) => j > i && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5));
      const svg = document.querySelector('[data-chart="event"]')!.getBoundingClientRect();
      const ticks = boxes('[data-chart="event"] g[transform] > g[transform] > text');
      const legend = boxes('[data-chart="event"] .legend text');
      return {
        scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ticks: ticks.length,
        ticksOverlap: overlap(ticks),
        legendOverlap: overlap(legend),
        legendInside: legend.every((r) => r.right <= svg.right + 0.5),
      };
    });
    expect(layout).toEqual({ scroll: 0, ticks: layout.ticks, ticksOverlap: false, legendOverlap: false, legendInside: true });
    expect(layout.ticks).toBeGreaterThanOrEqual(2);
  });
});
