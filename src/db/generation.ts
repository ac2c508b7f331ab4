import { announceStored } from './corpusLock';
import { type Chunk, CHUNK_SIZE, type ChunkSection, chunkSection, type CorpusMeta, newGeneration, type PodiumDb } from './database';

/**
 * A corpus stored as it arrives, as a new generation of chunks beside the
 * current one: `add` records section by section, then `commit` makes it
 * current in one transaction and deletes the old one, or `discard` removes
 * it. Until `commit` the current corpus is untouched, whatever happens to
 * the page. One chunk write is in flight while the caller reads on.
 */
export class CorpusGeneration {
  readonly id = newGeneration();
  readonly #db: PodiumDb;
  readonly #rows = new Map<ChunkSection, unknown[]>();
  readonly #next = new Map<ChunkSection, number>();
  #writing: Promise<unknown> = Promise.resolve();
  /** While held, records only gather: writing them would delay what the caller does next (drawing the first charts). */
  #held = false;
  /** Chunks written so far but the texts, when asked to keep them (`keep`). */
  readonly #kept: Chunk[] | undefined;

  /** `keep`: remember every chunk written but the document texts, for `kept()`. */
  constructor(db: PodiumDb, keep = false) {
    this.#db = db;
    this.#kept = keep ? [] : undefined;
  }

  /**
   * The chunks written, without the texts: the corpus as the page holds it, in
   * strings and typed arrays (a load in a worker posts them; holding the records
   * as objects instead made most of that load's time garbage collection).
   */
  kept(): Chunk[] {
    return this.#kept ?? [];
  }

  /** Add one validated record; resolves once a full chunk's write (if any) is under way. Rejects when an earlier write failed (quota). */
  async add(section: ChunkSection, record: unknown): Promise<void> {
    let rows = this.#rows.get(section);
    if (!rows) this.#rows.set(section, (rows = []));
    rows.push(record);
    if (!this.#held && rows.length >= CHUNK_SIZE) await this.#flush(section);
  }

  /** Gather records without writing them until `release()`. */
  hold(): void {
    this.#held = true;
  }

  /** Write what was gathered while held, and write as records come again. */
  async release(): Promise<void> {
    this.#held = false;
    for (const section of this.#rows.keys()) await this.#flush(section);
  }

  /** Write a section's gathered records, in chunks of up to CHUNK_SIZE (a chunk may hold fewer: readers join them in order). */
  async #flush(section: ChunkSection): Promise<void> {
    const rows = this.#rows.get(section);
    if (!rows?.length) return;
    this.#rows.set(section, []);
    for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
      const n = this.#next.get(section) ?? 0;
      this.#next.set(section, n + 1);
      await this.#writing;
      const chunks = chunkSection(this.id, section, n, rows.slice(i, i + CHUNK_SIZE));
      this.#kept?.push(...chunks.filter((c) => c.table !== 'texts'));
      const write = this.#db.chunks.bulkPut(chunks);
      // a failure surfaces at the next add or commit; until then it is not unhandled
      write.catch(() => undefined);
      this.#writing = write;
    }
  }

  /** Write what is left, then make this generation the stored corpus (one transaction) and delete the others; `announce` tells the other tabs. */
  async commit(meta: Omit<CorpusMeta, 'key' | 'storedAt' | 'gen'>, announce = true): Promise<void> {
    for (const section of this.#rows.keys()) await this.#flush(section);
    await this.#writing;
    const db = this.#db;
    await db.transaction('rw', db.meta, () => db.meta.put({ key: 'corpus', storedAt: new Date().toISOString(), ...meta, gen: this.id }));
    if (announce) announceStored(db);
    await db.chunks.where('gen').notEqual(this.id).delete();
  }

  /** Remove whatever of this generation was written. */
  async discard(): Promise<void> {
    this.#rows.clear();
    await this.#writing.catch(() => undefined);
    await this.#db.chunks.where('gen').equals(this.id).delete();
  }
}
