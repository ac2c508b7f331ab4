import { SCHEMA_VERSION, type Corpus } from '../corpus';
import { readCorpus, type PodiumDb } from './database';

/** `texts`: a corpus is shown while the rest of it (document texts, term counts; on a first load also quotes) is still being read. */
export type LoadStage = 'check' | 'fetch' | 'parse' | 'validate' | 'store' | 'read' | 'texts' | 'done';

export interface LoadResult {
  corpus: Corpus | undefined;
  /** Where the shown corpus came from. */
  from: 'network' | 'cache' | 'file' | 'none';
  /** Problems with the corpus we tried to load; the stored one (if any) is still shown. */
  errors: string[];
  /**
   * The corpus's quotes have no texts yet (each ''): they are in IndexedDB, in their documents'
   * texts, until a view needs them (readQuoteTexts). A first load in a worker leaves them there.
   */
  quoteTextsStored?: true;
}

/**
 * What is still missing from a corpus handed to `OnValid` early: `texts` — document texts,
 * speakers' evidence and term counts (read from IndexedDB); `quotes` — also the quotes and
 * unattributed quotes (read from IndexedDB right after); `records` — also the documents
 * (stand-ins with id and event only) and quotes (still downloading).
 */
export type Missing = 'texts' | 'quotes' | 'records';

/**
 * Called with a corpus to show before loading ends: once it has passed
 * validation, before it is stored; or first without some of its parts
 * (`missing`), which arrive right after.
 */
export type OnValid = (corpus: Corpus, missing?: Missing) => void;

/** Bytes of the corpus file received so far, of `total`, while it streams in. */
export type OnProgress = (received: number, total: number) => void;

/** Report a stage, then yield a task so the page can paint it before the next synchronous step (JSON.parse, zod). */
export async function enterStage(stage: LoadStage, onStage: (s: LoadStage) => void): Promise<void> {
  onStage(stage);
  await new Promise((ok) => setTimeout(ok, 0));
}

/** The stored corpus, unchanged (its texts left in IndexedDB), with what went wrong. */
export async function fallBack(db: PodiumDb, errors: string[], onStage: (s: LoadStage) => void): Promise<LoadResult> {
  onStage('read');
  const corpus = await readCorpus(db, false);
  onStage('done');
  return { corpus, from: corpus ? 'cache' : 'none', errors };
}

/** The browser refused to store more: IndexedDB's quota for this site is used up (Dexie wraps the DOMException as `inner`). */
export function isQuotaError(e: unknown): boolean {
  for (let x = e as { name?: string; inner?: unknown } | undefined; x; x = x.inner as typeof x)
    if (x.name === 'QuotaExceededError') return true;
  return false;
}

/** What to tell the user when storing `source` failed. */
export function storageProblem(e: unknown, source: string): string {
  return isQuotaError(e)
    ? `${source} could not be stored: this browser's storage for the dashboard is full (IndexedDB quota exceeded). Free some disk space or site data and load it again.`
    : `${source} could not be stored in this browser (${(e as Error).message}).`;
}

/**
 * The first sections as a corpus the dashboard can draw: documents are
 * stand-ins (id and event, from the events' lists and the appearances), quotes
 * and term counts are empty until the rest arrives.
 */
export function headCorpus(parts: Pick<Corpus, 'events' | 'speakers' | 'appearances'> & { rejected?: Corpus['rejected'] }, documents = headDocuments(parts)): Corpus {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents,
    events: parts.events,
    speakers: parts.speakers,
    appearances: parts.appearances,
    quotes: [],
    terms: { vocabulary: [], rows: [] },
    rejected: parts.rejected ?? [],
  };
}

/** The head's documents (see headCorpus): those its events name, then those only its appearances name, in order. */
function headDocuments({ events, appearances }: Pick<Corpus, 'events' | 'appearances'>): Corpus['documents'] {
  const documents = new Map<string, Corpus['documents'][number]>();
  const add = (id: string, eventId: string | null) => {
    if (!documents.has(id)) documents.set(id, standInDocument(id, eventId));
  };
  for (const e of events) for (const id of e.documentIds) add(id, e.id);
  for (const a of appearances) add(a.documentId, a.eventId);
  return [...documents.values()];
}

/** A document of the head: its id and event until the document itself is read. */
export const standInDocument = (id: string, eventId: string | null): Corpus['documents'][number] => ({ id, file: '', title: '', eventId, text: '', wordCount: 0, sha256: '' });
