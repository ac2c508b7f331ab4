import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCorpus } from './fixtures/demoCorpus';
import { loadCorpusFile, summaryCount } from './fixtures/loadFile';
import { PAYLOAD, xssCorpus } from './fixtures/xssCorpus';
import { openSession, type Session } from './harness';

describe('loading a corpus file', () => {
  let s: Session;
  const dialogs: string[] = [];
  beforeAll(async () => {
    s = await openSession();
    s.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(() => s?.close());

  it('rejects a corrupted corpus with the first problems and keeps showing the stored one', async () => {
    const demo = demoCorpus();
    await s.page.goto(s.url);
    await s.page.getByTestId('count-documents').waitFor();
    await loadCorpusFile(s.page, 'demo-corpus.json', JSON.stringify(demo));
    await expect.poll(() => summaryCount(s.page, 'documents')).toBe(demo.documents.length);

    const broken = { ...demo, quotes: demo.quotes.map((q, i) => (i === 2 ? { ...q, speakerId: 'nobody' } : q)) };
    await loadCorpusFile(s.page, 'broken.json', JSON.stringify(broken));
    const alert = s.page.getByTestId('load-error');
    await expect.poll(() => alert.textContent()).toContain('broken.json does not match the corpus format');
    expect(await alert.textContent()).toContain('quotes.2.speakerId: unknown speaker "nobody"');
    expect(await alert.textContent()).toContain('previously stored corpus is still shown');
    expect(await summaryCount(s.page, 'documents')).toBe(demo.documents.length);
    expect(await summaryCount(s.page, 'speakers')).toBe(demo.speakers.length);

    await loadCorpusFile(s.page, 'not-json.json', '{"schemaVersion": 1, "documents": [');
    await expect.poll(() => alert.textContent()).toContain('not-json.json is not valid JSON');

    await s.page.reload();
    await expect.poll(() => summaryCount(s.page, 'documents')).toBe(demo.documents.length);
    expect(await s.page.getByTestId('corpus-source').textContent()).toContain('demo-corpus.json');
    expect(s.consoleErrors).toEqual([]);
  });

  it('shows markup in a corpus as text and never runs it', async () => {
    await loadCorpusFile(s.page, 'xss.json', JSON.stringify(xssCorpus()));
    await expect.poll(() => summaryCount(s.page, 'documents')).toBe(1);

    await s.page.getByTestId('speaker-name').click();
    const detail = s.page.getByTestId('speaker-detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(`Speaker ${PAYLOAD}`);
    const quote = await detail.getByTestId('speaker-quote').textContent();
    expect(quote).toContain(`We said ${PAYLOAD} loudly`);
    expect(quote).toContain(`the speaker ${PAYLOAD}`);
    await s.page.getByRole('button', { name: 'Close speaker detail' }).click();

    await s.page.locator('[data-chart="terms"] [data-key="onerror"]').click();
    await expect.poll(() => s.page.getByTestId('kwic').textContent()).toContain(`We said ${PAYLOAD} loudly`);
    expect(await s.page.getByTestId('kwic-line').first().textContent()).toContain('onerror');
    await s.page.getByRole('button', { name: 'Full text' }).first().click();
    await expect.poll(() => s.page.getByTestId('kwic-line').count()).toBe(3); // headline, quote, attribution

    await s.page.getByTestId('search').fill(PAYLOAD);
    await expect.poll(() => s.page.getByTestId('chip').allTextContents()).toContain(`Text: “${PAYLOAD}” ×`);

    expect(await s.page.locator('img').count()).toBe(0);
    expect(await s.page.evaluate(() => document.body.innerHTML.includes('<img'))).toBe(false);
    expect(dialogs).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('loads a corpus file dropped on the page, and can go back to the published corpus', async () => {
    const demo = demoCorpus();
    await s.page.goto(s.url); // no filters left from the test before
    await s.page.getByTestId('count-documents').waitFor();
    await s.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, JSON.stringify(demo));
    await expect.poll(() => s.page.getByTestId('corpus-source').textContent()).toContain('dropped.json');
    expect(await summaryCount(s.page, 'documents')).toBe(demo.documents.length);

    await s.page.getByRole('button', { name: 'Use the published corpus' }).click();
    await expect.poll(() => s.page.getByTestId('corpus-source').textContent()).toBe('corpus.jsonl');
    expect(s.consoleErrors).toEqual([]);
  });
});
