import { describe, expect, it } from 'vitest';
import { readBuiltCorpus, useSession } from './harness';

const corpus = readBuiltCorpus();

describe('opening the dashboard', () => {
  const session = useSession();

  it('streams corpus.jsonl once, record by record, and shows the corpus summary, with no console errors', async () => {
    const s = session();
    const fetched: string[] = [];
    s.page.on('request', (r) => {
      if (/\/corpus\.jsonl?$/.test(new URL(r.url()).pathname)) fetched.push(r.url());
    });
    await s.page.goto(s.url);
    await expect.poll(() => s.page.getByTestId('count-documents').first().textContent(), { timeout: 15_000 }).toBe(String(corpus.documents.length));
    expect(await s.page.getByTestId('count-events').first().textContent()).toBe(String(corpus.events.length));
    const stored = await s.page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      return names;
    });
    expect(stored).toContain('podium');
    // the version file names corpus.jsonl: one request, for it
    await s.page.getByTestId('load-status').waitFor({ state: 'detached' });
    expect(fetched.map((u) => new URL(u).pathname)).toEqual(['/corpus.jsonl']);
    const version = await s.page.evaluate(async () => (await fetch('corpus.version.json')).json());
    expect(version.file).toBe('corpus.jsonl');
    expect(s.consoleErrors).toEqual([]);
  });

  it('reopens from IndexedDB on reload without refetching an unchanged corpus', async () => {
    const s = session();
    // The dashboard shows a validated corpus while it is still being stored: wait for the store to finish.
    await s.page.getByTestId('load-status').waitFor({ state: 'detached' });
    const fetched: string[] = [];
    s.page.on('request', (r) => {
      if (/\/corpus\.jsonl?$/.test(new URL(r.url()).pathname)) fetched.push(r.url());
    });
    await s.page.reload();
    await expect.poll(() => s.page.getByTestId('count-documents').first().textContent(), { timeout: 15_000 }).toBe(String(corpus.documents.length));
    expect(fetched).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
