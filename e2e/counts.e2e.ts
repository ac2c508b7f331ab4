import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadCsv } from './fixtures/csv';
import { summaryCount } from './fixtures/loadFile';
import { readBuiltCorpus, useSession } from './harness';

const corpus = readBuiltCorpus();
// The event with most articles, and a term the sample's quotes use ("freedom", else the most frequent).
const event = [...corpus.events].sort((a, b) => b.documentIds.length - a.documentIds.length)[0]!;
const term = corpus.terms.vocabulary.includes('freedom') ? 'freedom' : corpus.terms.vocabulary[0]!;

/** Every row of the speakers table across its pages: header text → cell text. */
async function tableRows(page: Page): Promise<Record<string, string>[]> {
  const table = page.getByTestId('speakers-table');
  const header = (await table.locator('thead th').allTextContents()).map((h) => h.replace(/[▲▼]/g, '').trim());
  const out: Record<string, string>[] = [];
  for (;;) {
    const cells = await table.getByTestId('speaker-row').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent!.trim())));
    out.push(...cells.map((c) => Object.fromEntries(header.map((h, i) => [h, c[i]!]))));
    const next = table.getByRole('button', { name: 'Next' });
    if (!(await next.count()) || (await next.isDisabled())) return out;
    const before = await table.getByText(/^Page \d+ of/).textContent();
    await next.click();
    await expect.poll(() => table.getByText(/^Page \d+ of/).textContent()).not.toBe(before);
  }
}

const sum = (rows: Record<string, string>[], column: string) => rows.reduce((n, r) => n + Number(r[column]), 0);

describe('every count in the speakers table and its CSV follows the filters', () => {
  const session = useSession();

  it.each([
    ['an event filter', `?event=${encodeURIComponent(event.id)}`],
    ['a term filter', `?term=${encodeURIComponent(term)}`],
  ])('with %s the table and the CSV add up to the summary', async (_name, query) => {
    const s = session();
    await s.page.goto(s.url + query);
    await s.page.getByTestId('count-documents').waitFor({ timeout: 30_000 });
    await expect.poll(() => s.page.getByTestId('chip').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => s.page.getByTestId('count-quotes').getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
    const speakers = await summaryCount(s.page, 'speakers');
    const quotes = await summaryCount(s.page, 'quotes');
    const events = await summaryCount(s.page, 'events');
    expect(speakers).toBeGreaterThan(0);
    expect(speakers).toBeLessThan(corpus.speakers.length);

    const table = await tableRows(s.page);
    expect(table).toHaveLength(speakers);
    // the quotes column, whatever its header, adds up to the summary (lifetime totals did not: 84 against 44)
    expect(sum(table, Object.keys(table[0]!).find((h) => h.startsWith('Quotes'))!)).toBe(quotes);
    expect(Object.keys(table[0]!)).toEqual(expect.arrayContaining(['Quotes (in selection)', 'Events (in selection)']));
    for (const r of table) expect(Number(r['Events (in selection)'])).toBeGreaterThan(0);
    for (const r of table) expect(Number(r['Events (in selection)'])).toBeLessThanOrEqual(events);

    const csv = await downloadCsv(s.page, 'Download speakers as CSV');
    expect(csv.rows).toHaveLength(speakers);
    expect(sum(csv.rows, csv.header.find((h) => h.startsWith('Quotes'))!)).toBe(quotes);
    expect(csv.header).toEqual(expect.arrayContaining(['Quotes (in selection)', 'Events (in selection)']));
    expect(csv.rows.map((r) => [r['Name'], r['Quotes (in selection)'], r['Events (in selection)']])).toEqual(
      table.map((r) => [r['Name'], r['Quotes (in selection)'], r['Events (in selection)']]),
    );
    expect(s.consoleErrors).toEqual([]);
  });
});
