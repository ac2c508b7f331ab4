import type { Corpus, CorpusSummary } from '../corpus';
import { dropEarlyLoaderWorker, importCorpusFile, loadPublishedCorpus, onStoredElsewhere, fillQuoteTexts, readCorpus, readStoredCorpus, readStoredTexts, readMeta, type CorpusMeta, type LoadStage, type Missing, type OnProgress, type OnValid, type PodiumDb } from '../db';
import { buildIndex, type CorpusIndex } from '../lib/corpusIndex';
import { hasDocumentTermCounts } from '../lib/termTable';
import { DocumentTexts } from './documentTexts.svelte';

/**
 * The loaded corpus and its in-memory index. Loading goes through the db
 * module, which validates before storing and falls back to the stored corpus
 * on bad input; `errors` then says what was wrong while the old data stays up.
 */
/** One load: reports stages, hands over the corpus once valid, resolves with what is shown and any errors. */
type Loader = (onStage: (s: LoadStage) => void, onValid: OnValid, onProgress: OnProgress, onSummary: (s: CorpusSummary | undefined) => void) => Promise<{ corpus: Corpus | undefined; errors: string[]; quoteTextsStored?: true }>;

export class CorpusStore {
  #corpus = $state.raw<Corpus | undefined>();
  #index = $derived(this.#corpus ? buildIndex(this.#corpus) : undefined);
  #meta = $state.raw<CorpusMeta | undefined>();
  #stage = $state<LoadStage>('check');
  #busy = $state(false);
  /** Share of corpus.json received while it streams in, in whole percent (fewer updates). */
  #percent = $state<number | undefined>();
  #errors = $state.raw<string[]>([]);
  /** What the shown corpus still lacks while its load runs on (see `Missing`). */
  #missing = $state<Missing | undefined>();
  /** The version file's summary of the corpus this load fetches, until the load ends or the file turns out not to be the one it describes (see `preview`). */
  #summary = $state.raw<CorpusSummary | undefined>();
  /** Bumped by each load; a load that a newer one superseded stops writing state. */
  #generation = 0;
  /** The latest load, for a dropped file to wait on. */
  #inflight: Promise<boolean> | null = null;
  readonly #db: PodiumDb;
  /** The documents' texts, read from IndexedDB as views ask for them (a stored corpus is held without them). */
  readonly #texts: DocumentTexts;
  /** The shown corpus's quotes have their texts (see `quoteTexts`). */
  #quoteTextsReady = $state(true);
  /** The shown corpus whose quotes' texts are being read, and the read. */
  #readingQuoteTexts: { corpus: Corpus; done: Promise<void> } | undefined;

  constructor(db: PodiumDb) {
    this.#db = db;
    this.#texts = new DocumentTexts(db);
  }

  /**
   * A document's text for a view: at once when the corpus in memory has it, else
   * undefined while it is read from IndexedDB (the view updates when it arrives).
   */
  documentText(id: string): string | undefined {
    return this.#texts.get(id, this.#index?.documentById.get(id)?.text);
  }

  /** A document's text, once read (for a click that opens it). */
  loadDocumentText(id: string): Promise<string> {
    return this.#texts.load(id, this.#index?.documentById.get(id)?.text);
  }

  /**
   * Whether the shown corpus's quotes have their texts. After a first load in a worker they are ''
   * and stay in IndexedDB (in their documents' texts: at 10,000 articles 111M characters, which cost
   * that load seconds to hand over) until a view needs them — a text search, the quotes list,
   * keywords in context: its first call starts reading them, and views that called update once
   * they are in.
   */
  quoteTexts(): boolean {
    if (this.#quoteTextsReady) return true;
    void this.loadQuoteTexts();
    return false;
  }

  /** Resolves once the shown corpus's quotes have their texts (see `quoteTexts`), for an export that needs them. */
  loadQuoteTexts(): Promise<void> {
    const corpus = this.#corpus;
    if (this.#quoteTextsReady || !corpus) return Promise.resolve();
    // the read changes state only after an await: never while a view derives
    if (this.#readingQuoteTexts?.corpus !== corpus) this.#readingQuoteTexts = { corpus, done: this.#readQuoteTexts(corpus) };
    return this.#readingQuoteTexts.done;
  }

  async #readQuoteTexts(corpus: Corpus): Promise<void> {
    // the load that showed it ends by reading which generation is stored
    await this.#inflight;
    const gen = this.#meta?.gen;
    const stored = this.#corpus === corpus && gen !== undefined ? await readStoredTexts(this.#db, gen).catch(() => undefined) : undefined;
    if (stored && this.#corpus === corpus) {
      const byDocument = new Map<string, { start: number; end: number; text: string }[]>();
      for (const q of [...corpus.quotes, ...(corpus.unattributed ?? [])]) {
        const list = byDocument.get(q.documentId);
        if (list) list.push(q);
        else byDocument.set(q.documentId, [q]);
      }
      // a chunk of documents at a time, the page answering in between (at 10,000 articles all of them are seconds of work)
      for (const chunk of stored) {
        fillQuoteTexts(byDocument, chunk);
        await new Promise((ok) => setTimeout(ok, 0));
        if (this.#corpus !== corpus) break;
      }
    }
    if (this.#readingQuoteTexts?.corpus === corpus) this.#readingQuoteTexts = undefined;
    // another corpus is shown or stored since (this tab follows the stored one)
    if (!stored || this.#corpus !== corpus) return;
    this.#index?.forgetQuoteTexts();
    this.#quoteTextsReady = true;
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
  /**
   * A load is running that a new one should wait for: not while only a stored corpus's quotes
   * or texts are still being read (a new load supersedes that), but while a download will still be stored.
   */
  get busy() {
    return this.#busy && this.#missing !== 'texts' && this.#missing !== 'quotes';
  }
  /** Any load is running, including the read of a stored corpus's texts. */
  get loading() {
    return this.#busy;
  }
  /** Percent of corpus.json received, while a first load streams it in. */
  get percent() {
    return this.#percent;
  }
  get errors() {
    return this.#errors;
  }
  /** The shown corpus lacks its document texts and term counts for now; they are on their way. */
  get textsPending() {
    return this.#missing !== undefined;
  }
  /** The shown corpus lacks its quotes for now: a first load's head (documents too are still downloading), or a stored corpus's (read right after). */
  get recordsPending() {
    return this.#missing === 'records' || this.#missing === 'quotes';
  }

  /**
   * The first figures to draw while a first load has no corpus to show yet (from its version
   * file's summary); undefined once any corpus is shown and when the load ends, in any way.
   */
  get preview(): CorpusSummary | undefined {
    return this.#corpus ? undefined : this.#summary;
  }
  /** The running load's summary, for figures the shown corpus lacks while its records are pending. */
  get summary(): CorpusSummary | undefined {
    return this.#summary;
  }

  dismissErrors(): void {
    this.#errors = [];
  }

  /** Open the published corpus (from IndexedDB when unchanged); `keepUserFile` keeps a corpus the user loaded. Resolves true if it loaded cleanly. */
  loadPublished(base: string, keepUserFile = true): Promise<boolean> {
    return this.#run((onStage, onValid, onProgress, onSummary) => loadPublishedCorpus(this.#db, base, onStage, fetch, keepUserFile, onValid, onProgress, onSummary));
  }

  /**
   * Validate and store a user's corpus file; on failure keep what is shown. Resolves true if it loaded.
   * A file dropped while another load is storing waits for it rather than being ignored, so the
   * user's file is the last one written.
   */
  async importFile(file: File): Promise<boolean> {
    if (this.busy && this.#inflight) await this.#inflight;
    return this.#run((onStage, onValid) => importCorpusFile(this.#db, file, onStage, onValid));
  }

  /**
   * Follow the corpus other tabs store: when one does and no load runs here, show it, so
   * tabs that loaded at once end showing the same corpus. Returns the unsubscribe (an `$effect`'s cleanup).
   */
  followOtherTabs(): () => void {
    return onStoredElsewhere(this.#db, () => {
      if (!this.#busy) void this.#run((onStage, onValid) => readStoredCorpus(this.#db, onStage, onValid));
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
    this.#missing = undefined;
    this.#percent = undefined;
    this.#errors = [];
    this.#summary = undefined;
    try {
      // Show a validated corpus while it is being stored (storing 100k records takes seconds).
      const loading = load(
        (s) => {
          if (current()) this.#stage = s;
        },
        (c, missing) => {
          if (!current()) return;
          this.#texts.clear();
          this.#corpus = c;
          this.#quoteTextsReady = true;
          this.#missing = missing;
        },
        (received, total) => {
          const p = Math.floor((100 * received) / Math.max(1, total));
          if (current() && p !== this.#percent) this.#percent = p;
        },
        (summary) => {
          if (current()) this.#summary = summary;
        },
      );
      // the summary stands in for the corpus until the load has ended, whatever its end (a failed one leaves none of it up)
      const r = await loading.finally(() => {
        if (current()) this.#summary = undefined;
      });
      if (!current()) return false;
      // On failure the db hands back the stored corpus, which is the one already shown,
      // unless this load had put up its own first sections: those go.
      if (r.errors.length && this.#missing === 'records') this.#corpus = r.corpus;
      else if (r.corpus && (!this.#corpus || r.errors.length === 0)) this.#corpus = r.corpus;
      this.#quoteTextsReady = !(r.quoteTextsStored && this.#corpus === r.corpus);
      // a corpus without per-document term counts filters terms on the texts themselves: read them in
      const shown = this.#corpus;
      if (shown && !hasDocumentTermCounts(shown.terms) && shown.documents.some((d) => d.text === '')) {
        const whole = await readCorpus(this.#db);
        if (!current()) return false;
        if (whole && whole.documents.length === shown.documents.length) {
          this.#corpus = whole;
          this.#quoteTextsReady = true;
        }
      }
      // the texts read while it loaded may be of the corpus it replaced
      this.#texts.clear();
      this.#errors = r.errors;
      this.#missing = undefined;
      this.#meta = await readMeta(this.#db);
      return r.errors.length === 0 && !!r.corpus;
    } catch (e) {
      if (current()) this.#errors = [`Could not load the corpus: ${(e as Error).message}`];
      return false;
    } finally {
      // the loader's worker started with the page, if this load did not need it
      dropEarlyLoaderWorker();
      if (current()) {
        this.#summary = undefined;
        this.#missing = undefined;
        this.#percent = undefined;
        this.#busy = false;
      }
    }
  }
}
