import type { Corpus } from '../corpus';
import { assembleCorpus, type Chunk, type CorpusMeta, type PodiumDb } from './database';
import type { LoadStage, Missing, OnValid } from './loadCommon';

/** The page asks the worker to load one corpus-lines body (a stream or a file) into database `dbName`. */
export interface ToWorker {
  dbName: string;
  /** A file, or a response body (transferred: the worker reads it). */
  input: ReadableStream<Uint8Array> | Blob;
  meta: Omit<CorpusMeta, 'key' | 'storedAt' | 'gen'>;
}

/** What the worker tells the page: stages, bytes read, the corpus to show (documents without texts), and the end. */
export type ToPage =
  | { t: 'stage'; stage: LoadStage }
  | { t: 'progress'; received: number }
  /** The first sections, to draw the first charts from while the rest is read. */
  | { t: 'valid'; corpus: Corpus; missing?: Missing }
  /** Not a corpus-lines file: its text, for the page to read as one JSON document. */
  | { t: 'text'; text: string }
  /** Stored and current: the chunks as stored but the texts; or nothing stored and why. */
  | { t: 'done'; chunks: Chunk[]; errors?: undefined }
  | { t: 'done'; errors: string[]; chunks?: undefined };

/** How a load in the worker ended: the corpus shown (texts left in IndexedDB), the errors, or a body that was not lines. */
export type WorkerOutcome = { corpus: Corpus; errors?: undefined; text?: undefined } | { corpus?: undefined; errors: string[]; text?: undefined } | { text: string; corpus?: undefined; errors?: undefined };

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
): Promise<WorkerOutcome> {
  const worker = new Worker(new URL('./linesWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<WorkerOutcome>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ToPage>) => {
      const m = e.data;
      if (m.t === 'stage') onStage(m.stage);
      else if (m.t === 'progress') onBytes(m.received);
      else if (m.t === 'valid') onValid(m.corpus, m.missing);
      else if (m.t === 'text') resolve({ text: m.text });
      else if (m.errors) resolve({ errors: m.errors });
      else resolve({ corpus: assembleCorpus(m.chunks) });
      if (m.t === 'text' || m.t === 'done') worker.terminate();
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the corpus loader failed'));
    };
    const message: ToWorker = { dbName: db.name, input, meta };
    worker.postMessage(message, input instanceof ReadableStream ? [input as unknown as Transferable] : []);
  });
}
