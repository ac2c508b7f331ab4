import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { bulkyCorpus, publishInto } from './fixtures/bulkyCorpus';
import { demoCorpus } from './fixtures/demoCorpus';
import { summaryCount } from './fixtures/loadFile';
import { openSession, readBuiltCorpus, type Session } from './harness';

const published = readBuiltCorpus();

/** What IndexedDB holds, read past the app: the current generation and its source, and chunks per generation. */
function storedState(page: Page): Promise<{ gen: string | undefined; source: string | undefined; chunks: Record<string, number> }> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('podium');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['chunks', 'meta'], 'readonly');
          const meta = tx.objectStore('meta').get('corpus');
          const all = tx.objectStore('chunks').index('gen').getAllKeys();
          const gens: Record<string, number> = {};
          tx.oncomplete = () => {
            const keys = all.result as string[];
            // a chunk's key starts with its generation: `${gen}:${table}/${n}`
            for (const k of keys) gens[k.split(':')[0]!] = (gens[k.split(':')[0]!] ?? 0) + 1;
            db.close();
            done({ gen: meta.result?.gen, source: meta.result?.source, chunks: gens });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/** Slow the page's downloads to `bytesPerSecond` (DevTools network emulation). */
async function throttle(page: Page, bytesPerSecond: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: bytesPerSecond, uploadThroughput: -1 });
}

const loaded = (page: Page) => page.getByTestId('load-status').waitFor({ state: 'detached', timeout: 60_000 });

describe('storage faults: the stored corpus survives a load that cannot finish', () => {
  let s: Session | undefined;
  let site: string | undefined;
  /** A session on its own copy of the build, so a test can publish another corpus in it. */
  async function open(): Promise<Session> {
    site = mkdtempSync(join(tmpdir(), 'podium-site-'));
    cpSync('dist', site, { recursive: true });
    s = await openSession(site);
    return s;
  }
  afterEach(async () => {
    await s?.close();
    if (site) rmSync(site, { recursive: true, force: true });
    s = site = undefined;
  });

  it('says the storage is full when the quota runs out mid-load, and keeps showing the stored corpus', async () => {
    const s = await open();
    const cdp = await s.context.newCDPSession(s.page);
    // room for the published corpus and the bulky one's first chunk, not the rest (Chromium applies
    // an override to databases opened after it: set before the page first opens its own)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(s.url).origin, quotaSize: 2_500_000 });
    await s.page.goto(s.url);
    await expect.poll(() => summaryCount(s.page, 'documents'), { timeout: 30_000 }).toBe(published.documents.length);
    await loaded(s.page);
    const before = await storedState(s.page);
    const bulky = bulkyCorpus(3000); // about 4.5 MB of text IndexedDB cannot compress
    await s.page.getByTestId('corpus-file').setInputFiles({ name: 'bulky.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(bulky.body) });
    const alert = s.page.getByTestId('load-error');
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain("bulky.jsonl could not be stored: this browser's storage for the dashboard is full (IndexedDB quota exceeded)");
    expect(await alert.textContent()).toContain('The previously stored corpus is still shown.');
    expect(await summaryCount(s.page, 'documents')).toBe(published.documents.length);
    expect(await storedState(s.page)).toEqual(before);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(s.url).origin });
    await s.page.reload();
    await expect.poll(() => summaryCount(s.page, 'documents'), { timeout: 30_000 }).toBe(published.documents.length);
    expect(await s.page.getByTestId('corpus-source').textContent()).toContain('corpus.jsonl');
    expect(s.consoleErrors.filter((e) => !/quota/i.test(e))).toEqual([]);
  });

  it('reopens on the stored corpus after the page was closed mid-load, and clears what that load wrote', async () => {
    const s = await open();
    await s.page.goto(s.url);
    await expect.poll(() => summaryCount(s.page, 'documents'), { timeout: 30_000 }).toBe(published.documents.length);
    await loaded(s.page);
    const before = await storedState(s.page);

    publishInto(site!, bulkyCorpus(4000).body); // about 6 MB
    await throttle(s.page, 500_000);
    await s.page.reload();
    // some of the new corpus is stored, as its own generation, when the page goes away
    await expect.poll(async () => Object.keys((await storedState(s.page)).chunks).length, { timeout: 30_000, interval: 200 }).toBe(2);
    expect((await storedState(s.page)).gen).toBe(before.gen);
    await s.page.close();

    const page = await s.context.newPage();
    // offline for the corpus files: what shows is what was stored
    await page.route(/corpus\.(version\.json|jsonl?)$/, (r) => r.abort());
    await page.goto(s.url);
    await expect.poll(() => summaryCount(page, 'documents'), { timeout: 30_000 }).toBe(published.documents.length);
    await loaded(page);
    expect(await storedState(page)).toEqual(before);
  });

  it('ends with one complete corpus, shown in both, when two tabs load at once', async () => {
    const s = await open();
    const bulky = bulkyCorpus(3000);
    publishInto(site!, bulky.body);
    await throttle(s.page, 600_000);
    await s.page.goto(s.url);
    await expect.poll(() => s.page.getByTestId('load-status').count()).toBe(1);

    // while the first tab downloads the published corpus, the second loads a file of its own
    const second = await s.context.newPage();
    await second.goto(s.url);
    const demo = demoCorpus();
    // dropped on the page: the file picker is disabled while a load runs, a drop waits for it
    await second.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'demo-corpus.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, JSON.stringify(demo));

    for (const page of [s.page, second]) {
      await expect.poll(() => page.getByTestId('corpus-source').textContent(), { timeout: 60_000 }).toContain('demo-corpus.json');
      await expect.poll(() => summaryCount(page, 'documents'), { timeout: 30_000 }).toBe(demo.documents.length);
      await loaded(page);
    }
    const state = await storedState(second);
    expect(state.source).toBe('demo-corpus.json');
    expect(Object.keys(state.chunks)).toEqual([state.gen]);
    await s.page.reload();
    await expect.poll(() => summaryCount(s.page, 'documents'), { timeout: 30_000 }).toBe(demo.documents.length);
  });
});
