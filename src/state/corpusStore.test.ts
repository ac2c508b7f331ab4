import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Corpus, CorpusSummary } from '../corpus';
import { buildIndex } from '../lib/corpusIndex';
import { computeFirstView } from '../lib/firstView';
import { publishCorpus } from '../lib/__fixtures__/publishCorpus';
import { openDatabase } from '../db';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
import { CorpusStore } from './corpusStore.svelte';
import { documentTermFlags } from '../lib/quoteHasTerm';

const firstWord = (text: string) => /\p{L}{4,}/u.exec(text)![0];

let n = 0;
const file = (text: string, name = 'mine.json') => new File([text], name, { type: 'application/json' });

describe('CorpusStore', () => {
  it('loads a valid file, indexes it, and records it as a user file', async () => {
    const store = new CorpusStore(openDatabase(`store-${n++}`));
    expect(await store.importFile(file(JSON.stringify(smallCorpus())))).toBe(true);
    expect(store.index?.speakers).toHaveLength(5);
    expect(store.meta).toMatchObject({ source: 'mine.json', origin: 'file' });
    expect(store.errors).toEqual([]);
    expect(store.busy).toBe(false);
  });

  it('a corpus without per-document term counts keeps its texts in memory, for the full-text term filter', async () => {
    const name = `store-${n++}`;
    const bare = { ...smallCorpus(), terms: { vocabulary: [], rows: [] } };
    expect(await new CorpusStore(openDatabase(name)).importFile(file(JSON.stringify(bare)))).toBe(true);
    // reopened: the stored corpus is read back without its texts, which this corpus needs
    const store = new CorpusStore(openDatabase(name));
    expect(await store.loadPublished('/')).toBe(true);
    expect(store.corpus!.documents.map((d) => d.text)).toEqual(bare.documents.map((d) => d.text));
    expect(documentTermFlags(store.index!, [firstWord(bare.documents[0]!.text)])[0]).toBe(1);
  });

  it.each([
    ['invalid JSON', '{', /not valid JSON/],
    ['a broken reference', JSON.stringify({ ...smallCorpus(), quotes: [{ ...smallCorpus().quotes[0]!, speakerId: 'ghost' }] }), /quotes\.0\.speakerId: unknown speaker "ghost"/],
  ])('keeps showing the loaded corpus after %s', async (_n, text, error) => {
    const store = new CorpusStore(openDatabase(`store-${n++}`));
    await store.importFile(file(JSON.stringify(smallCorpus())));
    const shown = store.corpus;
    expect(await store.importFile(file(text, 'bad.json'))).toBe(false);
    expect(store.corpus).toBe(shown);
    expect(store.errors.join('\n')).toMatch(error);
    store.dismissErrors();
    expect(store.errors).toEqual([]);
  });

  it('a file loaded while the stored corpus is still being read waits for it, then wins', async () => {
    const store = new CorpusStore(openDatabase(`store-${n++}`));
    await store.importFile(file(JSON.stringify(smallCorpus()), 'first.json'));
    const other = { ...smallCorpus(), speakers: smallCorpus().speakers.slice(0, 1), appearances: [], quotes: [], terms: { vocabulary: [], rows: [] } };
    const reading = store.loadPublished('/'); // the stored user file, read in two steps
    const loading = store.importFile(file(JSON.stringify(other), 'second.json'));
    expect(await reading).toBe(true); // not cut short: the file waits instead of being ignored
    expect(await loading).toBe(true);
    expect(store.index?.speakers).toHaveLength(1);
    expect(store.meta?.source).toBe('second.json');
    expect(store.busy).toBe(false);
    expect(store.textsPending).toBe(false);
  });

  describe('a published corpus read section by section', () => {
    afterEach(() => vi.unstubAllGlobals());
    /** Serve corpus.json as the CLI writes it, with its version file; bytes from `holdFrom` on wait for `release()`. */
    function publish(corpus: Corpus, holdFrom = Infinity, summary?: CorpusSummary) {
      const { body, sections } = publishCorpus(corpus);
      const version = { sha256: 'a'.repeat(64), bytes: body.length, sections, ...(summary ? { summary } : {}) };
      let release = () => {};
      const gate = new Promise<void>((ok) => (release = ok));
      const stream = () =>
        new ReadableStream<Uint8Array>({
          async start(c) {
            c.enqueue(body.subarray(0, holdFrom));
            if (holdFrom < body.length) {
              await gate;
              c.enqueue(body.subarray(holdFrom));
            }
            c.close();
          },
        });
      vi.stubGlobal('fetch', async (url: string) => new Response(url.endsWith('corpus.version.json') ? JSON.stringify(version) : stream()));
      return { sections, release };
    }

    it('shows the first sections while the rest downloads, and stays busy (a dropped file waits) until it is stored', async () => {
      const store = new CorpusStore(openDatabase(`store-${n++}`));
      const { sections } = publish(smallCorpus());
      const { release } = publish(smallCorpus(), sections.quotes![0] + 10);
      const loading = store.loadPublished('/');
      await vi.waitFor(() => expect(store.recordsPending).toBe(true));
      expect(store.busy).toBe(true);
      expect(store.corpus?.speakers).toHaveLength(smallCorpus().speakers.length);
      expect(store.corpus?.quotes).toEqual([]);
      // how much of corpus.json is in, for the status strip
      expect(store.loading).toBe(true);
      expect(store.percent).toBeGreaterThan(0);
      expect(store.percent).toBeLessThan(100);
      release();
      expect(await loading).toBe(true);
      expect(store.corpus?.quotes).toHaveLength(smallCorpus().quotes.length);
      expect(store.recordsPending).toBe(false);
      expect(store.busy).toBe(false);
      expect(store.percent).toBeUndefined();
      expect(store.meta?.origin).toBe('published');
    });

    const summaryOf = (c: Corpus) => computeFirstView(buildIndex(c));

    it("draws the version file's summary while nothing is shown, and keeps its counts for what the first sections lack", async () => {
      const store = new CorpusStore(openDatabase(`store-${n++}`));
      const summary = summaryOf(smallCorpus());
      const { sections } = publish(smallCorpus(), Infinity, summary);
      let release = publish(smallCorpus(), 0, summary).release;
      let loading = store.loadPublished('/');
      await vi.waitFor(() => expect(store.preview).toEqual(summary));
      expect(store.corpus).toBeUndefined();
      release();
      expect(await loading).toBe(true);
      expect([store.preview, store.summary]).toEqual([undefined, undefined]);

      // another first load, caught once its first sections are in: no preview, the summary still there for the tiles
      const other = new CorpusStore(openDatabase(`store-${n++}`));
      release = publish(smallCorpus(), sections.quotes![0] + 10, summary).release;
      loading = other.loadPublished('/');
      await vi.waitFor(() => expect(other.recordsPending).toBe(true));
      expect([other.preview, other.summary]).toEqual([undefined, summary]);
      release();
      expect(await loading).toBe(true);
      expect(other.summary).toBeUndefined();
    });

    it('leaves nothing of the summary up when the load fails', async () => {
      const store = new CorpusStore(openDatabase(`store-${n++}`));
      const bad = smallCorpus();
      bad.quotes[0] = { ...bad.quotes[0]!, speakerId: 'ghost' };
      const { release } = publish(bad, 0, summaryOf(smallCorpus()));
      const loading = store.loadPublished('/');
      await vi.waitFor(() => expect(store.preview).toBeDefined());
      release();
      expect(await loading).toBe(false);
      expect([store.preview, store.summary, store.corpus]).toEqual([undefined, undefined, undefined]);
      expect(store.errors.join('\n')).toMatch(/unknown speaker "ghost"/);
    });

    it('takes the summary down when the version file turns out to describe another file, which is then read whole', async () => {
      const store = new CorpusStore(openDatabase(`store-${n++}`));
      const { text } = publishCorpus(smallCorpus());
      // the version file of a corpus with one more section: the first sections still line up (and are shown), the rest does not
      const other = { ...smallCorpus(), rejected: [{ file: 'x'.repeat(40), reason: 'shifts every offset' }] };
      const { body: otherBody, sections } = publishCorpus(other);
      const version = { sha256: 'a'.repeat(64), bytes: otherBody.length, sections, summary: summaryOf(other) };
      let release = () => {};
      const gate = new Promise<void>((ok) => (release = ok));
      let reads = 0;
      vi.stubGlobal('fetch', async (url: string) => {
        if (url.endsWith('corpus.version.json')) return new Response(JSON.stringify(version));
        if (++reads === 2) await gate; // the whole-file read, held
        return new Response(text);
      });
      const loading = store.loadPublished('/');
      await vi.waitFor(() => expect(reads).toBe(2));
      // neither the preview nor the tiles' stand-in figures: they are another file's
      expect([store.preview, store.summary]).toEqual([undefined, undefined]);
      release();
      expect(await loading).toBe(true);
      expect(store.corpus).toEqual(smallCorpus());
      expect(store.summary).toBeUndefined();
    });

    it('draws no summary while a stored corpus could be shown instead', async () => {
      const name = `store-${n++}`;
      await new CorpusStore(openDatabase(name)).importFile(file(JSON.stringify(smallCorpus())));
      // a new page over that database: nothing in memory yet, a corpus stored
      const store = new CorpusStore(openDatabase(name));
      const { release } = publish(smallCorpus(), 0, summaryOf(smallCorpus()));
      const loading = store.loadPublished('/', false);
      await vi.waitFor(() => expect(store.stage).toBe('fetch'));
      expect(store.preview).toBeUndefined();
      release();
      expect(await loading).toBe(true);
    });

    it('takes down its first sections when the rest fails, and shows the stored corpus again', async () => {
      const store = new CorpusStore(openDatabase(`store-${n++}`));
      const mine = { ...smallCorpus(), speakers: smallCorpus().speakers.slice(0, 2) };
      mine.appearances = mine.appearances.filter((a) => mine.speakers.some((s) => s.id === a.speakerId));
      mine.quotes = mine.quotes.filter((q) => mine.speakers.some((s) => s.id === q.speakerId));
      mine.terms = { vocabulary: [], rows: [] };
      await store.importFile(file(JSON.stringify(mine)));
      const bad = smallCorpus();
      bad.quotes[0] = { ...bad.quotes[0]!, speakerId: 'ghost' };
      publish(bad);
      expect(await store.loadPublished('/', false)).toBe(false);
      expect(store.errors.join('\n')).toMatch(/unknown speaker "ghost"/);
      expect(store.corpus?.speakers).toHaveLength(2);
      expect(store.recordsPending).toBe(false);
    });
  });
});
