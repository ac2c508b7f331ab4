import type { Corpus } from '../corpus';
import { importCorpusText, loadPublishedCorpus, readMeta, type CorpusMeta, type LoadStage, type OnValid, type PodiumDb } from '../db';
import { buildIndex, type CorpusIndex } from '../lib/corpusIndex';

/**
 * The loaded corpus and its in-memory index. Loading goes through the db
 * module, which validates before storing and falls back to the stored corpus
 * on bad input; `errors` then says what was wrong while the old data stays up.
 */
/** One load: reports stages, hands over the corpus once valid, resolves with what is shown and any errors. */
type Loader = (onStage: (s: LoadStage) => void, onValid: OnValid) => Promise<{ corpus: Corpus | undefined; errors: string[] }>;

export class CorpusStore {
  #corpus = $state.raw<Corpus | undefined>();
  #index = $derived(this.#corpus ? buildIndex(this.#corpus) : undefined);
  #meta = $state.raw<CorpusMeta | undefined>();
  #stage = $state<LoadStage>('check');
  #busy = $state(false);
  #errors = $state.raw<string[]>([]);
  #textsPending = $state(false);
  /** Bumped by each load; a load that a newer one superseded stops writing state. */
  #generation = 0;
  /** The latest load, for a dropped file to wait on. */
  #inflight: Promise<boolean> | null = null;
  readonly #db: PodiumDb;

  constructor(db: PodiumDb) {
    this.#db = db;
  }

  get corpus() {
    return this.#corpus;
  }
  get index(): CorpusIndex | undefined {
    return this.#index;
  }
  get meta() {
    return this.#meta;
  }
  get stage() {
    return this.#stage;
  }
  /** A load is running that a new one should wait for (not while only texts are still being read: a new load supersedes that). */
  get busy() {
    return this.#busy && !this.#textsPending;
  }
  get errors() {
    return this.#errors;
  }
  /** The shown corpus came from IndexedDB without its document texts and term counts; they are being read. */
  get textsPending() {
    return this.#textsPending;
  }

  dismissErrors(): void {
    this.#errors = [];
  }

  /** Open the published corpus (from IndexedDB when unchanged); `keepUserFile` keeps a corpus the user loaded. Resolves true if it loaded cleanly. */
  loadPublished(base: string, keepUserFile = true): Promise<boolean> {
    return this.#run((onStage, onValid) => loadPublishedCorpus(this.#db, base, onStage, fetch, keepUserFile, onValid));
  }

  /**
   * Validate and store a user's corpus file; on failure keep what is shown. Resolves true if it loaded.
   * A file dropped while another load is storing waits for it rather than being ignored, so the
   * user's file is the last one written.
   */
  async importFile(file: File): Promise<boolean> {
    if (this.busy && this.#inflight) await this.#inflight;
    return this.#run(async (onStage, onValid) => {
      onStage('read');
      return importCorpusText(this.#db, await file.text(), file.name, onStage, undefined, 'file', onValid);
    });
  }

  #run(load: Loader): Promise<boolean> {
    const run = this.#runNow(load);
    this.#inflight = run.catch(() => false);
    return run;
  }

  async #runNow(load: Loader): Promise<boolean> {
    const gen = ++this.#generation;
    const current = () => gen === this.#generation;
    this.#busy = true;
    this.#textsPending = false;
    this.#errors = [];
    try {
      // Show a validated corpus while it is being stored (storing 100k records takes seconds).
      const r = await load(
        (s) => {
          if (current()) this.#stage = s;
        },
        (c, partial = false) => {
          if (!current()) return;
          this.#corpus = c;
          this.#textsPending = partial;
        },
      );
      if (!current()) return false;
      // On failure the db hands back the stored corpus, which is the one already shown.
      if (r.corpus && (!this.#corpus || r.errors.length === 0)) this.#corpus = r.corpus;
      this.#errors = r.errors;
      this.#textsPending = false;
      this.#meta = await readMeta(this.#db);
      return r.errors.length === 0 && !!r.corpus;
    } catch (e) {
      if (current()) this.#errors = [`Could not load the corpus: ${(e as Error).message}`];
      return false;
    } finally {
      if (current()) {
        this.#textsPending = false;
        this.#busy = false;
      }
    }
  }
}
