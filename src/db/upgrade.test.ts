import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { Corpus, decodeTermRow, type TermCounts } from '../corpus';
import { openDatabase, readCorpus, readCorpusHead, readMeta } from './database';
import { importCorpusText, loadPublishedCorpus } from './loadCorpus';
import { StoredTexts } from './storedTexts';

const corpus = (docs: number): Corpus => ({
  schemaVersion: 1,
  documents: Array.from({ length: docs }, (_, i) => ({ id: `d${i}`, file: `d${i}.txt`, title: 'T', eventId: null, text: 'x', wordCount: 1, sha256: 'c'.repeat(64) })),
  events: [],
  speakers: [],
  appearances: [],
  quotes: [],
  terms: { vocabulary: [], rows: [] },
  rejected: [],
});

/** Documents chunks as v1 and v2 wrote them: texts inside the documents. */
const legacyDocumentChunks = (c: Corpus) =>
  Array.from({ length: Math.ceil(c.documents.length / 1000) }, (_, n) => ({ id: `documents/${n}`, table: 'documents', n, rows: c.documents.slice(n * 1000, (n + 1) * 1000) }));

/** A database exactly as schema v1 wrote it (no `origin` on meta). */
async function writeV1(name: string, source: string, docs: number) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ chunks: 'id, table', meta: 'key' });
  await v1.table('chunks').bulkPut(legacyDocumentChunks(corpus(docs)));
  await v1.table('meta').put({ key: 'corpus', sha256: 'a'.repeat(64), bytes: 10, storedAt: '2024-01-01T00:00:00Z', source });
  v1.close();
}

describe('schema v1 → v2 upgrade', () => {
  it.each([
    ['the published corpus', 'corpus.json', 'published'],
    ['a user file', 'mine.json', 'file'],
  ])('keeps the stored data of %s and records its origin', async (_n, source, origin) => {
    const name = `upgrade-${source}`;
    await writeV1(name, source, 1500);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await readMeta(db)).toMatchObject({ source, origin, sha256: 'a'.repeat(64) });
    expect((await readCorpus(db))?.documents).toEqual(corpus(1500).documents);
    db.close();
  });
});

const speaker = { id: 's1', name: 'A', aliases: [], titles: [], role: 'other', country: 'FR', affiliations: [], evidence: { country: [{ value: 'FR', basis: 'French' }], role: [], merges: [] } };

/** A database as schema v2 wrote it: terms as chunks of [term, count] tuple rows. */
async function writeV2(name: string, terms: TermCounts[]) {
  const v2 = new Dexie(name);
  v2.version(2).stores({ chunks: 'id, table', meta: 'key' });
  await v2.table('chunks').bulkPut([
    ...legacyDocumentChunks(corpus(3)),
    { id: 'speakers/0', table: 'speakers', n: 0, rows: [speaker] },
    { id: 'terms/0', table: 'terms', n: 0, rows: terms.slice(0, 2) },
    { id: 'terms/1', table: 'terms', n: 1, rows: terms.slice(2) },
  ]);
  await v2.table('meta').put({ key: 'corpus', sha256: 'a'.repeat(64), bytes: 10, storedAt: '2024-01-01T00:00:00Z', source: 'mine.json', origin: 'file' });
  v2.close();
}

describe('schema v2 → v3 upgrade', () => {
  const terms: TermCounts[] = [
    { kind: 'document', id: 'd0', counts: [['water', 2], ['clean water', 1]] },
    { kind: 'document', id: 'd1', counts: [] },
    { kind: 'document', id: 'd2', counts: [['town', 1], ['water', 3]] },
  ];
  it('re-encodes stored term tuples into the compact format and keeps a user file', async () => {
    await writeV2('upgrade-v3', terms);
    const db = openDatabase('upgrade-v3');
    await db.open();
    expect(db.verno).toBe(4);
    expect(await readMeta(db)).toMatchObject({ source: 'mine.json', origin: 'file' });
    const stored = (await readCorpus(db))!;
    expect(Corpus.safeParse(stored).success).toBe(true);
    expect(stored.terms.rows.map((r) => [r.kind, r.id, decodeTermRow(stored.terms.vocabulary, r.counts)])).toEqual(terms.map((t) => [t.kind, t.id, t.counts]));
    expect(await db.chunks.where('table').equals('terms').count()).toBe(0);
    expect(stored.documents.map((d) => d.text)).toEqual(['x', 'x', 'x']);
    expect(stored.speakers).toEqual([speaker]);
    expect((await readCorpusHead(db))!.corpus.speakers[0]).not.toHaveProperty('evidence');
    expect((await readCorpusHead(db))!.corpus.documents.map((d) => d.text)).toEqual(['', '', '']);
    db.close();
  });
});

describe('importCorpusText onValid', () => {
  it("hands over a stored corpus first without quotes and texts ('quotes' missing), then the rest, its texts left in IndexedDB", async () => {
    const db = openDatabase('on-valid-cache');
    await importCorpusText(db, JSON.stringify(corpus(3)), 'mine.json');
    const seen: [string, string | undefined][] = [];
    const r = await loadPublishedCorpus(db, '/', () => {}, (async () => new Response('', { status: 404 })) as typeof fetch, true, (c, partial) => seen.push([c.documents[0]!.text, partial]));
    expect(seen).toEqual([['', 'quotes']]);
    expect(r.corpus?.documents[0]!.text).toBe('');
    expect((await new StoredTexts(db).chunkFor(r.corpus!.documents[0]!.id))?.get(r.corpus!.documents[0]!.id)).toBe('x');
  });

  it('hands over the validated corpus before storing it, and not an invalid one', async () => {
    const db = openDatabase('on-valid');
    const seen: { stage: string; docs?: number }[] = [];
    await importCorpusText(db, JSON.stringify(corpus(3)), 'a.json', (stage) => seen.push({ stage }), undefined, 'file', (c) => seen.push({ stage: 'valid', docs: c.documents.length }));
    expect(seen.map((s) => s.stage)).toEqual(['parse', 'validate', 'valid', 'store', 'done']);
    const calls: unknown[] = [];
    await importCorpusText(db, '{}', 'b.json', () => {}, undefined, 'file', (c) => calls.push(c));
    expect(calls).toEqual([]);
  });
});

describe('loadPublishedCorpus and a user file', () => {
  const published = JSON.stringify(corpus(2));
  const fetchFn = (async (url: string) =>
    url.endsWith('corpus.version.json') ? new Response(JSON.stringify({ sha256: 'f'.repeat(64), bytes: 1 })) : new Response(published)) as typeof fetch;

  it.each([
    ['keeps the user file on reload', true, 5, 'file'],
    ['replaces it when asked for the published corpus', false, 2, 'published'],
  ])('%s', async (_n, keep, docs, origin) => {
    const db = openDatabase(`user-file-${keep}`);
    await importCorpusText(db, JSON.stringify(corpus(5)), 'mine.json');
    const r = await loadPublishedCorpus(db, '/', () => {}, fetchFn, keep);
    expect(r.corpus?.documents).toHaveLength(docs);
    expect((await readMeta(db))?.origin).toBe(origin);
  });
});
