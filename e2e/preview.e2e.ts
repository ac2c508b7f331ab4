import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusVersion } from '../src/corpus';
import { openSession, type Session } from './harness';

const summary = CorpusVersion.parse(JSON.parse(readFileSync('dist/corpus.version.json', 'utf8'))).summary;

/** The first row's figures as a reader sees them: tiles, the count line and the country bars. */
async function firstRow(page: Page) {
  return page.evaluate(() => ({
    tiles: Object.fromEntries([...document.querySelectorAll('[data-testid^="count-"]:not([data-testid="count-mode"])')].map((e) => [e.getAttribute('data-testid'), e.textContent])),
    counted: document.querySelector('[data-testid="counted-total"]')?.textContent,
    line: document.querySelector('[data-testid="count-mode"] p')?.textContent?.replace(/\s+/g, ' ').trim(),
    bars: [...document.querySelectorAll('[data-chart="country"] [data-testid="bar"]')].map((b) => b.parentElement?.querySelector('title')?.textContent),
  }));
}

/** corpus.jsonl held back until `release` (or answered with `body`), so the page is caught before the corpus is in. */
function holdCorpus(s: Session, body?: string) {
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  void s.context.route('**/corpus.jsonl', async (route: Route) => {
    await released;
    if (body === undefined) await route.continue();
    else await route.fulfill({ status: 200, contentType: 'application/x-ndjson', body });
  });
  return release;
}

// the CLI always writes a summary now: a build without one is a failure, not a reason to skip
it('the built corpus has a summary', () => expect(summary).toBeDefined());

describe('a first load, before the corpus is in', () => {
  let s: Session;
  beforeEach(async () => {
    s = await openSession();
  });
  afterEach(() => s?.close());

  it('draws the first row from the version file, says it is preliminary with nothing to click, then the dashboard shows the same figures', async () => {
    const release = holdCorpus(s);
    await s.page.goto(s.url);
    const preview = s.page.getByTestId('preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Preliminary figures');
    // one labelled region holds all of it, the charts too, so a screen reader hears them as preliminary
    const region = s.page.getByRole('region', { name: 'Preliminary figures' });
    for (const part of ['[data-chart="country"]', '[data-chart="map"]', '[data-testid="count-speakers"]', '[data-testid="counted-total"]'])
      expect(await region.locator(part).count(), part).toBe(1);
    for (const name of ['Speakers by country', 'Speakers on the map']) expect(await region.getByRole('heading', { name }).count(), name).toBe(1);
    expect(await s.page.locator('[data-chart="country"] [role="button"]').count()).toBe(0);
    expect(await s.page.getByRole('searchbox').isDisabled()).toBe(true);
    for (const b of await s.page.getByRole('group', { name: 'Count speakers' }).getByRole('button').all()) expect(await b.isDisabled()).toBe(true);
    const before = await firstRow(s.page);
    const chartBefore = await s.page.locator('[data-chart="country"]').boundingBox();
    expect(before.bars.length).toBeGreaterThan(0);
    expect(before.tiles['count-speakers']).toBe(summary!.speakers.toLocaleString('en'));

    release();
    await s.page.getByTestId('load-status').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await preview.count()).toBe(0);
    // the dashboard's own figures from the whole corpus, now clickable
    expect(await s.page.locator('[data-chart="country"] [role="button"]').count()).toBeGreaterThan(0);
    expect(await firstRow(s.page)).toEqual(before);
    // where it was, give or take a line of text (the corpus's description is longer than the preliminary note)
    await s.page.evaluate(() => window.scrollTo(0, 0));
    const chartAfter = await s.page.locator('[data-chart="country"]').boundingBox();
    expect(Math.abs(chartAfter!.y - chartBefore!.y)).toBeLessThan(24);
    expect(chartAfter!.height).toBe(chartBefore!.height);
    expect(s.consoleErrors).toEqual([]);
  });

  it('leaves none of the summary up when the corpus turns out bad', async () => {
    // the published file with its events line broken
    const lines = readFileSync('dist/corpus.jsonl', 'utf8').split('\n');
    const release = holdCorpus(s, lines.map((l) => (l.startsWith('["events"') ? '["events",{"id":5}]' : l)).join('\n'));
    await s.page.goto(s.url);
    await s.page.getByTestId('preview').waitFor();
    release();
    await s.page.getByTestId('load-error').waitFor({ timeout: 30_000 });
    expect(await s.page.getByTestId('preview').count()).toBe(0);
    expect(await s.page.locator('[data-chart="country"]').count()).toBe(0);
    expect(await s.page.getByTestId('count-speakers').count()).toBe(0);
    expect(await s.page.getByText('No corpus loaded').count()).toBe(1);
  });

  it('is not drawn for a filtered view, which waits for the corpus', async () => {
    const release = holdCorpus(s);
    await s.page.goto(`${s.url}?country=SE`);
    await s.page.getByText('Loading the corpus…').waitFor();
    expect(await s.page.getByTestId('preview').count()).toBe(0);
    release();
    await s.page.getByTestId('load-status').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await s.page.getByTestId('chip').count()).toBe(1);
  });
});
