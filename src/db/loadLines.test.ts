import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Corpus, QuoteLine } from '../corpus';
import { linesBody, publishLines, streamOf } from '../lib/__fixtures__/publishLines';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
import { assembleCorpus, type Chunk, chunkRowsOf, fillQuoteTexts, newGeneration, openDatabase, readCorpus, readCorpusHead, readMeta, readStoredTexts, type PodiumDb } from './database';
import { importCorpusFile, loadPublishedCorpus, type Missing } from './loadCorpus';
import { importCorpusLines, readCorpusLines } from './loadLines';
import { readLines, readRawLineBatches, readRawLines } from './readLines';

/** Stored term counts come back as typed arrays: compare as plain JSON. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as Int32Array) : x)));

let n = 0;
const freshDb = () => openDatabase(`lines-${n++}`);

/** A fetch serving corpus.jsonl (in chunks of `chunk` bytes) and a version file naming it. */
function site(body: Uint8Array, chunk = 50, sha256 = 'b'.repeat(64)) {
  return (async (url: string) => {
    if (url.endsWith('corpus.version.json')) return new Response(JSON.stringify({ sha256, bytes: body.length, schemaVersion: 1, file: 'corpus.jsonl' }));
    if (url.endsWith('corpus.jsonl')) return new Response(streamOf(body, chunk), { headers: { 'content-length': String(body.length) } });
    return new Response('', { status: 404 });
  }) as unknown as typeof fetch;
}

async function loadLines(db: PodiumDb, lines: readonly string[], chunk = 50) {
  const shown: Missing[] = [];
  // a hash of its own, so no load is taken for the stored one
  const sha = (n++).toString(16).padStart(64, '0');
  const r = await loadPublishedCorpus(db, '/', () => {}, site(linesBody(lines), chunk, sha), true, (_c, missing) => shown.push(missing!));
  return { r, shown };
}

/** The chunks of generations other than the current one: what a failed load must not leave behind. */
async function strayChunks(db: PodiumDb): Promise<number> {
  const meta = await readMeta(db);
  return db.chunks.filter((c) => c.gen !== meta?.gen).count();
}

/** A second corpus, told apart from smallCorpus by its one document. */
function otherCorpus(): Corpus {
  const text = 'A new text. "Rivers first," said Eve Fifth.';
  return {
    schemaVersion: 1,
    documents: [{ id: 'n1', file: 'n1.txt', title: 'New', eventId: 'ev', text, wordCount: 8, sha256: 'c'.repeat(64) }],
    events: [{ id: 'ev', title: 'New event', date: '2021-02-03', documentIds: ['n1'] }],
    speakers: [{ id: 'eve', name: 'Eve Fifth', aliases: [], titles: [], role: 'other', country: null, affiliations: [] }],
    appearances: [{ speakerId: 'eve', eventId: 'ev', documentId: 'n1' }],
    quotes: [{ id: 'q1', speakerId: 'eve', documentId: 'n1', eventId: 'ev', start: 13, end: 25, text: 'Rivers first' }],
    terms: { vocabulary: ['rivers'], rows: [{ kind: 'quote', id: 'q1', counts: [0, 1] }] },
    rejected: [],
  };
}

describe('loading a corpus-lines file', () => {
  it('validates and stores it record by record, showing the first charts before the rest', async () => {
    const db = freshDb();
    const corpus = smallCorpus();
    const { r, shown } = await loadLines(db, publishLines(corpus), 37);
    expect(r.errors).toEqual([]);
    expect(r.from).toBe('network');
    expect(shown).toEqual(['records', undefined]);
    expect(plain(r.corpus)).toEqual(plain(corpus));
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
    // a warm load: the speakers first without their evidence (stored from the file's evidence lines), then with it
    const head = (await readCorpusHead(db))!;
    expect(head.corpus.speakers.some((sp) => 'evidence' in sp)).toBe(false);
    expect(plain(await head.complete())).toEqual(plain({ ...corpus, documents: corpus.documents.map((d) => ({ ...d, text: '' })) }));
    expect(await readMeta(db)).toMatchObject({ source: 'corpus.jsonl', origin: 'published', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await strayChunks(db)).toBe(0);
  });

  it('stores sections of several chunks, gathered while the first charts come up and written after, in order', async () => {
    const db = freshDb();
    const corpus = smallCorpus();
    const speaker = corpus.speakers[0]!;
    // 2,500 speakers (held until the first quote, then written as 1000 + 1000 + 500) and 1,600 quotes
    corpus.speakers = [...corpus.speakers, ...Array.from({ length: 2500 - corpus.speakers.length }, (_, i) => ({ ...speaker, id: `extra-${i}`, name: `Extra ${i}` }))];
    corpus.quotes = Array.from({ length: 1600 }, (_, i) => ({ ...corpus.quotes[i % corpus.quotes.length]!, id: `q-${i}` }));
    corpus.terms = { vocabulary: corpus.terms.vocabulary, rows: corpus.terms.rows.filter((r) => r.kind === 'document') };
    const { r, shown } = await loadLines(db, publishLines(corpus), 4096);
    expect(r.errors).toEqual([]);
    expect(shown).toEqual(['records', undefined]);
    const stored = (await readCorpus(db))!;
    expect(stored.speakers.map((s) => s.id)).toEqual(corpus.speakers.map((s) => s.id));
    expect(stored.quotes.map((q) => q.id)).toEqual(corpus.quotes.map((q) => q.id));
    expect(plain(stored)).toEqual(plain(corpus));
  });

  it('reads from IndexedDB when the version file gives the stored hash', async () => {
    const db = freshDb();
    await loadPublishedCorpus(db, '/', () => {}, site(linesBody(publishLines(smallCorpus()))));
    const fetched: string[] = [];
    const fetchFn = site(linesBody(publishLines(smallCorpus())));
    const r = await loadPublishedCorpus(db, '/', () => {}, ((url: string) => (fetched.push(url), fetchFn(url))) as typeof fetch);
    expect(r.from).toBe('cache');
    expect(fetched).toEqual(['/corpus.version.json']);
  });

  it('replaces the stored corpus and deletes the old generation', async () => {
    const db = freshDb();
    await loadLines(db, publishLines(smallCorpus()));
    const before = (await readMeta(db))!.gen;
    const r = await importCorpusFile(db, new File([linesBody(publishLines(otherCorpus())) as BlobPart], 'other.jsonl'));
    expect(r.errors).toEqual([]);
    expect(r.from).toBe('file');
    expect((await readCorpus(db))?.documents.map((d) => d.id)).toEqual(['n1']);
    expect((await readMeta(db))?.gen).not.toBe(before);
    expect(await db.chunks.filter((c) => c.gen === before).count()).toBe(0);
  });

  it('still reads a corpus.json document dropped as a file', async () => {
    const db = freshDb();
    const r = await importCorpusFile(db, new File([JSON.stringify(otherCorpus())], 'other.json'));
    expect(r.errors).toEqual([]);
    expect((await readCorpus(db))?.documents.map((d) => d.id)).toEqual(['n1']);
  });

  const good = publishLines(smallCorpus());
  const at = (section: string) => good.findIndex((l) => l.startsWith(`["${section}"`));
  const edit = (i: number, f: (record: Record<string, unknown>) => unknown) => good.map((l, j) => (j === i ? JSON.stringify([JSON.parse(l)[0], f(JSON.parse(l)[1])]) : l));
  const q = at('quotes');
  it.each<[string, string[], RegExp]>([
    ['a line that is not JSON', good.map((l, i) => (i === q ? l.slice(0, 20) : l)), new RegExp(`line ${q + 1}: not JSON`)],
    ['a record of the wrong type', edit(at('speakers'), (s) => ({ ...s, aliases: 'one' })), new RegExp(`line ${at('speakers') + 1}: speakers: aliases: .*array`)],
    ['an unknown section', good.map((l, i) => (i === q ? `["people",${JSON.stringify({ id: 'x' })}]` : l)), new RegExp(`line ${q + 1}: expected \\["section", record\\]`)],
    ['a section out of order', [...good.slice(0, -1), good[at('events')]!, good.at(-1)!], /a "events" record after "documents" ones/],
    ['quote offsets outside its text', edit(q, (r) => ({ ...r, start: 5000, end: 5010 })), new RegExp(`line ${q + 1}: quotes: offsets 5000–5010 lie outside the text of "d1"`)],
    ['a quote text (as older files give it) that is not the document\'s there', edit(q, (r) => ({ ...r, text: 'Not these words' })), new RegExp(`line ${q + 1}: quotes: offsets \\d+–\\d+ do not match the quote text in "d1"`)],
    ['quote end before start', edit(q, (r) => ({ ...r, start: 9, end: 3 })), new RegExp(`line ${q + 1}: quotes: offsets 9–3`)],
    ['a negative offset', edit(q, (r) => ({ ...r, start: -1 })), new RegExp(`line ${q + 1}: quotes: start: `)],
    ['an unknown speaker', edit(q, (r) => ({ ...r, speakerId: 'nobody' })), new RegExp(`line ${q + 1}: quotes.speakerId: unknown speaker "nobody"`)],
    ['an appearance of an unknown speaker', edit(at('appearances'), (r) => ({ ...r, speakerIds: [...(r.speakerIds as string[]), 'nobody'] })), new RegExp(`line ${at('appearances') + 1}: appearances.speakerId: unknown speaker "nobody"`)],
    ['an appearances line naming no speaker', edit(at('appearances'), (r) => ({ ...r, speakerIds: [] })), new RegExp(`line ${at('appearances') + 1}: appearances: `)],
    ['a term index past the vocabulary', edit(at('termRows'), (r) => ({ ...r, counts: [99999, 1] })), /termRows.counts.0: term index 99999 is outside the vocabulary/],
    ['a packed term index past the vocabulary', edit(at('termRows'), (r) => ({ ...r, counts: 'ruhEB' })), /termRows.counts.0: term index \d+ is outside the vocabulary/],
    ['packed term counts that are cut short', edit(at('termRows'), (r) => ({ ...r, counts: 'ABh' })), new RegExp(`line ${at('termRows') + 1}: termRows: counts: packed counts: the last number is cut short`)],
    ['evidence of an unknown speaker', edit(at('evidence'), (r) => ({ ...r, speakerId: 'nobody' })), new RegExp(`line ${at('evidence') + 1}: evidence.speakerId: unknown speaker "nobody"`)],
    ['a speaker\'s evidence in its record and in a line', edit(at('speakers'), (r) => ({ ...r, evidence: { country: [], role: [], merges: [] } })), new RegExp(`line ${at('evidence') + 1}: evidence.speakerId: the evidence of speaker "s1" is given twice`)],
    ['a speaker\'s evidence in two lines', [...good.slice(0, at('evidence') + 1), good[at('evidence')]!, ...good.slice(at('evidence') + 1)], new RegExp(`line ${at('evidence') + 2}: evidence.speakerId: the evidence of speaker "s1" is given twice`)],
    ['aliases and titles of an unknown speaker', edit(at('speakerNames'), (r) => ({ ...r, speakerId: 'nobody' })), new RegExp(`line ${at('speakerNames') + 1}: speakerNames.speakerId: unknown speaker "nobody"`)],
    ['a speaker\'s aliases in its record and its names in a line', edit(at('speakers'), (r) => ({ ...r, aliases: ['Ann'] })), new RegExp(`line ${at('speakerNames') + 1}: speakerNames.speakerId: the aliases and titles of speaker "s1" are given twice`)],
    ['a speaker\'s names in two lines', [...good.slice(0, at('speakerNames') + 1), good[at('speakerNames')]!, ...good.slice(at('speakerNames') + 1)], new RegExp(`line ${at('speakerNames') + 2}: speakerNames.speakerId: the aliases and titles of speaker "s1" are given twice`)],
    ['titles of the wrong type in a names line', edit(at('speakerNames'), (r) => ({ ...r, titles: [1] })), new RegExp(`line ${at('speakerNames') + 1}: speakerNames: titles.0: `)],
    ['a file cut at a line break', good.slice(0, -1), /3 documents records where the header says 4: the file was cut short/],
    ['a file cut inside a line', [...good.slice(0, -1), good.at(-1)!.slice(0, 30)], /not JSON/],
    ['a newer schema version', [good[0]!.replace('"schemaVersion":1', '"schemaVersion":9'), ...good.slice(1)], /not a corpus-lines file: line 1: schema version 9/],
  ])('rejects %s by its line, keeping the stored corpus and no part of the new one', async (_name, lines, message) => {
    const db = freshDb();
    await loadLines(db, publishLines(otherCorpus()));
    const gen = (await readMeta(db))!.gen;
    const { r, shown } = await loadLines(db, lines);
    expect(r.errors[0]).toMatch(/corpus\.jsonl (does not match the corpus format|is not a corpus-lines file)/);
    expect(r.errors.join('\n')).toMatch(message);
    expect(r.from).toBe('cache');
    expect(r.corpus?.documents.map((d) => d.id)).toEqual(['n1']);
    expect((await readMeta(db))?.gen).toBe(gen);
    expect(await strayChunks(db)).toBe(0);
    expect(shown).not.toContain(undefined); // the whole new corpus was never handed over as valid
  });

  it('reads a file written before evidence lines, each speaker\'s evidence inside its record, as the same corpus', async () => {
    const corpus = smallCorpus();
    const header = JSON.parse(good[0]!) as { counts: Record<string, number> };
    delete header.counts.evidence;
    delete header.counts.speakerNames;
    const speakers = corpus.speakers.map((sp) => JSON.stringify(['speakers', sp]));
    const old = [JSON.stringify(header), ...good.slice(1, at('speakers')), ...speakers, ...good.slice(at('speakers') + speakers.length).filter((l) => !l.startsWith('["evidence"') && !l.startsWith('["speakerNames"'))];
    const named = corpus.speakers.filter((sp) => sp.aliases.length || sp.titles.length).length;
    expect(old.length).toBe(good.length - corpus.speakers.filter((sp) => sp.evidence).length - named);
    const db = freshDb();
    const { r } = await loadLines(db, old);
    expect(r.errors).toEqual([]);
    expect(plain(r.corpus)).toEqual(plain(corpus));
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
  });

  it('reads a file written before speakerNames lines, each speaker\'s aliases and titles inside its record, as the same corpus', async () => {
    const corpus = smallCorpus();
    const header = JSON.parse(good[0]!) as { counts: Record<string, number> };
    delete header.counts.speakerNames;
    const speakers = corpus.speakers.map(({ evidence: _, ...sp }) => JSON.stringify(['speakers', sp]));
    const old = [JSON.stringify(header), ...good.slice(1, at('speakers')), ...speakers, ...good.slice(at('speakers') + speakers.length).filter((l) => !l.startsWith('["speakerNames"'))];
    expect(good.filter((l) => l.startsWith('["speakerNames"')).length).toBeGreaterThan(0);
    const db = freshDb();
    const { r } = await loadLines(db, old);
    expect(r.errors).toEqual([]);
    expect(plain(r.corpus)).toEqual(plain(corpus));
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
  });

  it.each([
    ['every quote line with its text', () => true],
    ['some quote lines with their text, some without', (i: number) => i % 2 === 0],
  ])('reads a file written before quote texts were left out (%s) as the same corpus', async (_name, given) => {
    const corpus = smallCorpus();
    const all = [...corpus.quotes.map((q) => ['quotes', q] as const), ...(corpus.unattributed ?? []).map((q) => ['unattributed', q] as const)];
    let k = 0;
    const old = good.map((l) => (l.startsWith('["quotes"') || l.startsWith('["unattributed"') ? (given(k) ? JSON.stringify(all[k++]) : (k++, l)) : l));
    expect(old.filter((l) => l.startsWith('["quotes",') && l.includes('"text":')).length).toBeGreaterThan(0);
    const db = freshDb();
    const { r } = await loadLines(db, old);
    expect(r.errors).toEqual([]);
    expect(plain(r.corpus)).toEqual(plain(corpus));
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
  });

  it('reads a file written before appearances were grouped (one a line) as the same corpus', async () => {
    const corpus = smallCorpus();
    const header = JSON.parse(good[0]!) as { counts: Record<string, number> };
    header.counts.appearances = corpus.appearances.length;
    const first = at('appearances');
    const groups = good.filter((l) => l.startsWith('["appearances"')).length;
    const old = [JSON.stringify(header), ...good.slice(1, first), ...corpus.appearances.map((a) => JSON.stringify(['appearances', a])), ...good.slice(first + groups)];
    expect(groups).toBeLessThan(corpus.appearances.length);
    const db = freshDb();
    const { r } = await loadLines(db, old);
    expect(r.errors).toEqual([]);
    expect(plain(r.corpus)).toEqual(plain(corpus));
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
  });

  it('reads a file written before term counts were packed (lists of numbers) as the same corpus', async () => {
    const corpus = smallCorpus();
    const old = good.map((l) => (l.startsWith('["termRows"') ? JSON.stringify(['termRows', corpus.terms.rows[good.indexOf(l) - at('termRows')]]) : l));
    expect(old.some((l) => /^\["termRows",\{.*"counts":\[\d/.test(l))).toBe(true);
    const db = freshDb();
    const { r } = await loadLines(db, old);
    expect(r.errors).toEqual([]);
    expect(plain(r.corpus)).toEqual(plain(corpus));
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
  });

  it('stores evidence the schema completes (lists left out) as it was read, so the stored corpus is the one shown', async () => {
    const blank = (l: string) => JSON.stringify(['evidence', { ...(JSON.parse(l) as [string, object])[1], evidence: {} }]);
    const db = freshDb();
    const { r } = await loadLines(db, good.map((l) => (l.startsWith('["evidence"') ? blank(l) : l)));
    expect(r.errors).toEqual([]);
    expect(r.corpus!.speakers.find((sp) => sp.evidence)!.evidence).toEqual({ country: [], role: [], merges: [] });
    expect(plain(await readCorpus(db))).toEqual(plain(r.corpus));
  });

  it('names every bad record up to twenty, then counts the rest', async () => {
    const lines = [...good];
    const s = at('speakers');
    for (let i = 0; i < 25; i++) lines.splice(s, 0, JSON.stringify(['speakers', { id: `x${i}` }]));
    const { r } = await loadLines(freshDb(), lines);
    const listed = r.errors.filter((e) => /^line \d+: speakers: /.test(e));
    expect(listed).toHaveLength(20);
    expect(listed[0]).toMatch(new RegExp(`^line ${s + 1}: speakers: `));
    expect(r.errors.at(-1)).toBe('… and 5 more bad records');
  });

  it('keeps the stored corpus when the download breaks off, and deletes what it had written', async () => {
    const db = freshDb();
    await loadLines(db, publishLines(smallCorpus()));
    const gen = (await readMeta(db))!.gen;
    // 3000 documents: three chunks are written before the stream fails
    const big = otherCorpus();
    big.documents = Array.from({ length: 3000 }, (_, i) => ({ ...big.documents[0]!, id: i ? `n${i + 1}` : 'n1' }));
    const body = linesBody(publishLines(big));
    const broken = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(body.subarray(0, body.length - 200));
        c.error(new Error('connection reset'));
      },
    });
    const r = await importCorpusLines(db, readLines(broken), { source: 'big.jsonl', origin: 'file', sha256: '', bytes: body.length });
    expect(r.errors[0]).toMatch(/Could not read big\.jsonl: connection reset/);
    expect((await readMeta(db))?.gen).toBe(gen);
    expect(plain(await readCorpus(db))).toEqual(plain(smallCorpus()));
    expect(await strayChunks(db)).toBe(0);
  });

  it('drops the chunks a load left when the page closed mid-way, on the next load', async () => {
    const db = freshDb();
    await loadPublishedCorpus(db, '/', () => {}, site(linesBody(publishLines(smallCorpus()))));
    await db.chunks.put({ id: 'orphan:texts/0', gen: newGeneration(), table: 'texts', n: 0, rows: ['left over'] });
    expect(await strayChunks(db)).toBe(1);
    const r = await loadPublishedCorpus(db, '/', () => {}, site(linesBody(publishLines(smallCorpus()))));
    expect(r.from).toBe('cache');
    expect(await strayChunks(db)).toBe(0);
  });

  it('says the storage is full when IndexedDB refuses a chunk, and keeps the stored corpus', async () => {
    const db = freshDb();
    await loadLines(db, publishLines(otherCorpus()));
    const big = smallCorpus();
    big.terms.vocabulary = Array.from({ length: 2500 }, (_, i) => `term${i}`);
    const put = db.chunks.bulkPut.bind(db.chunks);
    let puts = 0;
    db.chunks.bulkPut = ((...args: Parameters<typeof put>) => (++puts === 2 ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : put(...args))) as typeof put;
    const r = await importCorpusLines(db, readLines(streamOf(linesBody(publishLines(big)))), { source: 'big.jsonl', origin: 'file', sha256: '', bytes: 0 });
    db.chunks.bulkPut = put;
    expect(r.errors[0]).toMatch(/big\.jsonl could not be stored: this browser's storage for the dashboard is full \(IndexedDB quota exceeded\)/);
    expect(r.corpus?.documents.map((d) => d.id)).toEqual(['n1']);
    expect(await strayChunks(db)).toBe(0);
  });
});

describe('a lean read (as the worker loads)', () => {
  it('shows the first sections before anything is stored, then hands over every chunk but the texts once written, which give the corpus back', async () => {
    const db = freshDb();
    const corpus = smallCorpus();
    const chunks: Chunk[] = [];
    const shown: Missing[] = [];
    let storedWhenShown = -1;
    const onValid = (_c: Corpus, missing?: Missing) => {
      shown.push(missing!);
      void db.chunks.count().then((n) => (storedWhenShown = n));
    };
    // as the worker does: a quotes chunk is stored without its texts; its lines gave none either, they come with their documents
    const onChunk = (c: Chunk, records?: readonly unknown[]) =>
      chunks.push(c.quotes && records ? { ...c, quotes: { ...c.quotes, texts: (records as QuoteLine[]).map((q) => q.text ?? '') } } : c);
    const texts: Record<string, string[]> = { quotes: [], unattributed: [] };
    const onQuoteTexts = (section: string, ordinals: number[], got: string[]) => ordinals.forEach((o, i) => (texts[section]![o] = got[i]!));
    const r = await readCorpusLines(db, readRawLineBatches(streamOf(linesBody(publishLines(corpus)), 41)), { source: 'c.jsonl', origin: 'file', sha256: '', bytes: 0 }, () => {}, onValid, { lean: true, onChunk, records: ['quotes', 'unattributed'], onQuoteTexts });
    expect(texts.quotes).toEqual(corpus.quotes.map((q) => q.text));
    expect(r).toEqual({ stored: true });
    expect(shown).toEqual(['records']);
    expect(storedWhenShown).toBe(0);
    expect(chunks.map((c) => c.table)).not.toContain('texts');
    // records stored as the file's lines: its bytes, not JSON made again; quotes packed, their texts left to the documents
    expect(chunks.find((c) => c.table === 'appearances')?.lines).toBeInstanceOf(Uint8Array);
    expect((await db.chunks.where('table').equals('quotes').toArray()).map((c) => c.quotes?.texts)).toEqual([[]]);
    const rest = assembleCorpus(chunks.map((c) => (c.lines || c.quotes ? { ...c, lines: undefined, quotes: undefined, rows: chunkRowsOf(c) } : c)));
    rest.quotes.forEach((q, i) => (q.text = texts.quotes![i]!));
    expect(plain(rest)).toEqual(plain({ ...corpus, documents: corpus.documents.map((d) => ({ ...d, text: '' })) }));
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
  });
});

describe('a lean read as the worker reads: documents undecoded, quotes without their texts', () => {
  it('stores the corpus as the ordinary read does; the quotes\' texts are read from the stored documents\' texts when asked for', async () => {
    const db = freshDb();
    const corpus = smallCorpus();
    const chunks: Chunk[] = [];
    const r = await readCorpusLines(db, readRawLineBatches(streamOf(linesBody(publishLines(corpus)), 97), undefined, true), { source: 'c.jsonl', origin: 'file', sha256: '', bytes: 0 }, () => {}, () => {}, { lean: true, onChunk: (c) => chunks.push(c) });
    expect(r).toEqual({ stored: true });
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
    // the page's corpus: quotes as stored, without texts, until a view needs them
    const shown = assembleCorpus(chunks.map((c) => (c.lines || c.quotes ? { ...c, lines: undefined, quotes: undefined, rows: chunkRowsOf(c) } : c)));
    expect(shown.quotes.every((q) => q.text === '')).toBe(true);
    const stored = await readStoredTexts(db, (await readMeta(db))!.gen);
    const byDocument = new Map<string, { start: number; end: number; text: string }[]>();
    for (const q of [...shown.quotes, ...(shown.unattributed ?? [])]) byDocument.set(q.documentId, [...(byDocument.get(q.documentId) ?? []), q]);
    for (const chunk of stored!) fillQuoteTexts(byDocument, chunk);
    expect(shown.quotes.map((q) => q.text)).toEqual(corpus.quotes.map((q) => q.text));
    expect(shown.unattributed?.map((q) => q.text)).toEqual(corpus.unattributed?.map((q) => q.text));
    expect(await readStoredTexts(db, 'another generation')).toBeUndefined();
  });
});

/** `bytes` as a byte stream, as a fetched body is: each read fills the reader's buffer with at most `size` bytes. */
function byteStreamOf(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(c) {
      const request = c.byobRequest;
      if (at >= bytes.length) {
        c.close();
        request?.respond(0);
        return;
      }
      const n = Math.min(size, bytes.length - at, request?.view?.byteLength ?? size);
      if (request?.view) {
        new Uint8Array(request.view.buffer, request.view.byteOffset, n).set(bytes.subarray(at, at + n));
        request.respond(n);
      } else c.enqueue(bytes.slice(at, at + n));
      at += n;
    },
  });
}

describe('a byte stream (a fetched body)', () => {
  it.each([
    ['pieces shorter than most lines', 23],
    ['pieces of several lines', 997],
  ])('is read into one buffer again and again, and every line is stored as it came: %s', async (_name, size) => {
    const db = freshDb();
    const corpus = smallCorpus();
    const r = await readCorpusLines(db, readRawLineBatches(byteStreamOf(linesBody(publishLines(corpus)), size)), { source: 'c.jsonl', origin: 'file', sha256: '', bytes: 0 }, () => {}, () => {}, { lean: true });
    expect(r).toEqual({ stored: true });
    expect(plain(await readCorpus(db))).toEqual(plain(corpus));
  });
});

/** 6,000 lines of 10–40 characters, some outside Latin-1: ~150 KB, several decoding runs. */
const many = Array.from({ length: 6000 }, (_, i) => `${i}’`.padEnd(10 + (i % 31), 'x'));

describe('readLines', () => {
  it.each([
    ['lines cut anywhere by chunks', 'a\nbé\n\nlast', 1, ['a', 'bé', '', 'last']],
    ['CRLF line ends', 'a\r\nb\r\n', 3, ['a', 'b']],
    ['one long line', 'x'.repeat(10_000), 7, ['x'.repeat(10_000)]],
    ['a byte order mark at the start', '\uFEFFa’\nb', 2, ['a’', 'b']],
    ['many lines in one piece, decoded a run at a time', many.join('\r\n'), 1 << 20, many],
  ])('%s', async (_name, text, chunk, expected) => {
    const out: string[] = [];
    for await (const line of readLines(streamOf(new TextEncoder().encode(text), chunk))) out.push(line);
    expect(out).toEqual(expected);
    // each line's bytes are its text's UTF-8
    const raw: string[] = [];
    for await (const line of readRawLines(streamOf(new TextEncoder().encode(text), chunk))) raw.push(new TextDecoder().decode(line.bytes));
    expect(raw).toEqual(expected);
  });

  it.each([1, 7, 64, 1 << 20])('with documentsUndecoded, leaves each document\'s line undecoded until its text is asked for, the same lines (pieces of %i bytes)', async (chunk) => {
    const doc = (i: number) => JSON.stringify(['documents', { id: `d${i}`, text: `“x” ${i}\n` }]);
    const lines = ['{"header":1}', '["quotes",{"a":"é"}]', doc(1), doc(2), '["documents",{"odd":true}]', doc(3), 'tail’'];
    const text = `\uFEFF${lines.slice(0, 3).join('\n')}\r\n${lines.slice(3).join('\n')}`;
    const out: { text: string; undecoded: boolean; bytes: string }[] = [];
    for await (const batch of readRawLineBatches(streamOf(new TextEncoder().encode(text), chunk), undefined, true))
      for (const l of batch) out.push({ undecoded: !l.decoded, bytes: new TextDecoder().decode(l.bytes), text: l.text });
    expect(out.map((l) => l.text)).toEqual(lines);
    expect(out.map((l) => l.bytes)).toEqual(lines);
    expect(out.map((l) => l.undecoded)).toEqual(lines.map((l) => l.startsWith('["documents",{')));
  });

  it('throws on bytes that are not UTF-8', async () => {
    const bad = new Uint8Array([0x61, 0x0a, 0xff, 0x62, 0x0a]);
    await expect(async () => {
      for await (const _ of readRawLines(streamOf(bad, 2)));
    }).rejects.toThrow();
  });
});
