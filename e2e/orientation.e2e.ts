import { describe, expect, it } from 'vitest';
import { demoCorpus } from './fixtures/demoCorpus';
import { loadCorpusFile } from './fixtures/loadFile';
import { readBuiltCorpus, useSession } from './harness';

const published = readBuiltCorpus();

describe('orientation: what this corpus is and how to read it', () => {
  const session = useSession();

  it('says what the corpus covers and how filters combine, and the tab title follows the filters', async () => {
    const s = session();
    await s.page.goto(s.url);
    await s.page.getByTestId('count-documents').waitFor({ timeout: 30_000 });
    const extent = s.page.getByTestId('corpus-extent');
    await expect.poll(() => extent.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${published.documents.length} articles? .*about ${published.events.length} events?`));
    const about = (await s.page.getByTestId('orientation').textContent()) ?? '';
    expect(about).toMatch(/OR \(either\)/);
    expect(about).toMatch(/AND \(both\)/);
    expect(about).toMatch(/Unspecified means/);
    await expect.poll(() => s.page.title()).toBe('corpus.jsonl – Podium');

    const bar = s.page.locator('[data-chart="country"] [data-testid="bar"][role="button"]:not([data-key="none"])').first();
    const code = (await bar.getAttribute('data-key'))!;
    await bar.click();
    const want = published.speakers.filter((sp) => sp.country === code).length;
    await expect.poll(() => s.page.title()).toMatch(new RegExp(`^Country: .*\\(${code}\\) · ${want} speakers? – Podium$`));
    await s.page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => s.page.title()).toBe('corpus.jsonl – Podium');
    expect(s.consoleErrors).toEqual([]);
  });

  it('shows undated events as "undated" and filters by one without errors', async () => {
    const s = session();
    const demo = demoCorpus();
    const undated = demo.events.find((e) => e.date === null)!;
    await loadCorpusFile(s.page, 'demo-corpus.json', JSON.stringify(demo));
    await expect.poll(() => s.page.getByTestId('corpus-source').textContent(), { timeout: 15_000 }).toContain('demo-corpus.json');
    expect(await s.page.getByTestId('corpus-extent').textContent()).toMatch(/, 1 undated$/);
    const mark = s.page.locator(`[data-chart="event"] [data-testid="event-bar"][data-key="${undated.id}"]`);
    expect(await mark.getAttribute('aria-label')).toMatch(/, undated: \d+ speakers?$/);
    await mark.locator('rect').first().click();
    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('event')).toEqual([undated.id]);
    await expect.poll(() => s.page.title()).toContain(`Event: ${undated.title}`);
    expect(s.consoleErrors).toEqual([]);
  });
});
