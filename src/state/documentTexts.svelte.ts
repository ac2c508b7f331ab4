import { StoredTexts, type PodiumDb } from '../db';

/** Texts kept of documents a view asked for, most recent last. */
const KEEP_TEXTS = 300;

/**
 * The documents' texts for the views, read from IndexedDB a chunk at a time
 * as they are asked for (a stored corpus is held in memory without them).
 * `get` answers at once — the text, or undefined while it is read, after
 * which views that asked update — and `load` waits for it. Kept: the texts
 * asked for (the last KEEP_TEXTS) and the last chunk read, so a page of
 * quotes from one article costs one read.
 */
export class DocumentTexts {
  readonly #stored: StoredTexts;
  /** Bumped when a read lands, so views that asked read again. */
  #version = $state(0);
  /** Texts asked for, by document id (insertion order is age). */
  #texts = new Map<string, string>();
  /** The last chunk read, by document id. */
  #chunk = new Map<string, string>();
  #reading = new Map<string, Promise<string>>();
  /** Reads run one after another, so ids asked for together that share a chunk cost one read. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(db: PodiumDb) {
    this.#stored = new StoredTexts(db);
  }

  /** A document's text: `inMemory` when the corpus has it, else the stored one, undefined until it is read. */
  get(id: string, inMemory = ''): string | undefined {
    if (inMemory) return inMemory;
    void this.#version;
    const text = this.#known(id);
    // reading starts here; its result lands after an await, never while a view derives
    if (text === undefined) void this.load(id);
    return text;
  }

  /** A document's text once read ('' when none is stored). */
  load(id: string, inMemory = ''): Promise<string> {
    if (inMemory) return Promise.resolve(inMemory);
    const known = this.#known(id);
    if (known !== undefined) return Promise.resolve(known);
    let reading = this.#reading.get(id);
    if (!reading) {
      reading = this.#queue.then(() => this.#read(id)).finally(() => this.#reading.delete(id));
      this.#reading.set(id, reading);
      this.#queue = reading.catch(() => undefined);
    }
    return reading;
  }

  /** Forget what was read: another corpus is shown. */
  clear(): void {
    this.#texts.clear();
    this.#chunk = new Map();
    this.#reading.clear();
    this.#version++;
  }

  /** A text already read, kept as asked for (plain maps: no view is told). */
  #known(id: string): string | undefined {
    const text = this.#texts.get(id) ?? this.#chunk.get(id);
    if (text === undefined) return undefined;
    this.#texts.delete(id);
    this.#texts.set(id, text);
    if (this.#texts.size > KEEP_TEXTS) this.#texts.delete(this.#texts.keys().next().value!);
    return text;
  }

  async #read(id: string): Promise<string> {
    const known = this.#known(id);
    if (known !== undefined) return known;
    this.#chunk = (await this.#stored.chunkFor(id).catch(() => undefined)) ?? new Map([[id, '']]);
    const text = this.#known(id) ?? '';
    this.#version++;
    return text;
  }
}
