import type { Corpus } from '../corpus';
import { assembleCorpus, type Chunk, chunkRowsOf, type CorpusMeta, type PodiumDb, withLazyEvidence } from './database';
import type { LoadStage, Missing, OnValid } from './loadCommon';
import { takeLoaderWorker } from './loaderWorker';
import { type HeadPart, HeadParts } from './packHead';
import { unpackQuotes } from './packQuotes';
import { type PackedTermRows, unpackTermRows } from './packTerms';

/** The page asks the worker to load one corpus-lines body (a stream or a file) into database `dbName`. */
export interface ToWorker {
  dbName: string;
  /**
   * A file, a response body (transferred: the worker reads it), or addresses to fetch in
   * the worker, the first that answers (piping a 450 MB body over from the page cost the
   * page's thread ~17 s on a busy host).
   */
  input: ReadableStream<Uint8Array> | Blob | { urls: string[] };
  meta: Omit<CorpusMeta, 'key' | 'storedAt' | 'gen'>;
}

/** What the worker tells the page: stages, bytes read, the corpus to show (documents without texts), and the end. */
export type ToPage =
  | { t: 'stage'; stage: LoadStage }
  | { t: 'progress'; received: number }
  /** Fetched `source` (of the addresses given), `total` bytes long as its headers say (0: unknown). */
  | { t: 'fetched'; source: string; total: number }
  /** None of the addresses could be fetched. */
  | { t: 'unreachable'; message: string }
  /** The first sections, to draw the first charts from while the rest is read. */
  | { t: 'valid'; corpus: Corpus; missing?: Missing }
  /** Records of the first sections as they are read, packed (packHead.ts). */
  | { t: 'headPart'; part: HeadPart }
  /**
   * The first sections passed every check: the head the parts make is shown as missing its 'records'.
   * `speakersWhole`: no speaker record gave its evidence inside it (files since evidence lines), so the
   * head's speakers are the section as stored but for the evidence lines, and the speakers' chunks need
   * not be parsed again.
   */
  | { t: 'headValid'; speakersWhole: boolean }
  /** Not a corpus-lines file: its text, for the page to read as one JSON document. */
  | { t: 'text'; text: string }
  /** A chunk as stored (not the texts), in order: the corpus the page holds once `done` says it is stored. */
  | { t: 'chunk'; chunk: Chunk }
  /** Stored and current; or nothing stored and why. */
  | { t: 'done'; errors?: string[] };

/**
 * How a load in the worker ended: the corpus shown (texts left in IndexedDB: the documents' and the
 * quotes', which are '' until read with readQuoteTexts), the errors, or a body that was not lines.
 */
export type WorkerOutcome =
  | { corpus: Corpus; errors?: undefined; text?: undefined; unreachable?: undefined }
  | { corpus?: undefined; errors: string[]; text?: undefined; unreachable?: undefined }
  | { text: string; corpus?: undefined; errors?: undefined; unreachable?: undefined }
  | { unreachable: string; corpus?: undefined; errors?: undefined; text?: undefined };

/** Sections the head (HeadParts) holds whole: speakers are parsed again, as the head leaves out evidence given inside their records. */
const HEAD_TABLES = new Set<Chunk['table']>(['rejected', 'events', 'appearances']);

/** Whether this page can load in a worker (not under Node, where tests load on the one thread). */
export const canLoadInWorker = (): boolean => typeof Worker !== 'undefined' && typeof window !== 'undefined';

/**
 * Load a corpus-lines body in a worker (linesWorker.ts): it validates and
 * stores, the page only receives the corpus to show. Rejects only if the
 * worker itself fails to start or crashes.
 */
export function loadInWorker(
  db: PodiumDb,
  input: ToWorker['input'],
  meta: ToWorker['meta'],
  onStage: (s: LoadStage) => void,
  onValid: OnValid,
  onBytes: (received: number) => void = () => {},
  onFetched: (source: string, total: number) => void = () => {},
): Promise<WorkerOutcome> {
  const worker = takeLoaderWorker();
  return new Promise<WorkerOutcome>((resolve, reject) => {
    /** The chunks so far, parsed as they come (the page's thread is otherwise idle while the worker reads). */
    const chunks: Chunk[] = [];
    /** The term rows of each termRows chunk, by its number. */
    const termRows: Corpus['terms']['rows'][] = [];
    /** The first sections as the worker sent them: their chunks need not be parsed again. */
    let head: Corpus | undefined;
    /** The head's speakers are the section's records (see the 'headValid' message): its chunks are not parsed again either. */
    let speakersWhole = false;
    /** The first sections, unpacked as they come while the worker reads on. */
    const headParts = new HeadParts();
    /** The speakers' evidence lines as stored, parsed once a speaker's evidence is asked for (withLazyEvidence). */
    const evidence: Chunk[] = [];
    worker.onmessage = (e: MessageEvent<ToPage>) => {
      const m = e.data;
      if (m.t === 'headPart') return headParts.add(m.part);
      if (m.t === 'chunk') {
        const c = m.chunk;
        // unpacked as they come, not all at the end: 287k rows at 10,000 articles
        if (c.table === 'termRows') {
          termRows[c.n] = unpackTermRows(c.rows[0] as PackedTermRows);
          return;
        }
        if (head && (HEAD_TABLES.has(c.table) || (speakersWhole && c.table === 'speakers'))) return;
        if (c.table === 'speakerEvidence' && c.lines) {
          evidence.push(c);
          return;
        }
        // quotes as stored, without their texts ('' until read: CorpusStore.quoteTexts)
        if (c.quotes) {
          chunks.push({ ...c, quotes: undefined, rows: unpackQuotes(c.quotes) });
          return;
        }
        chunks.push(c.json === undefined && c.lines === undefined ? c : { ...c, json: undefined, lines: undefined, rows: chunkRowsOf(c) });
        return;
      }
      if (m.t === 'stage') onStage(m.stage);
      else if (m.t === 'progress') onBytes(m.received);
      else if (m.t === 'fetched') onFetched(m.source, m.total);
      else if (m.t === 'unreachable') resolve({ unreachable: m.message });
      else if (m.t === 'valid') onValid(m.corpus, m.missing);
      else if (m.t === 'headValid') {
        speakersWhole = m.speakersWhole;
        onValid((head = headParts.corpus()), 'records');
      }
      else if (m.t === 'text') resolve({ text: m.text });
      else if (m.errors) resolve({ errors: m.errors });
      else {
        if (head && speakersWhole) chunks.push({ id: '', gen: '', table: 'speakers', n: 0, rows: head.speakers });
        const corpus = assembleCorpus(chunks);
        corpus.speakers = withLazyEvidence(corpus.speakers, evidence);
        const first = head ? { events: head.events, appearances: head.appearances, rejected: head.rejected } : {};
        resolve({ corpus: { ...corpus, ...first, terms: { vocabulary: corpus.terms.vocabulary, rows: termRows.flat() } } });
      }
      if (m.t === 'text' || m.t === 'done' || m.t === 'unreachable') worker.terminate();
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the corpus loader failed'));
    };
    const message: ToWorker = { dbName: db.name, input, meta };
    worker.postMessage(message, input instanceof ReadableStream ? [input as unknown as Transferable] : []);
  });
}
