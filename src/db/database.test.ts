import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus';
import { chunkCorpus, openDatabase, readCorpus, readCorpusHead, readMeta, replaceCorpus } from './database';
import { importCorpusText } from './loadCorpus';
import { StoredTexts } from './storedTexts';

const doc = (id: string) => ({ id, file: `${id}.txt`, title: id, eventId: 'e1', text: 'Hello world.', wordCount: 2, sha256: 'a'.repeat(64) });
const corpus = (n: number): Corpus => ({
  schemaVersion: 1,
  documents: Array.from({ length: n }, (_, i) => doc(`d${i}`)),
  events: [{ id: 'e1', title: 'E', date: '2020-01-01', documentIds: [] }],
  speakers: [],
  appearances: [],
  quotes: [],
  terms: { vocabulary: [], rows: [] },
  rejected: [],
});

let dbCount = 0;
const freshDb = () => openDatabase(`test-${dbCount++}`);

describe('chunkCorpus', () => {
  it.each([
    [0, 0],
    [1, 1],
    [1000, 1],
    [1001, 2],
    [2500, 3],
  ])('%i documents make %i document chunks', (n, chunks) => {
    expect(chunkCorpus(corpus(n)).filter((c) => c.table === 'documents')).toHaveLength(chunks);
  });
});

describe('importCorpusText', () => {
  it('stores a valid corpus and reads back the same records in order', async () => {
    const db = freshDb();
    const c = corpus(2345);
    const r = await importCorpusText(db, JSON.stringify(c), 'corpus.json');
    expect(r.errors).toEqual([]);
    expect((await readCorpus(db))?.documents.map((d) => d.id)).toEqual(c.documents.map((d) => d.id));
    expect((await readMeta(db))?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', /not valid JSON/],
    ['wrong shape', JSON.stringify({ schemaVersion: 1, documents: [{ id: 'x' }] }), /documents\.0\.file/],
    ['dangling reference', JSON.stringify({ ...corpus(1), appearances: [{ speakerId: 's', eventId: 'e1', documentId: 'd0' }] }), /unknown speaker/],
  ])('rejects %s and keeps the stored corpus intact', async (_name, text, message) => {
    const db = freshDb();
    await importCorpusText(db, JSON.stringify(corpus(3)), 'corpus.json');
    const r = await importCorpusText(db, text, 'bad.json');
    expect(r.errors.join('\n')).toMatch(message);
    expect(r.errors[0]).toContain('bad.json');
    expect(r.corpus?.documents).toHaveLength(3);
    expect((await readCorpus(db))?.documents).toHaveLength(3);
  });
});

describe('readCorpusHead', () => {
  const withTerms = (n: number): Corpus => ({
    ...corpus(n),
    documents: corpus(n).documents.map((d, i) => ({ ...d, text: `Text ${i}.` })),
    speakers: [
      { id: 's1', name: 'A', aliases: [], titles: [], role: 'other', country: 'FR', affiliations: [], evidence: { country: [{ value: 'FR', basis: 'French' }], role: [], merges: [] } },
      { id: 's2', name: 'B', aliases: [], titles: [], role: 'other', country: null, affiliations: [] },
    ],
    appearances: [{ speakerId: 's1', eventId: 'e1', documentId: 'd0' }],
    quotes: [{ id: 'q1', speakerId: 's1', documentId: 'd0', eventId: 'e1', start: 0, end: 4, text: 'Text', kind: 'direct' }],
    unattributed: [{ id: 'u1', documentId: 'd1', eventId: 'e1', start: 5, end: 6, text: '1' }],
    terms: { vocabulary: ['text', 'hello'], rows: Array.from({ length: n }, (_, i) => ({ kind: 'document' as const, id: `d${i}`, counts: [0, 1, 1, i + 1] })) },
  });
  const plain = (c: Corpus) => ({ ...c, terms: { ...c.terms, rows: c.terms.rows.map((r) => ({ ...r, counts: Array.from(r.counts) })) } });

  it('reads the corpus without quotes, texts and terms first, then all of it but the texts, which are read by document', async () => {
    const db = freshDb();
    const c = withTerms(1500);
    await importCorpusText(db, JSON.stringify(c), 'corpus.json');
    const head = (await readCorpusHead(db))!;
    expect(head.corpus.documents.map((d) => d.id)).toEqual(c.documents.map((d) => d.id));
    expect(head.corpus.documents.every((d) => d.text === '')).toBe(true);
    expect(head.corpus.terms).toEqual({ vocabulary: [], rows: [] });
    expect(head.corpus.quotes).toEqual([]);
    expect(head.corpus).not.toHaveProperty('unattributed');
    expect(head.corpus.appearances).toEqual(c.appearances);
    expect(head.corpus.speakers.map((sp) => [sp.id, 'evidence' in sp])).toEqual([['s1', false], ['s2', false]]);
    const full = (await head.complete())!;
    expect(plain(full)).toEqual({ ...c, documents: c.documents.map((d) => ({ ...d, text: '' })) });
    const texts = new StoredTexts(db);
    for (const i of [0, 999, 1000, 1499]) expect((await texts.chunkFor(c.documents[i]!.id))?.get(c.documents[i]!.id)).toBe(c.documents[i]!.text);
    expect(await texts.chunkFor('no such document')).toBeUndefined();
    expect(plain((await readCorpus(db))!)).toEqual(c);
    // quotes are stored without their texts and take them from their documents', which keep none without `texts`
    expect((await db.chunks.where('table').anyOf('quotes', 'unattributed').toArray()).map((q) => q.quotes?.texts)).toEqual([[], []]);
    const lean = (await readCorpus(db, false))!;
    expect([lean.quotes, lean.unattributed, lean.documents.every((d) => d.text === '')]).toEqual([c.quotes, c.unattributed, true]);
    expect(head.corpus.documents[0]!.text).toBe(''); // the head is not mutated
  });

  it('completes to undefined when another corpus was stored in between, and is undefined for an empty db', async () => {
    const db = freshDb();
    expect(await readCorpusHead(db)).toBeUndefined();
    await importCorpusText(db, JSON.stringify(withTerms(2)), 'a.json');
    const head = (await readCorpusHead(db))!;
    await new Promise((ok) => setTimeout(ok, 2));
    await importCorpusText(db, JSON.stringify(withTerms(3)), 'b.json');
    expect(await head.complete()).toBeUndefined();
  });
});

describe('replaceCorpus', () => {
  it('writes in several requests inside one transaction: a failure late in the write leaves the old corpus whole', async () => {
    const db = freshDb();
    await replaceCorpus(db, corpus(3), { sha256: 'a'.repeat(64), bytes: 1, source: 'old.json', origin: 'file' });
    const broken = corpus(12_000); // 12 document chunks + 12 text chunks: several requests
    // texts are stored as they are (other records as JSON text): a function there fails the write
    (broken.documents[11_500] as unknown as { text: unknown }).text = () => 'not cloneable';
    await expect(replaceCorpus(db, broken, { sha256: 'b'.repeat(64), bytes: 2, source: 'new.json', origin: 'file' })).rejects.toThrow();
    expect((await readCorpus(db))?.documents.map((d) => d.id)).toEqual(['d0', 'd1', 'd2']);
    expect((await readMeta(db))?.source).toBe('old.json');
  });
});
