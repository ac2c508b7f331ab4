import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../src/corpus';
import { loadCorpusFile } from './fixtures/loadFile';
import { seriousViolations } from './fixtures/axe';
import { parseCsv } from './fixtures/csv';
import { readBuiltCorpus, useSession } from './harness';

const corpus = readBuiltCorpus();
const swedes = new Set(corpus.speakers.filter((s) => s.country === 'SE').map((s) => s.id));
const swedishQuotes = corpus.quotes.filter((q) => swedes.has(q.speakerId));
const docText = new Map(corpus.documents.map((d) => [d.id, d.text]));
const speakerName = new Map(corpus.speakers.map((s) => [s.id, s.name]));

describe('the quotes behind a selection, and the article they come from', () => {
  const session = useSession();

  it('clicking Sweden and opening its quotes lists exactly the Swedish speakers’ quotes, each in its sentence, and the CSV has those rows', async () => {
    expect(swedishQuotes.length).toBeGreaterThan(0);
    const { page, url, consoleErrors } = session();
    await page.goto(url);
    await page.locator('[data-chart="country"] [data-testid="bar"][data-key="SE"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('country')).toEqual(['SE']);
    await expect.poll(() => page.getByTestId('open-quotes').textContent()).toBe(`Quotes (${swedishQuotes.length})`);
    await page.getByTestId('open-quotes').click();
    const dialog = page.getByTestId('quotes-dialog');
    await dialog.waitFor();
    // the sentences need the documents' texts, which a first load reads after the charts
    await expect.poll(() => dialog.getByText('appear once the documents').count()).toBe(0);

    const rows = await dialog.getByTestId('quote-row').evaluateAll((els) =>
      els.map((li) => ({
        id: li.getAttribute('data-quote-id')!,
        mark: li.querySelector('blockquote mark')!.textContent!,
        sentence: li.querySelector('blockquote')!.textContent!,
        speaker: li.querySelector('.speaker')!.textContent!,
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(swedishQuotes.map((q) => q.id).sort());
    for (const r of rows) {
      const q = swedishQuotes.find((x) => x.id === r.id)!;
      expect(r.mark).toBe(q.text);
      expect(r.speaker).toBe(speakerName.get(q.speakerId));
      // the sentence is a stretch of the article around the quote, longer than the quote itself
      const text = docText.get(q.documentId)!;
      const sentence = r.sentence.replace(/^…/, '').replace(/…$/, '');
      expect(sentence.length).toBeGreaterThanOrEqual(q.text.length);
      expect(text.indexOf(sentence)).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(sentence)).toBeLessThanOrEqual(q.start);
      expect(text.indexOf(sentence) + sentence.length).toBeGreaterThanOrEqual(q.end);
    }

    expect(await seriousViolations(page, '[data-testid="quotes-dialog"]')).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download quotes as CSV' }).click()]);
    const [header, ...records] = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(header).toEqual(['Speaker', 'Country', 'Role', 'Organisations', 'Event', 'Date', 'Quote', 'Kind', 'Document', 'URL']);
    const unguard = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');
    expect(records.map((r) => `${r[0]}|${unguard(r[6]!)}`).sort()).toEqual(swedishQuotes.map((q) => `${speakerName.get(q.speakerId)}|${q.text}`).sort());
    expect(new Set(records.map((r) => r[1]))).toEqual(new Set(['Sweden']));
    expect(consoleErrors).toEqual([]);
  });

  it('opens the article from a quote with the quote highlighted and attributed; Esc closes it and focus returns', async () => {
    const { page, consoleErrors } = session();
    const dialog = page.getByTestId('quotes-dialog');
    const first = dialog.getByTestId('quote-row').first();
    const firstId = await first.getAttribute('data-quote-id');
    const q = corpus.quotes.find((x) => x.id === firstId)!;
    await first.getByTestId('read-article').click();
    const reader = page.getByTestId('reader');
    await reader.waitFor();
    // the quote may be cut into several runs (a name inside it, paragraphs), all marked as the place opened at
    const squash = (s: string) => s.replace(/\s+/g, '');
    await expect.poll(() => reader.locator('mark[data-focus]').allTextContents().then((t) => squash(t.join('')))).toBe(squash(q.text));
    expect(await reader.locator('mark[data-focus]').first().evaluate((m) => m.classList.contains('quote'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-focus'))).toBe(true);
    expect(await reader.locator('mark[data-focus]').first().isVisible()).toBe(true);
    expect(await reader.getByTestId('attribution').allTextContents()).toContain(`${speakerName.get(q.speakerId)}, ${q.kind ?? 'direct'}`);
    expect(await reader.locator('mark.mention').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page, '[data-testid="reader"]')).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('read-article');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-quotes');
    expect(consoleErrors).toEqual([]);
  });

  it('from a speaker’s evidence, opens the article at the sentence the country came from', async () => {
    const { page, url, consoleErrors } = session();
    const swede = corpus.speakers.find(
      (s) => s.country === 'SE' && s.evidence?.country.some((e) => e.documentId && /"Sweden"|"Swedish"/.test(e.basis)) && corpus.quotes.some((q) => q.speakerId === s.id),
    );
    expect(swede).toBeDefined();
    await page.goto(`${url}?speaker=${encodeURIComponent(swede!.id)}`);
    const detail = page.getByTestId('speaker-detail');
    const show = detail.getByTestId('evidence-source').first();
    await expect.poll(() => show.isEnabled(), { timeout: 15_000 }).toBe(true); // the evidence comes with the rest of the corpus, after the first charts
    await show.click();
    const reader = page.getByTestId('reader');
    await reader.waitFor();
    const key = reader.locator('mark.key');
    await expect.poll(() => key.allTextContents().then((t) => t.join(''))).toMatch(/^(Sweden|Swedish)$/);
    expect(await key.first().evaluate((m) => m.classList.contains('focus'))).toBe(true);
    const sentence = await reader.locator('mark[data-focus]').allTextContents().then((t) => t.join(''));
    expect(docText.get(swede!.evidence!.country.find((e) => e.documentId)!.documentId!)).toContain(sentence);
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    // Esc in the reader closes only the reader
    expect(await detail.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('evidence-source');

    // any of the speaker's documents opens at the first mention of the speaker
    await detail.getByTestId('document-link').first().click();
    await reader.waitFor();
    await expect.poll(() => reader.locator('mark[data-focus]').allTextContents().then((t) => t.join(''))).toMatch(new RegExp([swede!.name, ...swede!.aliases].map((n) => `^${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).join('|')));
    expect(await reader.locator('mark[data-focus]').first().evaluate((m) => m.classList.contains('mention'))).toBe(true);
    await reader.getByRole('button', { name: 'Close the article' }).click();
    await expect.poll(() => reader.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('document-link');

    // a quote in the speaker's list opens its article at that quote
    const quoted = corpus.quotes.find((q) => q.speakerId === swede!.id)!;
    await detail.getByTestId('speaker-quote').first().getByTestId('document-link').click();
    await reader.waitFor();
    const squash = (s: string) => s.replace(/\s+/g, '');
    await expect.poll(() => reader.locator('mark[data-focus]').allTextContents().then((t) => squash(t.join('')))).toBe(squash(quoted.text));
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('labels reported speech and undated events, links only http(s) sources, guards CSV formulas, and shows unattributed quotes in the reader', async () => {
    const { page, url, consoleErrors } = session();
    await page.goto(url);
    await page.getByTestId('corpus-source').waitFor();
    await loadCorpusFile(page, 'edge-corpus.json', JSON.stringify(edgeCorpus()));
    await expect.poll(() => page.getByTestId('corpus-source').textContent()).toContain('edge-corpus.json');
    await expect.poll(() => page.getByTestId('open-quotes').textContent()).toBe('Quotes (3)');
    await page.getByTestId('open-quotes').click();
    const dialog = page.getByTestId('quotes-dialog');
    const row = (id: string) => dialog.locator(`[data-quote-id="${id}"]`);
    await row('q1').waitFor();
    expect(await row('q2').getByTestId('reported').textContent()).toBe('reported speech');
    expect(await row('q1').getByTestId('reported').count()).toBe(0);
    expect(await row('q1').textContent()).toContain('undated');
    expect(await row('q1').locator('a').getAttribute('href')).toBe('https://example.org/one');
    expect(await row('q3').locator('a').count()).toBe(0); // javascript: URL is shown nowhere as a link

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download quotes as CSV' }).click()]);
    const records = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')).slice(1);
    // dated events first, undated last; within an article in reading order
    expect(records.map((r) => [r[0], r[5], r[6], r[7], r[9]])).toEqual([
      ['Bo Berg', '2022-01-02', "'=SUM(A1:A9) is no plan", 'direct', 'javascript:alert(1)'],
      ['Ana Lind', '', 'We will pay, and "soon"', 'direct', 'https://example.org/one'],
      ['Ana Lind', '', 'the budget would double', 'reported', 'https://example.org/one'],
      ['speaker not named', '', 'Nobody knows,', 'direct', 'https://example.org/one'],
    ]);

    await row('q2').getByTestId('read-article').click();
    const reader = page.getByTestId('reader');
    await reader.waitFor();
    expect(await reader.getByTestId('attribution').allTextContents()).toEqual(['Ana Lind, direct', 'Ana Lind, reported', 'unattributed, direct']);
    expect(await reader.getByTestId('reader-text').locator('mark.quote.reported').allTextContents()).toEqual(['the budget would double']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});

/** Two articles: an undated event with a direct, a reported and an unattributed quote; a dated one whose quote starts like a formula. */
function edgeCorpus(): Corpus {
  const t1 = 'Ana Lind spoke first. "We will pay, and "soon"," said Ana Lind. She said the budget would double. "Nobody knows," a voice said.';
  const t2 = 'Bo Berg said: "=SUM(A1:A9) is no plan."';
  const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const doc = (id: string, text: string, url: string, eventId: string) => ({ id, file: `${id}.txt`, title: `Article ${id}`, eventId, text, wordCount: 9, sha256: 'c'.repeat(64), url });
  return {
    schemaVersion: 1,
    documents: [doc('d1', t1, 'https://example.org/one', 'e1'), doc('d2', t2, 'javascript:alert(1)', 'e2')],
    events: [
      { id: 'e1', title: 'Undated hearing', date: null, documentIds: ['d1'] },
      { id: 'e2', title: 'Dated forum', date: '2022-01-02', documentIds: ['d2'] },
    ],
    speakers: [
      { id: 'ana', name: 'Ana Lind', aliases: [], titles: [], role: 'legislator', country: 'SE', affiliations: [] },
      { id: 'bo', name: 'Bo Berg', aliases: [], titles: [], role: 'academic', country: 'NO', affiliations: ['Uni'] },
    ],
    appearances: [
      { speakerId: 'ana', eventId: 'e1', documentId: 'd1' },
      { speakerId: 'bo', eventId: 'e2', documentId: 'd2' },
    ],
    quotes: [
      { id: 'q1', speakerId: 'ana', documentId: 'd1', eventId: 'e1', ...at(t1, 'We will pay, and "soon"') },
      { id: 'q2', speakerId: 'ana', documentId: 'd1', eventId: 'e1', ...at(t1, 'the budget would double'), kind: 'reported' },
      { id: 'q3', speakerId: 'bo', documentId: 'd2', eventId: 'e2', ...at(t2, '=SUM(A1:A9) is no plan') },
    ],
    unattributed: [{ id: 'u1', documentId: 'd1', eventId: 'e1', ...at(t1, 'Nobody knows,') }],
    terms: { vocabulary: [], rows: [] },
    rejected: [],
  };
}
