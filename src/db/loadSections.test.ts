import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Corpus, CorpusVersion } from '../corpus';
import { publishCorpus } from '../lib/__fixtures__/publishCorpus';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
import { openDatabase, readCorpus, readMeta } from './database';
import { importCorpusText, loadPublishedCorpus, type LoadStage, type Missing } from './loadCorpus';

/** corpus.json and corpus.version.json as the CLI writes them (the hash is not checked by the loader, only kept). */
function publish(corpus: object): { body: Uint8Array; version: CorpusVersion } {
  const { body, sections } = publishCorpus(corpus);
  return { body, version: { sha256: (body.length % 16).toString(16).repeat(64), bytes: body.length, schemaVersion: 1, sections } };
}

/** A fetch serving the two files; the body comes in chunks of `chunk` bytes. Counts corpus.json requests. */
function site(body: Uint8Array, version: unknown, chunk = 50) {
  const calls = { corpus: 0 };
  const fetchFn = (async (url: string) => {
    if (url.endsWith('corpus.version.json')) return new Response(JSON.stringify(version));
    calls.corpus++;
    let at = 0;
    return new Response(
      new ReadableStream<Uint8Array>({
        pull(c) {
          if (at >= body.length) return c.close();
          c.enqueue(body.slice(at, (at += chunk)));
        },
      }),
    );
  }) as unknown as typeof fetch;
  return { fetchFn, calls };
}

/** Stored term counts come back as typed arrays: compare as plain JSON. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as Int32Array) : x)));

let n = 0;
async function load(body: Uint8Array, version: unknown, db = openDatabase(`sections-${n++}`)) {
  const stages: LoadStage[] = [];
  const shown: { missing: Missing | undefined; corpus: Corpus }[] = [];
  const { fetchFn, calls } = site(body, version);
  const r = await loadPublishedCorpus(db, '/', (s) => stages.push(s), fetchFn, true, (corpus, missing) => shown.push({ corpus, missing }));
  return { r, stages, shown, calls, db };
}

describe('loadPublishedCorpus, section by section', () => {
  it('shows events, speakers and appearances first, then the whole corpus, then stores it', async () => {
    const corpus = smallCorpus();
    const { body, version } = publish(corpus);
    const { r, stages, shown, db } = await load(body, version);
    expect(r.errors).toEqual([]);
    expect(r.from).toBe('network');
    expect(shown.map((s) => s.missing)).toEqual(['records', undefined]);
    const head = shown[0]!.corpus;
    // the speakers' evidence is validated once the first charts are drawn, and comes with the whole corpus
    expect(head.speakers).toEqual(corpus.speakers.map(({ evidence: _, ...sp }) => sp));
    expect(shown[1]!.corpus.speakers).toEqual(corpus.speakers);
    expect(head.appearances).toEqual(corpus.appearances);
    expect(head.quotes).toEqual([]);
    // stand-in documents: every id the events and appearances name (a document with neither waits for the rest)
    const named = new Set([...corpus.events.flatMap((e) => e.documentIds), ...corpus.appearances.map((a) => a.documentId)]);
    expect(head.documents.map((d) => d.id).sort()).toEqual([...named].sort());
    expect(named.size).toBeLessThan(corpus.documents.length);
    expect(shown[1]!.corpus).toEqual(corpus);
    expect(stages.indexOf('texts')).toBeLessThan(stages.indexOf('store'));
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
    expect((await readMeta(db))?.sha256).toBe(version.sha256);
  });

  it('names the section and record of a schema error, shows nothing of it, and keeps the stored corpus', async () => {
    const db = openDatabase(`sections-${n++}`);
    await importCorpusText(db, JSON.stringify(smallCorpus()), 'corpus.json');
    const bad = smallCorpus();
    (bad.speakers[1] as { country: string }).country = 'Narnia';
    const { body, version } = publish(bad);
    const { r, shown } = await load(body, version, db);
    expect(r.errors.join('\n')).toMatch(/speakers\.1\.country: expected an ISO 3166-1 alpha-2 code/);
    expect(shown).toEqual([]);
    // the stored corpus comes back with its texts left in IndexedDB
    expect(plain(r.corpus)).toEqual(plain({ ...smallCorpus(), documents: smallCorpus().documents.map((d) => ({ ...d, text: '' })) }));
  });

  it("rejects a speaker's bad evidence after the first sections were shown, storing nothing", async () => {
    const bad = smallCorpus();
    (bad.speakers[0]!.evidence!.country[0] as { basis: unknown }).basis = 7;
    const { body, version } = publish(bad);
    const { r, shown, db } = await load(body, version);
    expect(shown.map((s) => s.missing)).toEqual(['records']);
    expect(r.errors.join('\n')).toMatch(/speakers\.0\.evidence\.country\.0\.basis: /);
    expect(r.corpus).toBeUndefined();
    expect(await readCorpus(db)).toBeUndefined();
  });

  it('checks references across sections once all are in; a broken one is reported after the first sections were shown', async () => {
    const bad = smallCorpus();
    bad.quotes[0] = { ...bad.quotes[0]!, speakerId: 'ghost' };
    const { body, version } = publish(bad);
    const { r, shown, db } = await load(body, version);
    expect(shown.map((s) => s.missing)).toEqual(['records']);
    expect(r.errors.join('\n')).toMatch(/quotes\.0\.speakerId: unknown speaker "ghost"/);
    expect(r.corpus).toBeUndefined();
    expect(await readCorpus(db)).toBeUndefined();
  });

  it('reads the file whole when the version file describes another one', async () => {
    const { body } = publish(smallCorpus());
    const { version } = publish({ ...smallCorpus(), rejected: [{ file: 'x'.repeat(40), reason: 'shifts every offset' }] });
    const { r, calls } = await load(body, version);
    expect(r.errors).toEqual([]);
    expect(r.corpus).toEqual(smallCorpus());
    expect(calls.corpus).toBe(2);
  });

  it('reads the file whole when the version file has no sections, or is not a version file', async () => {
    const { body, version } = publish(smallCorpus());
    for (const v of [{ sha256: version.sha256, bytes: version.bytes }, { sections: 'nonsense' }]) {
      const { r, shown, calls } = await load(body, v);
      expect(r.corpus).toEqual(smallCorpus());
      expect(shown.map((s) => s.missing)).toEqual([undefined]);
      expect(calls.corpus).toBe(1);
    }
  });

  it('a download cut short stores nothing, says why, and goes back to the stored corpus', async () => {
    const { body, version } = publish(smallCorpus());
    const cut = body.subarray(0, version.sections!.quotes![0] + 5);
    const { r } = await load(cut, version);
    expect(r.corpus).toBeUndefined();
    expect(r.errors.join('\n')).toMatch(/Could not download corpus\.json: the download stopped after \d+ of \d+ bytes, inside "quotes"/);

    const db = openDatabase(`sections-${n++}`);
    await importCorpusText(db, JSON.stringify({ ...smallCorpus(), rejected: [{ file: 'old.txt', reason: 'r' }] }), 'corpus.json');
    const again = await load(cut, version, db);
    expect(again.r.errors.join('\n')).toMatch(/stopped after/);
    expect(again.r.corpus?.rejected).toEqual([{ file: 'old.txt', reason: 'r' }]);
  });

  it('reads the file whole when the sections leave a key out (never stores a corpus missing it)', async () => {
    const { body, version } = publish(smallCorpus());
    const { terms: _, ...sections } = version.sections!;
    const { r, calls } = await load(body, { ...version, sections });
    expect(plain(r.corpus?.terms)).toEqual(plain(smallCorpus().terms));
    expect(calls.corpus).toBe(2);
  });

  it('ignores a section named after an inherited property', async () => {
    const { body, version } = publish(smallCorpus());
    const { schemaVersion, ...rest } = version.sections!;
    const { r, calls } = await load(body, { ...version, sections: { constructor: schemaVersion!, ...rest } });
    // the bytes before it do not say "constructor": read whole, loaded all the same
    expect(r.errors).toEqual([]);
    expect(calls.corpus).toBe(2);
  });

  it('keeps a valid corpus shown, and says so, when the browser will not store it', async () => {
    const db = openDatabase(`sections-${n++}`);
    vi.spyOn(db.chunks, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError'));
    const { body, version } = publish(smallCorpus());
    const { r } = await load(body, version, db);
    expect(r.corpus?.quotes).toHaveLength(smallCorpus().quotes.length);
    expect(r.errors).toEqual([expect.stringMatching(/corpus\.json is shown but could not be stored in this browser \(QuotaExceededError\)/)]);
    expect(await readCorpus(db)).toBeUndefined();
  });
});
