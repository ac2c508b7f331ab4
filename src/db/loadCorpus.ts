import { Corpus, describeIssues } from '../corpus';
import { readCorpus, readCorpusHead, readMeta, replaceCorpus, type CorpusOrigin, type PodiumDb } from './database';

/** `texts`: the stored corpus is shown, its document texts and term counts are still being read. */
export type LoadStage = 'check' | 'fetch' | 'parse' | 'validate' | 'store' | 'read' | 'texts' | 'done';

export interface LoadResult {
  corpus: Corpus | undefined;
  /** Where the shown corpus came from. */
  from: 'network' | 'cache' | 'file' | 'none';
  /** Problems with the corpus we tried to load; the stored one (if any) is still shown. */
  errors: string[];
}

export interface CorpusVersion {
  sha256: string;
  bytes: number;
}

/** sha256 hex of a string, via Web Crypto (browser and Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Called with a corpus to show before loading ends: once it has passed
 * validation, before it is stored; or, from IndexedDB, first without document
 * texts and term counts (`partial`), which are read right after.
 */
export type OnValid = (corpus: Corpus, partial?: boolean) => void;

/**
 * Parse and validate corpus text, then store it. On any failure the stored
 * corpus is left untouched and returned with the errors.
 */
export async function importCorpusText(
  db: PodiumDb,
  text: string,
  source: string,
  onStage: (s: LoadStage) => void = () => {},
  sha256?: string,
  origin: CorpusOrigin = source === 'corpus.json' ? 'published' : 'file',
  onValid: OnValid = () => {},
): Promise<LoadResult> {
  await enterStage('parse', onStage);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fallBack(db, [`${source} is not valid JSON: ${(e as Error).message}`], onStage);
  }
  await enterStage('validate', onStage);
  const parsed = Corpus.safeParse(json);
  if (!parsed.success) {
    return fallBack(db, [`${source} does not match the corpus format:`, ...describeIssues(parsed.error)], onStage);
  }
  onValid(parsed.data);
  await enterStage('store', onStage);
  await replaceCorpus(db, parsed.data, { sha256: sha256 ?? (await sha256Hex(text)), bytes: text.length, source, origin });
  onStage('done');
  return { corpus: parsed.data, from: origin === 'published' ? 'network' : 'file', errors: [] };
}

/** Report a stage, then yield a task so the page can paint it before the next synchronous step (JSON.parse, zod). */
async function enterStage(stage: LoadStage, onStage: (s: LoadStage) => void): Promise<void> {
  onStage(stage);
  await new Promise((ok) => setTimeout(ok, 0));
}

async function fallBack(db: PodiumDb, errors: string[], onStage: (s: LoadStage) => void): Promise<LoadResult> {
  onStage('read');
  const corpus = await readCorpus(db);
  onStage('done');
  return { corpus, from: corpus ? 'cache' : 'none', errors };
}

/** The stored corpus, handed to `onValid` without texts and terms first so the charts come up sooner. */
async function readStored(db: PodiumDb, onStage: (s: LoadStage) => void, onValid: OnValid): Promise<Corpus | undefined> {
  onStage('read');
  const head = await readCorpusHead(db);
  if (!head) {
    onStage('done');
    return undefined;
  }
  onValid(head.corpus, true);
  // a task boundary, so the first charts can render before the texts' chunks arrive
  await enterStage('texts', onStage);
  const corpus = (await head.complete()) ?? (await readCorpus(db));
  onStage('done');
  return corpus;
}

/**
 * Open the corpus published at `base`: from IndexedDB when its hash matches
 * corpus.version.json, otherwise fetch, validate and store corpus.json. A
 * corpus the user loaded from a file stays until they load another or ask for
 * the published one (`keepUserFile: false`).
 */
export async function loadPublishedCorpus(
  db: PodiumDb,
  base: string,
  onStage: (s: LoadStage) => void = () => {},
  fetchFn: typeof fetch = fetch,
  keepUserFile = true,
  onValid: OnValid = () => {},
): Promise<LoadResult> {
  onStage('check');
  const meta = await readMeta(db);
  if (keepUserFile && meta?.origin === 'file') {
    const corpus = await readStored(db, onStage, onValid);
    if (corpus) return { corpus, from: 'cache', errors: [] };
  }
  let version: CorpusVersion | undefined;
  try {
    const res = await fetchFn(`${base}corpus.version.json`, { cache: 'no-store' });
    if (res.ok) version = (await res.json()) as CorpusVersion;
  } catch {
    // Offline or no version file: fall through to whatever we can get.
  }
  if (meta && version && meta.sha256 === version.sha256) {
    const corpus = await readStored(db, onStage, onValid);
    if (corpus) return { corpus, from: 'cache', errors: [] };
  }
  onStage('fetch');
  let text: string;
  try {
    const res = await fetchFn(`${base}corpus.json`, { cache: 'no-store' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (e) {
    const errors = meta ? [] : [`Could not fetch corpus.json (${(e as Error).message}). Run \`npm run preprocess\` to create it.`];
    return fallBack(db, errors, onStage);
  }
  return importCorpusText(db, text, 'corpus.json', onStage, version?.sha256, 'published', onValid);
}
