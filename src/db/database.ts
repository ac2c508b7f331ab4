import Dexie, { type EntityTable } from 'dexie';
import { encodeTerms, SCHEMA_VERSION, type Corpus, type TermCounts } from '../corpus';

/** The corpus arrays we store, each split into chunks of rows. */
export const CORPUS_TABLES = ['documents', 'events', 'speakers', 'appearances', 'quotes', 'rejected'] as const;
/**
 * Chunk tables: the corpus arrays, plus the terms as `vocabulary` (chunks of
 * strings) and `termRows` (each chunk one `PackedTermRows`). Until v3 the terms
 * were stored as `terms` chunks of [term, count] tuple rows.
 */
export type CorpusTable = (typeof CORPUS_TABLES)[number] | 'vocabulary' | 'termRows';

/**
 * One IndexedDB row holds up to CHUNK_SIZE corpus records: writing one row per
 * record runs at ~10k records/s in Chromium, chunked writes are ~20× faster.
 */
export const CHUNK_SIZE = 1000;

export interface Chunk {
  id: string; // `${table}/${n}`
  table: CorpusTable | 'terms';
  n: number;
  rows: unknown[];
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
      const old = await chunks.where('table').equals('terms').toArray();
      if (!old.length) return;
      old.sort((a, b) => a.n - b.n);
      const terms = encodeTerms(old.flatMap((c) => c.rows as TermCounts[]));
      await chunks.bulkDelete(old.map((c) => c.id));
      await chunks.bulkPut(chunkTerms(terms));
    });
  return db;
}

/** One chunk's term rows, packed so IndexedDB clones a few typed arrays instead of a thousand small objects. */
interface PackedTermRows {
  /** 0: quote, 1: document */
  kinds: Uint8Array;
  ids: string[];
  /** Row i's flat counts are flat[offsets[i] .. offsets[i+1]]. */
  offsets: Int32Array;
  flat: Int32Array;
}

function packTermRows(rows: Corpus['terms']['rows']): PackedTermRows {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (offsets[i + 1] = offsets[i]! + r.counts.length));
  const flat = new Int32Array(offsets[rows.length]!);
  rows.forEach((r, i) => flat.set(r.counts, offsets[i]));
  return { kinds: Uint8Array.from(rows, (r) => (r.kind === 'quote' ? 0 : 1)), ids: rows.map((r) => r.id), offsets, flat };
}

function unpackTermRows(p: PackedTermRows): Corpus['terms']['rows'] {
  return p.ids.map((id, i) => ({ kind: p.kinds[i] ? 'document' : 'quote', id, counts: p.flat.subarray(p.offsets[i], p.offsets[i + 1]) }));
}

/** The terms as `vocabulary` and `termRows` chunks (pure; exported for tests). */
export function chunkTerms(terms: Corpus['terms'], size = CHUNK_SIZE): Chunk[] {
  const chunks: Chunk[] = [];
  for (let n = 0; n * size < terms.vocabulary.length; n++)
    chunks.push({ id: `vocabulary/${n}`, table: 'vocabulary', n, rows: terms.vocabulary.slice(n * size, (n + 1) * size) });
  for (let n = 0; n * size < terms.rows.length; n++)
    chunks.push({ id: `termRows/${n}`, table: 'termRows', n, rows: [packTermRows(terms.rows.slice(n * size, (n + 1) * size))] });
  return chunks;
}

/** Split each corpus array into chunks (pure; exported for tests). */
export function chunkCorpus(corpus: Corpus, size = CHUNK_SIZE): Chunk[] {
  const chunks: Chunk[] = [];
  for (const table of CORPUS_TABLES) {
    const rows: unknown[] = corpus[table];
    for (let n = 0; n * size < rows.length; n++) {
      chunks.push({ id: `${table}/${n}`, table, n, rows: rows.slice(n * size, (n + 1) * size) });
    }
  }
  return [...chunks, ...chunkTerms(corpus.terms, size)];
}

/** Replace the stored corpus in one transaction: either all of it lands or none does. */
export async function replaceCorpus(db: PodiumDb, corpus: Corpus, meta: Omit<CorpusMeta, 'key' | 'storedAt'>): Promise<void> {
  const chunks = chunkCorpus(corpus);
  await db.transaction('rw', db.chunks, db.meta, async () => {
    await db.chunks.clear();
    await db.chunks.bulkPut(chunks);
    await db.meta.put({ key: 'corpus', storedAt: new Date().toISOString(), ...meta });
  });
}

export async function readMeta(db: PodiumDb): Promise<CorpusMeta | undefined> {
  return db.meta.get('corpus');
}

/** Reassemble the stored corpus, or undefined when nothing is stored. */
export async function readCorpus(db: PodiumDb): Promise<Corpus | undefined> {
  return db.transaction('r', db.chunks, db.meta, async () => {
    const meta = await db.meta.get('corpus');
    if (!meta) return undefined;
    const chunks = await db.chunks.toArray();
    chunks.sort((a, b) => (a.table === b.table ? a.n - b.n : a.table < b.table ? -1 : 1));
    const corpus: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
    for (const table of CORPUS_TABLES) corpus[table] = [];
    const terms: Corpus['terms'] = { vocabulary: [], rows: [] };
    for (const c of chunks) {
      if (c.table === 'vocabulary') terms.vocabulary.push(...(c.rows as string[]));
      else if (c.table === 'termRows') terms.rows.push(...unpackTermRows(c.rows[0] as PackedTermRows));
      else (corpus[c.table] as unknown[]).push(...c.rows);
    }
    corpus.terms = terms;
    // Stored data was validated before it was written.
    return corpus as unknown as Corpus;
  });
}
