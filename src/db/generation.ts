import { announceStored } from './corpusLock';
import type { Corpus, Document } from '../corpus';
import { type Chunk, CHUNK_SIZE, type ChunkSection, chunkSection, type CorpusMeta, lineChunks, newGeneration, type PodiumDb, termRowsChunk } from './database';
import { LineBuffer, type LineSpan } from './lineChunks';
import { TermRowPacker } from './packTerms';

/**
 * A corpus stored as it arrives, as a new generation of chunks beside the
 * current one: `add` records section by section, then `commit` makes it
 * current in one transaction and deletes the old one, or `discard` removes
 * it. Until `commit` the current corpus is untouched, whatever happens to
 * the page. Up to WRITES_IN_FLIGHT chunk writes are in flight while the caller reads on.
 */
/**
 * Chunk writes under way at once: Chromium stores several concurrent writes of
 * ~1 MB strings 2–3× faster than one after another (54 vs 24 MB/s on a busy host).
 */
const WRITES_IN_FLIGHT = 6;

/**
 * Sections stored as the file's lines (lineChunks.ts), so many bytes to a chunk: the
 * documents' lines are the `texts` chunks. Vocabulary and term rows are stored as
 * strings and typed arrays, which the page holds as they are.
 */
const LINE_SECTIONS = new Set<ChunkSection>(['rejected', 'warnings', 'events', 'speakers', 'appearances', 'speakerNames', 'evidence', 'documents']);
/**
 * Records to a chunk: quotes and term rows are stored packed (packQuotes.ts, packTerms.ts), many to a
 * chunk (at 10,000 articles 1,000 term rows a chunk made 307 writes and as many messages to the page,
 * each with its own cost); other records CHUNK_SIZE.
 */
const PACKED = new Set<ChunkSection>(['quotes', 'unattributed', 'termRows']);
const chunkSize = (section: ChunkSection) => (PACKED.has(section) ? 8192 : CHUNK_SIZE);
/** Bytes of lines to one chunk: a reader asking for one document's text parses one chunk. */
const LINES_CHUNK_BYTES = 4 << 20;

/** Hears of a chunk once written; for the sections whose records it asked for (`CorpusGeneration`'s `records`), also the chunk's records as validated. */
export type OnChunk = (c: Chunk, records?: readonly unknown[]) => void;

/** Store chunks in the generation's database; resolves with them as stored (a writer in another thread moves them there and back). */
export type PutChunks = (chunks: Chunk[]) => Promise<Chunk[]>;

export class CorpusGeneration {
  readonly id = newGeneration();
  readonly #db: PodiumDb;
  readonly #rows = new Map<ChunkSection, unknown[]>();
  /** Lines gathered per section stored as lines. */
  readonly #lines = new Map<ChunkSection, LineBuffer>();
  readonly #next = new Map<ChunkSection, number>();
  /** Term rows packed as they come (their counts may be views of memory the caller uses again). */
  readonly #termRows = new TermRowPacker();
  /** Writes under way; each settles without rejecting (a failure is kept in `#failure`). */
  readonly #inFlight = new Set<Promise<void>>();
  #failure: { error: unknown } | undefined;
  /** While held, records only gather: writing them would delay what the caller does next (drawing the first charts). */
  #held = false;
  /** Hears of every chunk written but the texts (see the constructor). */
  readonly #onChunk: OnChunk | undefined;
  readonly #put: PutChunks;
  readonly #records: ReadonlySet<ChunkSection>;

  /**
   * `onChunk` hears of every chunk as it is written, but the document texts: the
   * corpus as the page holds it, in strings and typed arrays (a load in a worker
   * posts them on; holding the records as objects instead made most of that
   * load's time garbage collection). `put` stores chunks (default: on this thread).
   * `records`: sections whose records `onChunk` is handed too (held only until their
   * chunk is written).
   */
  constructor(db: PodiumDb, onChunk?: OnChunk, put?: PutChunks, records: readonly ChunkSection[] = []) {
    this.#db = db;
    this.#onChunk = onChunk;
    this.#records = new Set(records);
    this.#put = put ?? ((chunks) => db.chunks.bulkPut(chunks).then(() => chunks));
  }

  /**
   * Add one validated record, with its line as the file gave it (UTF-8, no "\n") for the
   * sections stored as lines (LINE_SECTIONS). When that fills a chunk, returns a promise
   * that resolves once its write is under way and rejects when an earlier write failed
   * (quota); otherwise nothing to wait for (hundreds of thousands of records: an await each is not free).
   */
  add(section: ChunkSection, record: unknown, line?: Uint8Array | LineSpan): Promise<void> | undefined {
    if (section === 'termRows') {
      const { kind, id, counts } = record as Corpus['terms']['rows'][number];
      this.#termRows.add(kind, id, counts);
      return !this.#held && this.#termRows.size >= chunkSize(section) ? this.#flush(section) : undefined;
    }
    let rows = this.#rows.get(section);
    if (!rows) this.#rows.set(section, (rows = []));
    if (line && LINE_SECTIONS.has(section)) {
      let lines = this.#lines.get(section);
      if (!lines) this.#lines.set(section, (lines = new LineBuffer()));
      lines.push(line);
      // a documents chunk keeps the records too (without their texts, for the page)
      if (section === 'documents' || this.#records.has(section)) rows.push(record);
      return !this.#held && lines.size >= LINES_CHUNK_BYTES ? this.#flush(section) : undefined;
    }
    rows.push(record);
    return !this.#held && rows.length >= chunkSize(section) ? this.#flush(section) : undefined;
  }

  /** Copy the lines gathered so far out of the buffers they came in, which are about to be read into again (readPieces). */
  detachLines(): void {
    for (const lines of this.#lines.values()) lines.detach();
  }

  /** Sections with records gathered, in the order they came. */
  #sections(): ChunkSection[] {
    return [...new Set([...this.#rows.keys(), ...this.#lines.keys(), ...(this.#termRows.size ? ['termRows' as const] : [])])];
  }

  /** Gather records without writing them until `release()`. */
  hold(): void {
    this.#held = true;
  }

  /** Write what was gathered while held, and write as records come again. */
  async release(): Promise<void> {
    this.#held = false;
    for (const section of this.#sections()) await this.#flush(section);
  }

  /** Write a section's gathered records: lines as one chunk, other records in chunks of up to chunkSize (a chunk may hold fewer: readers join them in order). */
  async #flush(section: ChunkSection): Promise<void> {
    if (section === 'termRows') {
      if (!this.#termRows.size) return;
      const n = this.#next.get(section) ?? 0;
      this.#next.set(section, n + 1);
      await this.#write([termRowsChunk(this.id, n, this.#termRows.take())]);
      return;
    }
    const lines = this.#lines.get(section);
    if (lines?.size) {
      const n = this.#next.get(section) ?? 0;
      this.#next.set(section, n + 1);
      const records = this.#rows.get(section) ?? [];
      this.#rows.set(section, []);
      await this.#write(lineChunks(this.id, section, n, lines.take(), section === 'documents' ? (records as Document[]) : []), this.#records.has(section) ? records : undefined);
      return;
    }
    const rows = this.#rows.get(section);
    if (!rows?.length) return;
    this.#rows.set(section, []);
    const size = chunkSize(section);
    for (let i = 0; i < rows.length; i += size) {
      const n = this.#next.get(section) ?? 0;
      this.#next.set(section, n + 1);
      const part = rows.slice(i, i + size);
      await this.#write(chunkSection(this.id, section, n, part), this.#records.has(section) ? part : undefined);
    }
  }

  /**
   * Start writing `chunks` once fewer than WRITES_IN_FLIGHT writes are under way, and tell
   * `onChunk` of each (but the texts) once written; throws an earlier write's failure (quota).
   */
  async #write(chunks: Chunk[], records?: readonly unknown[]): Promise<void> {
    while (this.#inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(this.#inFlight);
    if (this.#failure) throw this.#failure.error;
    // a failure surfaces at the next write or at commit; until then it is not unhandled
    const write = this.#put(chunks)
      .then((written) => {
        // after the write: onChunk may move the chunk's buffers elsewhere (postMessage's transfer)
        if (this.#onChunk) for (const c of written) if (c.table !== 'texts') this.#onChunk(c, records);
      })
      .catch((error: unknown) => void (this.#failure ??= { error }));
    this.#inFlight.add(write);
    void write.finally(() => this.#inFlight.delete(write));
  }

  /** Every write so far done; throws the first that failed. */
  async #settled(): Promise<void> {
    await Promise.all(this.#inFlight);
    if (this.#failure) throw this.#failure.error;
  }

  /** Write what is left, then make this generation the stored corpus (one transaction) and delete the others; `announce` tells the other tabs. */
  async commit(meta: Omit<CorpusMeta, 'key' | 'storedAt' | 'gen'>, announce = true): Promise<void> {
    for (const section of this.#sections()) await this.#flush(section);
    await this.#settled();
    const db = this.#db;
    await db.transaction('rw', db.meta, () => db.meta.put({ key: 'corpus', storedAt: new Date().toISOString(), ...meta, gen: this.id }));
    if (announce) announceStored(db);
    await db.chunks.where('gen').notEqual(this.id).delete();
  }

  /** Remove whatever of this generation was written. */
  async discard(): Promise<void> {
    this.#rows.clear();
    this.#lines.clear();
    await Promise.all(this.#inFlight);
    await this.#db.chunks.where('gen').equals(this.id).delete();
  }
}
