import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../src/corpus';
import { parseCsv } from './fixtures/csv';
import { demoCorpus } from './fixtures/demoCorpus';
import { loadCorpusFile } from './fixtures/loadFile';
import { useSession } from './harness';

/** Two events: one article with a named speaker and a quote nobody is named for, one article where no speaker is found. */
function sourcesCorpus(): Corpus {
  const t1 = 'Rana Okafor opened the hearing. "We need clean water," said Rana Okafor. "Not again," someone shouted.';
  const t2 = 'The river council met on Monday to discuss the dam. Nobody was quoted by name.';
  const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const doc = (id: string, text: string, eventId: string) => ({ id, file: `${id}.txt`, title: `Report ${id}`, eventId, text, wordCount: 12, sha256: 'c'.repeat(64) });
  return {
    schemaVersion: 1,
    documents: [doc('d1', t1, 'e1'), doc('d2', t2, 'e2')],
    events: [
      { id: 'e1', title: 'Water hearing', date: '2023-04-01', documentIds: ['d1'] },
      { id: 'e2', title: 'Dam council', date: '2023-05-02', documentIds: ['d2'] },
    ],
    speakers: [{ id: 'rana', name: 'Rana Okafor', aliases: [], titles: [], role: 'activist', country: 'KE', affiliations: [] }],
    appearances: [{ speakerId: 'rana', eventId: 'e1', documentId: 'd1' }],
    quotes: [{ id: 'q1', speakerId: 'rana', documentId: 'd1', eventId: 'e1', ...at(t1, 'We need clean water') }],
    unattributed: [{ id: 'u1', documentId: 'd1', eventId: 'e1', ...at(t1, 'Not again') }],
    terms: { vocabulary: [], rows: [] },
    rejected: [],
  };
}

/** The demo corpus with its quotes repeated under new ids up to `n` quotes. */
function manyQuotes(n: number): Corpus {
  const c = demoCorpus();
  const base = c.quotes;
  const quotes = [...base];
  for (let k = 0; quotes.length < n; k++) quotes.push({ ...base[k % base.length]!, id: `${base[k % base.length]!.id}-x${k}` });
  return { ...c, quotes };
}

describe('every quote and every article behind a selection can be reached', () => {
  const session = useSession();

  it('lists quotes whose speaker is not named when their article is in the selection, and not under a speaker filter', async () => {
    const { page, url, consoleErrors } = session();
    await page.goto(url);
    await page.getByTestId('corpus-source').waitFor();
    await loadCorpusFile(page, 'sources.json', JSON.stringify(sourcesCorpus()));
    await expect.poll(() => page.getByTestId('corpus-source').textContent()).toContain('sources.json');
    const dialog = page.getByTestId('quotes-dialog');
    const listed = async () => {
      await page.getByTestId('open-quotes').click();
      await dialog.waitFor();
      const ids = await dialog.getByTestId('quote-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-quote-id')));
      const unnamed = await dialog.locator('[data-quote-id="u1"]').getByTestId('speaker-not-named').count();
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      return { ids, unnamed };
    };
    expect(await listed()).toEqual({ ids: ['q1', 'u1'], unnamed: 1 });
    await page.goto(`${url}?event=e1`);
    await expect.poll(() => page.getByTestId('chip').count()).toBe(1);
    expect(await listed()).toEqual({ ids: ['q1', 'u1'], unnamed: 1 });
    await page.goto(`${url}?event=e2`);
    await expect.poll(() => page.getByTestId('chip').count()).toBe(1);
    expect((await listed()).ids).toEqual([]);
    await page.goto(`${url}?country=KE`);
    await expect.poll(() => page.getByTestId('chip').count()).toBe(1);
    expect((await listed()).ids).toEqual(['q1']);
    expect(consoleErrors).toEqual([]);
  });

  it('opens an article in which no speaker was found from the articles list', async () => {
    const { page, url, consoleErrors } = session();
    await page.goto(url);
    await page.getByTestId('count-documents').waitFor();
    await expect.poll(() => page.getByTestId('open-documents').textContent()).toBe('Articles (2)');
    await page.getByTestId('open-documents').click();
    const dialog = page.getByTestId('documents-dialog');
    const row = dialog.locator('[data-document-id="d2"]');
    expect(await row.textContent()).toContain('no speaker found');
    await row.getByTestId('document-link').click();
    const reader = page.getByTestId('reader');
    await reader.waitFor();
    expect(await reader.getByTestId('reader-text').textContent()).toContain('The river council met on Monday');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('exports 60,000 quotes as CSV with a progress note, and the page keeps drawing frames meanwhile', async () => {
    const { page, url, consoleErrors } = session();
    const big = manyQuotes(60_000);
    await page.goto(url);
    await page.getByTestId('corpus-source').waitFor();
    await loadCorpusFile(page, 'many.json', JSON.stringify(big));
    await expect.poll(() => page.getByTestId('open-quotes').textContent(), { timeout: 60_000 }).toBe('Quotes (60,000)');
    await page.getByTestId('open-quotes').click();
    const dialog = page.getByTestId('quotes-dialog');
    await dialog.getByTestId('quote-row').first().waitFor();
    // the longest wait between two frames while the export runs
    await page.evaluate(() => {
      const w = window as unknown as { __gap: number; __last: number; __on: boolean; __sawBusy: boolean; __frames: number };
      Object.assign(w, { __gap: 0, __last: performance.now(), __on: true, __sawBusy: false, __frames: 0 });
      const mo = new MutationObserver(() => {
        if (document.querySelector('[data-testid="csv-progress"]')) (w.__sawBusy = true), mo.disconnect();
      });
      mo.observe(document.body, { subtree: true, childList: true });
      const tick = (t: number) => {
        w.__gap = Math.max(w.__gap, t - w.__last);
        w.__last = t;
        w.__frames++;
        if (w.__on) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Download quotes as CSV' }).click()]);
    const { gap, frames } = await page.evaluate(() => {
      const w = window as unknown as { __gap: number; __on: boolean; __frames: number };
      w.__on = false;
      return { gap: w.__gap, frames: w.__frames };
    });
    const records = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(records).toHaveLength(60_001);
    // written in one go, the rows held the page for seconds with no frame; in slices it keeps drawing
    // (loose bounds: other work on a 2-core host can hold any frame back)
    expect(frames).toBeGreaterThanOrEqual(5);
    expect(gap).toBeLessThan(1500);
    expect(await page.evaluate(() => (window as unknown as { __sawBusy?: boolean }).__sawBusy)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('a full-page capture shows the panels below the fold, not blank boxes', async () => {
    const { page, url } = session();
    await page.goto(url);
    await page.getByTestId('count-documents').waitFor();
    await page.locator('[data-chart="country"] rect').first().waitFor();
    const table = await page.getByTestId('speakers-table').boundingBox();
    expect(table!.y).toBeGreaterThan(900); // below the fold of the 900 px viewport
    const clip = { x: table!.x, y: table!.y, width: table!.width, height: Math.min(table!.height, 600) };
    const shot = await page.screenshot({ fullPage: true, clip });
    // a blank white box compresses to a few kB; rows of names and numbers do not
    expect(shot.length).toBeGreaterThan(20_000);
  });

  it('a full-page capture after a filter shows the panels below the fold as they look in view', async () => {
    const { page, url } = session();
    await page.goto(url);
    await page.getByTestId('count-documents').waitFor();
    await page.locator('[data-chart="country"] [data-testid="bar"][role="button"]').first().click();
    await page.waitForTimeout(800); // the panels out of view catch up when the page is idle
    const box = async () => {
      const b = (await page.getByTestId('speakers-table').boundingBox())!;
      return { x: b.x, y: b.y + (await page.evaluate(() => scrollY)), width: b.width, height: Math.min(b.height, 400) };
    };
    const clip = await box();
    expect(clip.y).toBeGreaterThan(900);
    const captured = await page.screenshot({ fullPage: true, clip });
    // the same region drawn in view (scrolled to), which is rendered whatever the page skips out of view
    await page.getByTestId('speakers-table').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const inView = await page.screenshot({ fullPage: true, clip: await box() });
    expect(captured.length).toBeGreaterThan(inView.length * 0.8);
  });
});
