import { describe, expect, it } from 'vitest';
import { buildIndex, computeMasks, computeSelection, EMPTY_FILTERS } from '../src/lib';
import { computeDistinctiveTerms } from '../src/lib/distinctiveTerms';
import { sumSelectedTermCounts, totalTermCounts } from '../src/lib/termTable';
import { seriousViolations } from './fixtures/axe';
import { summaryCount } from './fixtures/loadFile';
import { readBuiltCorpus, useSession } from './harness';

const published = readBuiltCorpus();
const index = buildIndex(published);

/** What the panel should list for one country's speakers' quotes, computed in Node by the same functions. */
function expectedFor(country: string) {
  const filters = { ...EMPTY_FILTERS, country: [country] };
  const sel = computeSelection(index, computeMasks(index, filters), filters);
  const flags = new Uint8Array(published.quotes.length);
  for (const q of sel.quotes) flags[q] = 1;
  return computeDistinctiveTerms(index.quoteTerms, sumSelectedTermCounts(index.quoteTerms, flags), totalTermCounts(index.quoteTerms));
}

describe('distinctive terms', () => {
  const session = useSession();
  // the country whose speakers have the most distinctive words
  const countries = [...new Set(published.speakers.map((s) => s.country).filter((c): c is string => c !== null))];
  const [country, expected] = countries.map((c) => [c, expectedFor(c)] as const).sort((a, b) => b[1].words.length - a[1].words.length)[0]!;

  it('lists nothing without a selection, and the terms a country uses more than the rest, with G² and log ratio', async () => {
    expect(expected.words.length).toBeGreaterThan(0);
    const s = session();
    await s.page.goto(s.url);
    await expect.poll(() => summaryCount(s.page, 'speakers'), { timeout: 15_000 }).toBe(published.speakers.length);
    await expect.poll(() => s.page.getByTestId('distinctive-none').count()).toBe(1);

    await s.page.goto(`${s.url}?country=${country}`);
    // a page load on a busy machine can take more than expect.poll's default second
    const wait = { timeout: 15_000 };
    await expect.poll(() => summaryCount(s.page, 'speakers'), wait).toBe(published.speakers.filter((sp) => sp.country === country).length);
    const rows = s.page.locator('[data-testid="distinctive-words"] tbody tr[data-term]');
    await expect.poll(() => rows.count(), wait).toBe(expected.words.length);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
    expect(shown).toEqual(expected.words.map((t) => [t.term, String(t.here), String(t.rest), t.g2.toFixed(1), t.logRatio.toFixed(1)]));
    expect(await seriousViolations(s.page, '[data-testid="panel-distinctive-terms"]')).toEqual([]);

    // a distinctive term filters like a term bar; the list (like the term charts) ignores the term filter
    const first = expected.words[0]!.term;
    await rows.first().getByRole('button').click();
    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('term')).toEqual([first]);
    await expect.poll(() => rows.first().getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(await rows.count()).toBe(expected.words.length);
    expect(s.consoleErrors).toEqual([]);
  });
});
