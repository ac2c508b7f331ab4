import Dexie, { type EntityTable } from 'dexie';
import { appearancesOf, encodeTerms, SCHEMA_VERSION, withEvidenceLines, withSpeakerNames, type Corpus, type Document, type AppearancesLine, type EvidenceLine, type Quote, type Speaker, type SpeakerLine, type SpeakerNamesLine, type TermCounts } from '../corpus';
import { parseLineRecords } from './lineChunks';
import { packQuotes, unpackQuotes, type PackedQuotes, type QuoteTextOf } from './packQuotes';
import { unpackColumns, type PackedColumns } from './packColumns';
import { packTermRows, unpackTermRows, type PackedTermRows } from './packTerms';
import { detachedString } from '../lib/detachedString';

/** The corpus arrays we store, each split into chunks of rows. */
export const CORPUS_TABLES = ['documents', 'events', 'speakers', 'appearances', 'quotes', 'rejected', 'unattributed', 'warnings'] as const;
/** Corpus arrays the schema makes optional (written by newer pipelines only). */
const OPTIONAL_TABLES = ['unattributed', 'warnings'] as const;
/**
 * Chunk tables: the corpus arrays (documents without their text, speakers
 * without their evidence), plus the document texts (`texts`, parallel to
 * `documents`), the speakers' evidence (`evidence`, parallel to `speakers`; or
 * `speakerEvidence`, the corpus-lines file's `evidence` lines, by speaker id), the
 * lines file's `speakerNames` lines (aliases and titles its speakers' lines left out), and
 * the terms as `vocabulary` (chunks of strings) and `termRows` (each chunk one
 * `PackedTermRows`). These are most of the bytes (or, for evidence, ~190k small
 * objects at 22k speakers) and no chart needs them, so a warm load reads them
 * after the first charts are up. Until v3 texts were inside `documents`,
 * evidence inside `speakers`, and terms were `terms` chunks of [term, count] tuples.
 */
export type CorpusTable = (typeof CORPUS_TABLES)[number] | TailTable;
const TAIL_TABLES = ['texts', 'evidence', 'speakerEvidence', 'speakerNames', 'vocabulary', 'termRows'] as const;
type TailTable = (typeof TAIL_TABLES)[number];

/**
 * One IndexedDB row holds up to CHUNK_SIZE corpus records: writing one row per
 * record runs at ~10k records/s in Chromium, chunked writes are ~20× faster.
 */
export const CHUNK_SIZE = 1000;

export interface Chunk {
  /** `${gen}:${table}/${n}`; `${table}/${n}` for the generation '' stored before v4 */
  id: string;
  /** Since v4: the corpus generation the chunk belongs to (see CorpusMeta.gen). */
  gen: string;
  table: CorpusTable | 'terms';
  n: number;
  /** Empty when the chunk is stored as `columns` or `json`. */
  rows: unknown[];
  /** Since v3: the rows column by column (appearances, quotes; written until v4). */
  columns?: PackedColumns;
  /**
   * Since v4 (no schema change): the rows as one JSON array text. IndexedDB clones one
   * string by copying it; a thousand objects it rebuilds field by field, which was most
   * of a 10,000-article cold load's time (bench/README.md).
   */
  json?: string;
  /**
   * Since v4 (no schema change): the records as the corpus-lines file gave them, UTF-8
   * lines `["section", record]` (lineChunks.ts); for `texts`, the documents' whole lines.
   */
  lines?: Uint8Array;
  /**
   * Since v4 (no schema change): quotes or unattributed quotes packed (packQuotes.ts)
   * without their texts, which are slices of their documents' texts: a reader fills
   * them in from the `texts` chunks (at 10,000 articles the texts were 100 MB of the
   * 177 MB of quotes stored, and writing them cost seconds).
   */
  quotes?: PackedQuotes;
}


/** Where the stored corpus came from: the app's published corpus.json, or a file the user loaded. */
export type CorpusOrigin = 'published' | 'file';

export interface CorpusMeta {
  key: 'corpus';
  sha256: string;
  bytes: number;
  storedAt: string;
  source: string;
  /** Since schema v2. A user's own corpus is kept across reloads instead of being replaced by the published one. */
  origin: CorpusOrigin;
  /**
   * Since v4: the generation of chunks that is the stored corpus. A load writes a
   * new generation beside it and switches this in one transaction, so a load that
   * stops part-way (page closed, crash, quota) leaves the current corpus whole.
   */
  gen: string;
}

export type PodiumDb = Dexie & {
  chunks: EntityTable<Chunk, 'id'>;
  meta: EntityTable<CorpusMeta, 'key'>;
};

export function openDatabase(name = 'podium'): PodiumDb {
  const db = new Dexie(name) as PodiumDb;
  db.version(1).stores({ chunks: 'id, table', meta: 'key' });
  // v2: meta records its origin. v1 stored user files under their own name and the
  // published corpus as "corpus.json", so the source tells them apart.
  db.version(2)
    .stores({ chunks: 'id, table', meta: 'key' })
    .upgrade((tx) =>
      tx
        .table<CorpusMeta, 'key'>('meta')
        .toCollection()
        .modify((m) => {
          m.origin ??= m.source === 'corpus.json' ? 'published' : 'file';
        }),
    );
  // v3: terms as one vocabulary plus typed-array rows (structured clone of millions of
  // [term, count] tuples made a warm reload take seconds). Stored tuples are re-encoded,
  // so a user's own corpus survives the upgrade.
  db.version(3)
    .stores({ chunks: 'id, table', meta: 'key' })
    .upgrade(async (tx) => {
      const chunks = tx.table<Chunk, string>('chunks');
      if ((await chunks.where('table').equals('texts').count()) === 0) {
        const docs = await chunks.where('table').equals('documents').toArray();
        await chunks.bulkPut(docs.flatMap((c) => splitTexts(c.n, c.rows as Document[])));
      }
      if ((await chunks.where('table').equals('evidence').count()) === 0) {
        const speakers = await chunks.where('table').equals('speakers').toArray();
        await chunks.bulkPut(speakers.flatMap((c) => splitEvidence(c.n, c.rows as Speaker[])));
      }
      const old = await chunks.where('table').equals('terms').toArray();
      if (!old.length) return;
      old.sort((a, b) => a.n - b.n);
      const terms = encodeTerms(old.flatMap((c) => c.rows as TermCounts[]));
      await chunks.bulkDelete(old.map((c) => c.id));
      await chunks.bulkPut(chunkTerms(terms));
    });
  // v4: chunks belong to a generation; what was stored becomes generation ''.
  db.version(4)
    .stores({ chunks: 'id, table, gen, [gen+table]', meta: 'key' })
    .upgrade(async (tx) => {
      await tx.table<Chunk, string>('chunks').toCollection().modify((c) => {
        c.gen ??= '';
      });
      await tx.table<CorpusMeta, 'key'>('meta').toCollection().modify((m) => {
        m.gen ??= '';
      });
    });
  return db;
}

/** A chunk's key: the generation, the table, its number. */
const chunkId = (gen: string, table: string, n: number) => (gen ? `${gen}:${table}/${n}` : `${table}/${n}`);

/** Records of one section as they arrive (a corpus array, the terms' `vocabulary` and `termRows`, or a lines file's `evidence` and `speakerNames`). */
export type ChunkSection = (typeof CORPUS_TABLES)[number] | 'vocabulary' | 'termRows' | 'evidence' | 'speakerNames';

/**
 * Rows n·size… of a section as stored chunks of generation `gen`: documents without
 * texts plus a `texts` chunk, speakers without evidence plus an `evidence` chunk,
 * fixed-key records as columns, term rows packed (pure; exported for tests).
 */
export function chunkSection(gen: string, table: ChunkSection, n: number, part: readonly unknown[]): Chunk[] {
  const chunk = (t: CorpusTable, rows: unknown[]): Chunk => ({ id: chunkId(gen, t, n), gen, table: t, n, rows });
  const json = (t: CorpusTable, rows: readonly unknown[]): Chunk => ({ id: chunkId(gen, t, n), gen, table: t, n, rows: [], json: JSON.stringify(rows) });
  if (table === 'documents') {
    const docs = part as Document[];
    return [json('documents', docs.map((d) => ({ ...d, text: '' }))), chunk('texts', docs.map((d) => d.text))];
  }
  if (table === 'speakers') {
    const speakers = part as Speaker[];
    return [json('speakers', speakers.map(({ evidence: _, ...s }) => s)), json('evidence', speakers.map((s) => s.evidence ?? null))];
  }
  if (table === 'termRows') return [termRowsChunk(gen, n, packTermRows(part as Corpus['terms']['rows']))];
  if (table === 'quotes' || table === 'unattributed') return [{ ...chunk(table, []), quotes: packQuotes(part as Quote[], false) }];
  if (table === 'evidence') return [json('speakerEvidence', part)];
  // strings (vocabulary) clone as cheaply as their JSON would
  if (table === 'vocabulary') return [chunk(table, [...part])];
  return [json(table, part)];
}

/** Chunk n of term rows, packed (packTerms.ts). */
export const termRowsChunk = (gen: string, n: number, packed: PackedTermRows): Chunk => ({ id: chunkId(gen, 'termRows', n), gen, table: 'termRows', n, rows: [packed] });

/**
 * Chunk n of a section stored as its lines (lineChunks.ts): documents as a `documents`
 * chunk of `docs` without their texts and a `texts` chunk of their lines (pure; exported for tests).
 */
export function lineChunks(gen: string, table: ChunkSection, n: number, lines: Uint8Array, docs: readonly Document[] = []): Chunk[] {
  const chunk = (t: CorpusTable, extra: Partial<Chunk>): Chunk => ({ id: chunkId(gen, t, n), gen, table: t, n, rows: [], ...extra });
  if (table === 'documents') return [chunk('documents', { json: JSON.stringify(docs.map((d) => ({ ...d, text: '' }))) }), chunk('texts', { lines })];
  if (table === 'evidence') return [chunk('speakerEvidence', { lines })];
  return [chunk(table as CorpusTable, { lines })];
}

/** A `texts` chunk's texts, in the order of the `documents` chunk beside it. */
export function chunkTextsOf(c: Chunk): string[] {
  return c.lines ? parseLineRecords<Document>(c.lines).map((d) => d.text) : (c.rows as string[]);
}

/** A chunk's rows, however it was stored; packed quotes get their texts from `textOf` (none: ''). */
export function chunkRowsOf<T>(c: Chunk, textOf?: QuoteTextOf): T[] {
  if (c.quotes !== undefined) return unpackQuotes(c.quotes, textOf) as T[];
  // an appearances line may give several (AppearanceGroup)
  if (c.lines !== undefined) return c.table === 'appearances' ? (parseLineRecords<AppearancesLine>(c.lines).flatMap(appearancesOf) as T[]) : parseLineRecords<T>(c.lines);
  if (c.json !== undefined) return JSON.parse(c.json) as T[];
  return (c.columns ? unpackColumns(c.columns) : c.rows) as T[];
}

function chunkRows(gen: string, table: ChunkSection, rows: readonly unknown[], size: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let n = 0; n * size < rows.length; n++) chunks.push(...chunkSection(gen, table, n, rows.slice(n * size, (n + 1) * size)));
  return chunks;
}

/** The terms as `vocabulary` and `termRows` chunks (pure; exported for tests). */
export function chunkTerms(terms: Corpus['terms'], size = CHUNK_SIZE, gen = ''): Chunk[] {
  return [...chunkRows(gen, 'vocabulary', terms.vocabulary, size), ...chunkRows(gen, 'termRows', terms.rows, size)];
}

/** Chunk n of documents as a `documents` chunk without texts and the `texts` chunk beside it. */
const splitTexts = (n: number, docs: readonly Document[]): Chunk[] => chunkSection('', 'documents', n, docs);

/** Chunk n of speakers without their evidence, and the `evidence` chunk beside it. */
const splitEvidence = (n: number, speakers: readonly Speaker[]): Chunk[] => chunkSection('', 'speakers', n, speakers);

/** Split each corpus array into chunks of generation `gen` (pure; exported for tests). */
export function chunkCorpus(corpus: Corpus, size = CHUNK_SIZE, gen = ''): Chunk[] {
  return [...CORPUS_TABLES.flatMap((table) => chunkRows(gen, table, corpus[table] ?? [], size)), ...chunkTerms(corpus.terms, size, gen)];
}

const withTexts = (docs: readonly Document[], texts: readonly string[]) => docs.map((d, i) => ({ ...d, text: texts[i] ?? '' }));
const withEvidence = (speakers: readonly Speaker[], evidence: readonly (Speaker['evidence'] | null)[]) =>
  speakers.map((s, i) => (evidence[i] ? { ...s, evidence: evidence[i] } : s));

/** Push `items` onto `to` (a lines chunk holds tens of thousands of small records: too many to spread as arguments). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

/**
 * Texts of quotes stored without them, as slices of their documents' texts (given in the
 * order of `documents`). Each is copied out of its document's text through JSON, as a
 * parsed line gives it: a slice would keep the whole text alive (the texts stay in
 * IndexedDB), and a plain copy of a slice of a text with any character past Latin-1 is
 * two bytes a character however plain the slice.
 */
export function quoteTextsFrom(documents: readonly { id: string }[], texts: readonly string[]): QuoteTextOf {
  const textById = new Map<string, string>();
  documents.forEach((d, i) => textById.set(d.id, texts[i] ?? ''));
  return (documentId, start, end) => detachedString((textById.get(documentId) ?? '').slice(start, end));
}

/**
 * The stored corpus's documents' texts as stored, for a corpus whose quotes were loaded without
 * theirs (a first load in a worker: see LoadResult): each `texts` chunk with the `documents` chunk
 * beside it (their ids), in order; undefined when generation `gen` is no longer the stored corpus
 * (another load or tab stored one since). Parsing is left to `fillQuoteTexts`, a chunk at a time.
 */
export async function readStoredTexts(db: PodiumDb, gen: string): Promise<{ documents: Chunk; texts: Chunk }[] | undefined> {
  return db.transaction('r', db.chunks, db.meta, async () => {
    if ((await db.meta.get('corpus'))?.gen !== gen) return undefined;
    const [documents, texts] = await Promise.all((['documents', 'texts'] as const).map((t) => readTables(db, gen, [t])));
    const byNumber = new Map(documents!.map((c) => [c.n, c]));
    return texts!.sort((a, b) => a.n - b.n).flatMap((t) => (byNumber.has(t.n) ? [{ documents: byNumber.get(t.n)!, texts: t }] : []));
  });
}

/**
 * Give the quotes of one stored chunk of documents their texts (`quotesByDocument`: the quotes
 * by their document's id), each a copy of its document's text[start, end) as quoteTextsFrom makes it.
 */
export function fillQuoteTexts(quotesByDocument: ReadonlyMap<string, readonly { start: number; end: number; text: string }[]>, stored: { documents: Chunk; texts: Chunk }): void {
  const ids = chunkRowsOf<{ id: string }>(stored.documents);
  const texts = chunkTextsOf(stored.texts);
  ids.forEach((d, i) => {
    const text = texts[i] ?? '';
    for (const q of quotesByDocument.get(d.id) ?? []) q.text = detachedString(text.slice(q.start, q.end));
  });
}

/**
 * The corpus from chunks; documents' texts and the terms are filled only from chunks given.
 * Packed quotes take their texts from the `texts` chunks (which must be given with them);
 * with `documentTexts` false, the documents are left without theirs.
 */
export function assembleCorpus(chunks: Chunk[], documentTexts = true): Corpus {
  chunks.sort((a, b) => (a.table === b.table ? a.n - b.n : a.table < b.table ? -1 : 1));
  const corpus: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  for (const table of CORPUS_TABLES) corpus[table] = [];
  const terms: Corpus['terms'] = { vocabulary: [], rows: [] };
  const texts: string[] = [];
  const evidence: (Speaker['evidence'] | null)[] = [];
  const evidenceById: EvidenceLine[] = [];
  const names: SpeakerNamesLine[] = [];
  for (const c of chunks) {
    if (c.table === 'vocabulary') terms.vocabulary.push(...(c.rows as string[]));
    else if (c.table === 'termRows') terms.rows.push(...unpackTermRows(c.rows[0] as PackedTermRows));
    else if (c.table === 'texts') append(texts, chunkTextsOf(c));
    else if (c.table === 'evidence') append(evidence, chunkRowsOf<Speaker['evidence'] | null>(c));
    else if (c.table === 'speakerEvidence') append(evidenceById, chunkRowsOf<EvidenceLine>(c));
    else if (c.table === 'speakerNames') append(names, chunkRowsOf<SpeakerNamesLine>(c));
    // packed quotes wait for the documents' texts (below)
    else if (c.quotes === undefined) append(corpus[c.table] as unknown[], chunkRowsOf(c));
  }
  const packed = chunks.filter((c) => c.quotes !== undefined);
  if (packed.length) {
    const textOf = quoteTextsFrom(corpus.documents as Document[], texts);
    for (const c of packed) append(corpus[c.table] as unknown[], chunkRowsOf(c, textOf));
  }
  corpus.terms = terms;
  // optional in the schema: absent, as in the corpus that was stored, rather than []
  for (const table of OPTIONAL_TABLES) if ((corpus[table] as unknown[]).length === 0) delete corpus[table];
  if (texts.length && documentTexts) corpus.documents = withTexts(corpus.documents as Document[], texts);
  // a lines file's speakers may leave their aliases and titles to `speakerNames` lines
  corpus.speakers = withSpeakerNames(corpus.speakers as SpeakerLine[], names);
  if (evidence.length) corpus.speakers = withEvidence(corpus.speakers as Speaker[], evidence);
  if (evidenceById.length) corpus.speakers = withEvidenceLines(corpus.speakers as Speaker[], evidenceById);
  // Stored data was validated before it was written.
  return corpus as unknown as Corpus;
}

/**
 * The speakers, each given its evidence from `chunks` (stored evidence lines, in any order) the first
 * time any speaker's is read: only a speaker's details show it, and parsing it as it came (22k
 * records, 21 MB at 10,000 articles) was ~0.4 s of the page's thread during a first load, and a warm reload parsed them twice (bench/README.md).
 * A speaker whose record gave its own evidence keeps it.
 */
export function withLazyEvidence(speakers: Speaker[], chunks: readonly Chunk[]): Speaker[] {
  if (!chunks.length) return speakers;
  let byId: Map<string, Speaker['evidence']> | undefined;
  const evidenceOf = (id: string) => {
    byId ??= new Map([...chunks].sort((a, b) => a.n - b.n).flatMap((c) => chunkRowsOf<EvidenceLine>(c).map((e) => [e.speakerId, e.evidence] as const)));
    return byId.get(id);
  };
  return speakers.map((s) => (s.evidence !== undefined ? s : Object.defineProperty({ ...s }, 'evidence', { get: () => evidenceOf(s.id), enumerable: true, configurable: true })));
}

/**
 * Chunks written per request: cloning a 300 MB corpus into IndexedDB takes
 * seconds of main-thread time, and between requests the page can still paint
 * and take clicks (the transaction stays open while a request is pending).
 */
const CHUNKS_PER_PUT = 8;

/** A new generation's id: unique across tabs and reloads. */
export const newGeneration = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Replace the stored corpus in one transaction, as a new generation: either all of it lands or none does. */
export async function replaceCorpus(db: PodiumDb, corpus: Corpus, meta: Omit<CorpusMeta, 'key' | 'storedAt' | 'gen'>): Promise<void> {
  const gen = newGeneration();
  const chunks = chunkCorpus(corpus, CHUNK_SIZE, gen);
  await db.transaction('rw', db.chunks, db.meta, async () => {
    for (let i = 0; i < chunks.length; i += CHUNKS_PER_PUT) await db.chunks.bulkPut(chunks.slice(i, i + CHUNKS_PER_PUT));
    await db.meta.put({ key: 'corpus', storedAt: new Date().toISOString(), ...meta, gen });
    await db.chunks.where('gen').notEqual(gen).delete();
  });
}

/**
 * Delete the chunks of every generation but the current one: what loads that
 * stopped part-way left (the page closed, the browser crashed). Only safe while
 * no other load writes, under withCorpusLock.
 */
export async function dropStaleGenerations(db: PodiumDb): Promise<void> {
  await db.transaction('rw', db.chunks, db.meta, async () => {
    const meta = await db.meta.get('corpus');
    if (meta) await db.chunks.where('gen').notEqual(meta.gen).delete();
    else await db.chunks.clear();
  });
}

export async function readMeta(db: PodiumDb): Promise<CorpusMeta | undefined> {
  return db.meta.get('corpus');
}

/**
 * Reassemble the stored corpus, or undefined when nothing is stored. Without
 * `texts` the documents' texts are left in IndexedDB (StoredTexts reads them when needed).
 */
export async function readCorpus(db: PodiumDb, texts = true): Promise<Corpus | undefined> {
  return db.transaction('r', db.chunks, db.meta, async () => {
    const meta = await db.meta.get('corpus');
    if (!meta) return undefined;
    if (texts) return assembleCorpus(await db.chunks.where('gen').equals(meta.gen).toArray());
    const chunks = await readTables(db, meta.gen, [...CORPUS_TABLES, 'evidence', 'speakerEvidence', 'speakerNames', 'vocabulary', 'termRows']);
    // quotes stored without their texts take them from their documents'
    if (chunks.some((c) => c.quotes)) chunks.push(...(await readTables(db, meta.gen, ['texts'])));
    return assembleCorpus(chunks, false);
  });
}

/** All chunks of the tables: one `equals` query each (a getAll in IndexedDB; `anyOf` walks a cursor, a round trip per chunk). */
async function readTables(db: PodiumDb, gen: string, tables: readonly CorpusTable[]): Promise<Chunk[]> {
  return (await Promise.all(tables.map((t) => db.chunks.where('[gen+table]').equals([gen, t]).toArray()))).flat();
}

/**
 * What a warm load draws the first charts from: every chart section but the quotes. At
 * 100k quotes their chunks are ~56 MB of JSON (most of it their texts) and the unattributed
 * ones another 16 MB; reading those out of IndexedDB (~20 ms/MB on this host's Chromium)
 * came before the first chart and cost it more than a second. A first load from the network
 * draws its first charts without quotes too (`Missing` 'records').
 */
const HEAD_TABLES = ['documents', 'events', 'speakers', 'speakerNames', 'appearances', 'rejected', 'warnings'] as const satisfies readonly CorpusTable[];
/** Read by `complete()`, after the first charts. */
const REST_TABLES = ['quotes', 'unattributed', 'evidence', 'speakerEvidence', 'vocabulary', 'termRows'] as const satisfies readonly CorpusTable[];

/**
 * A stored corpus read in two steps: `corpus` without its quotes, document texts, speakers'
 * evidence and term counts, then `complete()` with the quotes, evidence and term counts (the
 * texts stay in IndexedDB: StoredTexts).
 */
export interface StoredCorpusHead {
  readonly corpus: Corpus;
  /** The corpus but the texts; undefined if another corpus was stored in between. */
  complete(): Promise<Corpus | undefined>;
}

/**
 * Read the stored corpus without its quotes, document texts, speakers' evidence and term
 * counts (enough for the first charts; at 10k documents the rest is most of the bytes), or
 * undefined when nothing is stored.
 */
export async function readCorpusHead(db: PodiumDb): Promise<StoredCorpusHead | undefined> {
  const head = await db.transaction('r', db.chunks, db.meta, async () => {
    const meta = await db.meta.get('corpus');
    if (!meta) return undefined;
    const chunks = await readTables(db, meta.gen, HEAD_TABLES);
    return { gen: meta.gen, documents: chunks.filter((c) => c.table === 'documents'), corpus: assembleCorpus(chunks) };
  });
  if (!head) return undefined;
  return {
    corpus: head.corpus,
    complete: () =>
      db.transaction('r', db.chunks, db.meta, async () => {
        if ((await db.meta.get('corpus'))?.gen !== head.gen) return undefined;
        const rest = await readTables(db, head.gen, REST_TABLES);
        // quotes stored without their texts take them from their documents' (the documents keep none)
        if (rest.some((c) => c.quotes)) rest.push(...head.documents, ...(await readTables(db, head.gen, ['texts'])));
        const evidence = (c: Chunk) => c.table === 'evidence' || c.table === 'speakerEvidence';
        // the speakers are the head's: their evidence is not assembled with the rest
        const more = assembleCorpus(rest.filter((c) => !evidence(c)), false);
        const of = <T>(table: CorpusTable) => rest.filter((c) => c.table === table).sort((a, b) => a.n - b.n).flatMap((c) => chunkRowsOf<T>(c));
        const speakers = withLazyEvidence(withEvidence(head.corpus.speakers, of<Speaker['evidence'] | null>('evidence')), rest.filter((c) => c.table === 'speakerEvidence'));
        const corpus: Corpus = { ...head.corpus, quotes: more.quotes, speakers, terms: more.terms };
        if (more.unattributed) corpus.unattributed = more.unattributed;
        return corpus;
      }),
  };
}
