import { announceStored } from './corpusLock';
import { type Chunk, CHUNK_SIZE, type ChunkSection, chunkSection, type CorpusMeta, newGeneration, type PodiumDb } from './database';

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

export class CorpusGeneration {
  readonly id = newGeneration();
  readonly #db: PodiumDb;
  readonly #rows = new Map<ChunkSection, unknown[]>();
  readonly #next = new Map<ChunkSection, number>();
  /** Writes under way; each settles without rejecting (a failure is kept in `#failure`). */
  readonly #inFlight = new Set<Promise<void>>();
  #failure: { error: unknown } | undefined;
  /** While held, records only gather: writing them would delay what the caller does next (drawing the first charts). */
  #held = false;
  /** Hears of every chunk written but the texts (see the constructor). */
  readonly #onChunk: ((c: Chunk) => void) | undefined;

  /**
   * `onChunk` hears of every chunk as it is written, but the document texts: the
   * corpus as the page holds it, in strings and typed arrays (a load in a worker
   * posts them on; holding the records as objects instead made most of that
   * load's time garbage collection).
   */
  constructor(db: PodiumDb, onChunk?: (c: Chunk) => void) {
    this.#db = db;
    this.#onChunk = onChunk;
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
      const chunks = chunkSection(this.id, section, n, rows.slice(i, i + CHUNK_SIZE));
      await this.#write(chunks);
      if (this.#onChunk) for (const c of chunks) if (c.table !== 'texts') this.#onChunk(c);
    }
  }

  /** Start writing `chunks` once fewer than WRITES_IN_FLIGHT writes are under way; throws an earlier write's failure (quota). */
  async #write(chunks: Chunk[]): Promise<void> {
    while (this.#inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(this.#inFlight);
    if (this.#failure) throw this.#failure.error;
    // a failure surfaces at the next write or at commit; until then it is not unhandled
    const write = this.#db.chunks.bulkPut(chunks).then(
      () => undefined,
      (error: unknown) => void (this.#failure ??= { error }),
    );
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
    for (const section of this.#rows.keys()) await this.#flush(section);
    await this.#settled();
    const db = this.#db;
    await db.transaction('rw', db.meta, () => db.meta.put({ key: 'corpus', storedAt: new Date().toISOString(), ...meta, gen: this.id }));
    if (announce) announceStored(db);
    await db.chunks.where('gen').notEqual(this.id).delete();
  }

  /** Remove whatever of this generation was written. */
  async discard(): Promise<void> {
    this.#rows.clear();
    await Promise.all(this.#inFlight);
    await this.#db.chunks.where('gen').equals(this.id).delete();
  }
}
