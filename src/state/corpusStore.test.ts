import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
import { CorpusStore } from './corpusStore.svelte';

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
});
