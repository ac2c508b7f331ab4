import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadCsv } from './fixtures/csv';
import { loadCorpusFile, summaryCount } from './fixtures/loadFile';
import { expectedCountryCounts, repeatCorpus } from './fixtures/repeatCorpus';
import { useSession } from './harness';

const corpus = repeatCorpus();
const expected = expectedCountryCounts(corpus);
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** The country chart's bars: key → the count in the bar's accessible name ("Sweden (SE): 5 speakers"). */
async function countryBars(page: Page): Promise<Map<string, number>> {
  const bars = await page.locator('svg[data-chart="country"] [data-testid="bar"]').evaluateAll((gs) =>
    gs.map((g) => {
      const name = g.getAttribute('aria-label') ?? g.parentElement?.querySelector('title')?.textContent ?? '';
      return [g.getAttribute('data-key')!, Number(/: ([\d,]+) \S+$/.exec(name)?.[1]?.replace(/,/g, ''))] as const;
    }),
  );
  return new Map(bars);
}

describe('counting speakers per event or per article mention', () => {
  const session = useSession();

  it('the toggle changes the country chart’s totals, is kept in the URL, and is named in the table, CSV and exported image', async () => {
    const s = session();
    await s.page.goto(s.url);
    await s.page.getByTestId('count-documents').waitFor({ timeout: 30_000 });
    await loadCorpusFile(s.page, 'repeat-corpus.json', JSON.stringify(corpus));
    await expect.poll(() => s.page.getByTestId('corpus-source').textContent(), { timeout: 15_000 }).toContain('repeat-corpus.json');
    expect(await summaryCount(s.page, 'documents')).toBe(corpus.documents.length);
    // the fixture really has a speaker in two articles of one event
    expect(total(expected.article)).toBeGreaterThan(total(expected.event));

    await expect.poll(() => countryBars(s.page), { timeout: 15_000 }).toEqual(expected.event);
    await expect.poll(() => s.page.getByTestId('counted-total').textContent()).toBe(String(total(expected.event)));

    await s.page.getByRole('group', { name: 'Count speakers' }).getByRole('button', { name: 'Per article mention' }).click();
    await expect.poll(() => countryBars(s.page)).toEqual(expected.article);
    await expect.poll(() => s.page.getByTestId('counted-total').textContent()).toBe(String(total(expected.article)));
    await expect.poll(() => new URL(s.page.url()).searchParams.get('count')).toBe('article');
    // the event chart counts the same units
    const eventTotals = await s.page.locator('[data-chart="event"] [data-testid="event-bar"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
    expect(eventTotals.some((l) => / mentions$/.test(l))).toBe(true);

    const csv = await downloadCsv(s.page, 'Download speakers as CSV');
    expect(csv.header).toContain('Articles (in selection)');
    expect(csv.rows.reduce((n, r) => n + Number(r['Articles (in selection)']), 0)).toBe(total(expected.article));

    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Download Speakers by country as SVG', exact: true }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Counted: each article mention of a speaker');

    // kept across a reload (the stored corpus is the fixture)
    await s.page.reload();
    await expect.poll(() => countryBars(s.page), { timeout: 15_000 }).toEqual(expected.article);
    await s.page.getByRole('group', { name: 'Count speakers' }).getByRole('button', { name: 'Once per event' }).click();
    await expect.poll(() => countryBars(s.page)).toEqual(expected.event);
    await expect.poll(() => new URL(s.page.url()).searchParams.has('count')).toBe(false);
    expect(s.consoleErrors).toEqual([]);
  });
});
