import { type Chunk, chunkRowsOf, chunkTextsOf, type PodiumDb } from './database';

/** Where a document's text is stored: the number of its `texts` chunk and its place in it. */
type Place = readonly [n: number, i: number];

/**
 * The documents' texts of the stored corpus, read from IndexedDB a chunk at a
 * time when a reader needs one (the page never holds them all: at 10,000
 * articles they are most of a corpus's bytes). A chunk's texts sit beside the
 * `documents` chunk of the same number, in the same order.
 */
export class StoredTexts {
  readonly #db: PodiumDb;
  #gen: string | undefined;
  #places = new Map<string, Place>();
  #ids: string[][] = [];

  constructor(db: PodiumDb) {
    this.#db = db;
  }

  /** The texts of the chunk holding document `id`, by document id; undefined when no stored document has that id. */
  async chunkFor(id: string): Promise<Map<string, string> | undefined> {
    return this.#db.transaction('r', this.#db.chunks, this.#db.meta, async () => {
      const gen = (await this.#db.meta.get('corpus'))?.gen;
      if (gen === undefined) return undefined;
      if (gen !== this.#gen) await this.#locate(gen);
      const place = this.#places.get(id);
      if (!place) return undefined;
      const chunk = await this.#db.chunks.get(gen ? `${gen}:texts/${place[0]}` : `texts/${place[0]}`);
      const texts = chunk ? chunkTextsOf(chunk) : [];
      const ids = this.#ids[place[0]] ?? [];
      return new Map(ids.map((d, i) => [d, texts[i] ?? '']));
    });
  }

  /** Read the documents' ids of generation `gen`, chunk by chunk (their texts are left where they are). */
  async #locate(gen: string): Promise<void> {
    const chunks: Chunk[] = await this.#db.chunks.where('[gen+table]').equals([gen, 'documents']).toArray();
    this.#places = new Map();
    this.#ids = [];
    for (const c of chunks) {
      const ids = chunkRowsOf<{ id: string }>(c).map((d) => d.id);
      this.#ids[c.n] = ids;
      ids.forEach((id, i) => this.#places.set(id, [c.n, i]));
    }
    this.#gen = gen;
  }
}
