import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Corpus as CorpusSchema, type Corpus } from '../src/corpus';
import { demoCorpus } from './fixtures/demoCorpus';
import { loadCorpusFile, summaryCount } from './fixtures/loadFile';
import { readBuiltCorpus, useSession } from './harness';

const published = readBuiltCorpus();
const countries = (c: Corpus) => new Set(c.speakers.map((s) => s.country ?? 'none'));

describe('dashboard charts and cross-filtering', () => {
  const session = useSession();

  it('shows one country bar per country in the sample corpus, plus Unspecified', async () => {
    const s = session();
    await s.page.goto(s.url);
    await expect.poll(() => summaryCount(s.page, 'documents'), { timeout: 15_000 }).toBe(published.documents.length);
    const expected = countries(published);
    const bars = s.page.locator('[data-chart="country"] [data-testid="bar"]');
    await expect.poll(() => bars.count()).toBe(Math.min(expected.size, 21));
    const keys = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    if (expected.size <= 21) expect(new Set(keys)).toEqual(expected);
    expect(await summaryCount(s.page, 'speakers')).toBe(published.speakers.length);
    expect(s.consoleErrors).toEqual([]);
  });

  it('filters the table by a clicked country, keeps it in the URL across reload, and Back removes it', async () => {
    const s = session();
    // The sample corpus is used when it has speakers with a country; otherwise a demo corpus file.
    let corpus = published;
    if (!published.speakers.some((sp) => sp.country)) {
      corpus = demoCorpus();
      await loadCorpusFile(s.page, 'demo-corpus.json', JSON.stringify(corpus));
      await expect.poll(() => summaryCount(s.page, 'documents')).toBe(corpus.documents.length);
    }
    const bar = s.page.locator('[data-chart="country"] [data-testid="bar"][role="button"]:not([data-key="none"])').first();
    const code = (await bar.getAttribute('data-key'))!;
    const want = corpus.speakers.filter((sp) => sp.country === code).length;
    await bar.click();

    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('country')).toEqual([code]);
    const checkTable = async () => {
      await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(want);
      // below the fold the table catches up when idle or scrolled to
      await s.page.getByTestId('speakers-table').scrollIntoViewIfNeeded();
      const rows = () => s.page.getByTestId('speaker-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-country')));
      await expect.poll(async () => new Set(await rows())).toEqual(new Set([code]));
      expect(await rows()).toHaveLength(Math.min(want, 25));
      expect(await s.page.getByTestId('chip').count()).toBe(1);
    };
    await checkTable();

    await s.page.reload();
    await checkTable();
    expect(new URL(s.page.url()).searchParams.getAll('country')).toEqual([code]);

    await s.page.goBack();
    await expect.poll(() => new URL(s.page.url()).searchParams.has('country')).toBe(false);
    await expect.poll(() => s.page.getByTestId('chip').count()).toBe(0);
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(corpus.speakers.length);

    await s.page.goForward();
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(want);
    await s.page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(corpus.speakers.length);
    expect(s.consoleErrors).toEqual([]);
  });

  it('clicking a term shows keyword-in-context lines, and a speaker opens their quotes', async () => {
    const s = session();
    if (!published.terms.rows.length) {
      await loadCorpusFile(s.page, 'demo-corpus.json', JSON.stringify(demoCorpus()));
      await expect.poll(() => s.page.getByTestId('corpus-source').textContent()).toContain('demo-corpus.json');
    }
    const term = s.page.locator('[data-chart="terms"] [data-testid="bar"][role="button"]').first();
    const word = (await term.getAttribute('data-key'))!;
    await term.click();
    await expect.poll(() => s.page.getByTestId('kwic-line').count()).toBeGreaterThan(0);
    const marks = await s.page.locator('[data-testid="kwic-line"] mark').allTextContents();
    expect(marks.every((m) => m.toLowerCase().replace(/\s+/g, ' ') === word)).toBe(true);

    await s.page.getByTestId('speaker-name').first().click();
    await expect.poll(() => s.page.getByTestId('speaker-quote').count()).toBeGreaterThan(0);
    await expect.poll(() => new URL(s.page.url()).searchParams.get('speaker')).toBeTruthy();
    await s.page.getByRole('button', { name: 'Close speaker detail' }).click();
    await expect.poll(() => s.page.getByTestId('speaker-detail').count()).toBe(0);
    expect(s.consoleErrors).toEqual([]);
  });

  it('filters by an event bar and by keyboard, and exports the filtered subset as a valid corpus', async () => {
    const s = session();
    await s.page.goto(s.url);
    await s.page.getByTestId('count-documents').waitFor();
    const corpus = readBuiltCorpus();
    const event = s.page.locator('[data-chart="event"] [data-testid="event-bar"]').first();
    const eventId = (await event.getAttribute('data-key'))!;
    await event.locator('rect').first().click();
    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('event')).toEqual([eventId]);
    const atEvent = new Set([...corpus.appearances, ...corpus.quotes].filter((a) => a.eventId === eventId).map((a) => a.speakerId));
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(atEvent.size);

    const role = s.page.locator('[data-chart="role"] [data-testid="bar"][role="button"]').first();
    const roleKey = (await role.getAttribute('data-key'))!;
    await role.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => new URL(s.page.url()).searchParams.getAll('role')).toEqual([roleKey]);
    const want = corpus.speakers.filter((sp) => sp.role === roleKey && atEvent.has(sp.id)).map((sp) => sp.id).sort();
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(want.length);

    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Download filtered corpus as JSON' }).click()]);
    const subset = CorpusSchema.safeParse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(subset.success).toBe(true);
    expect(subset.data!.speakers.map((sp) => sp.id).sort()).toEqual(want);
    expect(subset.data!.quotes.every((q) => q.eventId === eventId)).toBe(true);
    // each quote with its text, the words its offsets cover (a first load leaves them in IndexedDB until asked for)
    const textOf = new Map(subset.data!.documents.map((doc) => [doc.id, doc.text]));
    expect(subset.data!.quotes.length).toBeGreaterThan(0);
    expect(subset.data!.quotes.filter((q) => !q.text || q.text !== textOf.get(q.documentId)?.slice(q.start, q.end))).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
  it('a filter that shortens a chart keeps its panel as tall, so the panels below stay where they were', async () => {
    const s = session();
    const corpus = demoCorpus();
    await s.page.goto(s.url);
    await expect.poll(() => summaryCount(s.page, 'documents'), { timeout: 15_000 }).toBe(published.documents.length);
    await loadCorpusFile(s.page, 'demo-corpus.json', JSON.stringify(corpus));
    await expect.poll(() => summaryCount(s.page, 'documents'), { timeout: 15_000 }).toBe(corpus.documents.length);
    const countryBars = s.page.locator('[data-chart="country"] [data-testid="bar"]');
    await expect.poll(() => countryBars.count()).toBe(countries(corpus).size);
    const body = s.page.locator('[data-testid="panel-speakers-by-country"] .body');
    const chartHeight = () => s.page.locator('[data-chart="country"]').evaluate((e) => e.getBoundingClientRect().height);
    const top = (id: string) => s.page.getByTestId(id).evaluate((e) => e.getBoundingClientRect().top + scrollY);
    const before = { body: (await body.boundingBox())!.height, chart: await chartHeight(), event: await top('panel-speakers-by-event'), terms: await top('panel-top-terms') };
    // a role's speakers come from fewer countries than the corpus's
    const role = s.page.locator('[data-chart="role"] [data-testid="bar"][role="button"]').last();
    await role.click();
    await expect.poll(() => countryBars.count()).toBeLessThan(countries(corpus).size);
    expect(await chartHeight()).toBeLessThan(before.chart);
    expect((await body.boundingBox())!.height).toBe(before.body);
    expect(await top('panel-speakers-by-event')).toBe(before.event);
    expect(await top('panel-top-terms')).toBe(before.terms);
    expect(s.consoleErrors).toEqual([]);
  });
});

// A first load leaves the quotes' texts in IndexedDB until a view needs them (CorpusStore.quoteTexts): each block loads afresh.
describe("a first load: the quotes' texts are read when the JSON export needs them", () => {
  const session = useSession();
  it('exports every quote of the subset with the words its offsets cover', async () => {
    const s = session();
    await s.page.goto(s.url);
    await s.page.getByTestId('count-documents').waitFor();
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Download filtered corpus as JSON' }).click()]);
    const subset = CorpusSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    const textOf = new Map(subset.documents.map((doc) => [doc.id, doc.text]));
    expect(subset.quotes.length).toBe(published.quotes.length);
    expect(subset.quotes.filter((q) => !q.text || q.text !== textOf.get(q.documentId)?.slice(q.start, q.end))).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe("a first load: the quotes' texts are read when a text search needs them", () => {
  const session = useSession();
  it("finds the speakers who said a phrase that is in no one's name", async () => {
    const s = session();
    await s.page.goto(s.url);
    await s.page.getByTestId('count-documents').waitFor();
    const q = published.quotes.find((x) => x.text.length > 60)!;
    const phrase = q.text.slice(20, 44).toLowerCase();
    const want = new Set(published.quotes.filter((x) => x.text.toLowerCase().includes(phrase)).map((x) => x.speakerId));
    await s.page.getByTestId('search').fill(phrase);
    await expect.poll(() => summaryCount(s.page, 'speakers')).toBe(want.size);
    expect(s.consoleErrors).toEqual([]);
  });
});
