import { describe, expect, it } from 'vitest';
import { organisations as aliases } from '../data/organisations.json';
import type { Corpus } from '../src/corpus';
import { buildOrganisationTable, countOrganisations, speakersInOrganisations } from '../src/lib/organisationTable';
import { seriousViolations } from './fixtures/axe';
import { demoCorpus } from './fixtures/demoCorpus';
import { loadCorpusFile, summaryCount } from './fixtures/loadFile';
import { readBuiltCorpus, useSession } from './harness';

const CHART_BARS = 12;

/** The sample corpus if it has organisations beyond the chart's twelve bars; otherwise the demo corpus with 30 of them. */
function corpusWithManyOrganisations(): { corpus: Corpus; published: boolean } {
  const published = readBuiltCorpus();
  const table = buildOrganisationTable(published.speakers, aliases);
  if (table.names.length > CHART_BARS + 1) return { corpus: published, published: true };
  const corpus = demoCorpus();
  corpus.speakers.forEach((s, i) => (s.affiliations = [`${['Northern', 'Southern', 'Eastern'][i % 3]} Civic League ${i % 30}`]));
  return { corpus, published: false };
}

/** Speakers per organisation (variants merged, as the dashboard does), most first. */
function ranking(corpus: Corpus) {
  const table = buildOrganisationTable(corpus.speakers, aliases);
  const counts = countOrganisations(table, Uint8Array.from(corpus.speakers, () => 1));
  const speakersOf = (name: string) => corpus.speakers.filter((_, i) => speakersInOrganisations(table, [name])[i]).map((s) => s.name);
  return { counts, speakersOf };
}

describe('organisations as a filter', () => {
  const session = useSession();
  const { corpus, published } = corpusWithManyOrganisations();
  const { counts, speakersOf } = ranking(corpus);
  // the last organisation in the ranking: never one of the chart's bars
  const target = counts[counts.length - 1]!.key;
  const want = speakersOf(target);

  const open = async () => {
    const s = session();
    await s.page.goto(s.url);
    if (!published) await loadCorpusFile(s.page, 'orgs.json', JSON.stringify(corpus));
    // a page load on a busy machine can take more than expect.poll's default second
    await expect.poll(() => summaryCount(s.page, 'speakers'), { timeout: 15_000 }).toBe(corpus.speakers.length);
    return s;
  };
  const tableNames = (s: ReturnType<typeof session>) => s.page.getByTestId('speaker-name').allTextContents();

  it('finds an organisation outside the top twelve by typing part of its name, and filters by it with the keyboard', async () => {
    const s = await open();
    const bars = s.page.locator('[data-chart="organisation"] [data-testid="bar"]');
    await expect.poll(() => bars.count()).toBe(Math.min(CHART_BARS, counts.length));
    expect(await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).not.toContain(target);

    const input = s.page.getByTestId('organisation-search');
    const words = target.split(/\s+/);
    // part of its name: the last word, less its first letter, in another case
    const part = words[words.length - 1]!.slice(1).toUpperCase();
    await input.fill(part);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const options = s.page.locator('[data-testid="organisation-options"] [role="option"][data-key]');
    const keys = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys).toContain(target);
    // the open combobox and its listbox follow the ARIA rules axe checks
    expect(await seriousViolations(s.page, '[data-testid="panel-speakers-by-organisation"]')).toEqual([]);
    // the first match is highlighted; arrow down to the target
    for (let k = 0; k < keys.indexOf(target); k++) await input.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(await s.page.locator(`#${activeId}`).getAttribute('data-key')).toBe(target);
    await input.press('Enter');

    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('affiliation')).toEqual([target]);
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(want.length);
    expect(new Set(await tableNames(s))).toEqual(new Set(want.slice(0, 25)));
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    // the chosen organisation is drawn as a selected bar, even outside the top twelve
    await expect.poll(() => s.page.locator(`[data-chart="organisation"] [data-key="${target}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(s.consoleErrors).toEqual([]);
  });

  it('combines organisations with OR; Escape closes the list, then clears it', async () => {
    const s = await open();
    const [first, second] = [counts[0]!.key, target];
    const input = s.page.getByTestId('organisation-search');
    // the first by keyboard (the best match is highlighted), the second by mouse
    await input.fill(first);
    await expect.poll(() => s.page.locator('[data-testid="organisation-options"] [role="option"]').first().getAttribute('data-key')).toBe(first);
    await input.press('Enter');
    await input.fill(second);
    await s.page.locator(`[data-testid="organisation-options"] [role="option"][data-key="${second}"]`).click();
    const union = new Set([...speakersOf(first), ...speakersOf(second)]);
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(union.size);

    await input.fill('zzzz no such organisation');
    await expect.poll(() => s.page.getByTestId('organisation-options').textContent()).toContain('No organisation matches');
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('zzzz no such organisation');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(s.consoleErrors).toEqual([]);
  });

  it('filters from the organisation table, and a second click takes the filter off', async () => {
    const s = await open();
    const panel = s.page.getByTestId('panel-speakers-by-organisation');
    await panel.getByText('Data table', { exact: true }).click();
    const row = panel.getByTestId('organisation-table').getByRole('button', { name: target, exact: true });
    await row.click();
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(want.length);
    expect(await row.getAttribute('aria-pressed')).toBe('true');
    await row.click();
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(corpus.speakers.length);
    expect(s.consoleErrors).toEqual([]);
  });
});
