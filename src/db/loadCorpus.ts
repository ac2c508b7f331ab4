import { z } from 'zod';
import { Corpus, CorpusReferences, CorpusVersion, describeIssues, SCHEMA_VERSION, type Sections } from '../corpus';
import { readCorpus, readCorpusHead, readMeta, replaceCorpus, type CorpusOrigin, type PodiumDb } from './database';
import { MisalignedError, readSections } from './readSections';

/** `texts`: a corpus is shown while the rest of it (document texts, term counts; on a first load also quotes) is still being read. */
export type LoadStage = 'check' | 'fetch' | 'parse' | 'validate' | 'store' | 'read' | 'texts' | 'done';

export interface LoadResult {
  corpus: Corpus | undefined;
  /** Where the shown corpus came from. */
  from: 'network' | 'cache' | 'file' | 'none';
  /** Problems with the corpus we tried to load; the stored one (if any) is still shown. */
  errors: string[];
}

/**
 * What is still missing from a corpus handed to `OnValid` early: `texts` — document texts,
 * speakers' evidence and term counts (read from IndexedDB); `records` — also the
 * documents (stand-ins with id and event only) and quotes (still downloading).
 */
export type Missing = 'texts' | 'records';

/** sha256 hex of a string, via Web Crypto (browser and Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Called with a corpus to show before loading ends: once it has passed
 * validation, before it is stored; or first without some of its parts
 * (`missing`), which arrive right after.
 */
export type OnValid = (corpus: Corpus, missing?: Missing) => void;

/** Bytes of corpus.json received so far, of `total`, while it streams in. */
export type OnProgress = (received: number, total: number) => void;

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
  return store(db, parsed.data, { sha256: sha256 ?? (await sha256Hex(text)), bytes: text.length, source, origin }, onStage);
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
  onValid(head.corpus, 'texts');
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
  onProgress: OnProgress = () => {},
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
    // a version file we cannot read only costs the shortcuts it would have given
    if (res.ok) version = CorpusVersion.safeParse(await res.json()).data;
  } catch {
    // Offline or no version file: fall through to whatever we can get.
  }
  if (meta && version && meta.sha256 === version.sha256) {
    const corpus = await readStored(db, onStage, onValid);
    if (corpus) return { corpus, from: 'cache', errors: [] };
  }
  onStage('fetch');
  let res: Response;
  try {
    res = await fetchFn(`${base}corpus.json`, { cache: 'no-store' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  } catch (e) {
    // offline with a stored corpus: show it without fuss
    const errors = meta ? [] : [`Could not fetch corpus.json (${(e as Error).message}). Run \`npm run preprocess\` to create it.`];
    return fallBack(db, errors, onStage);
  }
  if (version?.sections && res.body) {
    try {
      return await importSections(db, res.body, { ...version, sections: version.sections }, onStage, onValid, onProgress);
    } catch (e) {
      if (!(e instanceof MisalignedError)) return fallBack(db, [`Could not download corpus.json: ${(e as Error).message}.`], onStage);
      // corpus.version.json does not describe this corpus.json: read it whole
      try {
        res = await fetchFn(`${base}corpus.json`, { cache: 'no-store' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
      } catch (e) {
        return fallBack(db, [`Could not fetch corpus.json (${(e as Error).message}).`], onStage);
      }
      version = undefined;
    }
  }
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    return fallBack(db, [`Could not download corpus.json: ${(e as Error).message}.`], onStage);
  }
  return importCorpusText(db, text, 'corpus.json', onStage, version?.sha256, 'published', onValid);
}

/** What a first load needs before the charts can be drawn (see SECTION_ORDER). */
const HEAD_SECTIONS = ['schemaVersion', 'events', 'speakers', 'appearances'] as const;
type Field = keyof typeof Corpus.shape;

/**
 * Stream corpus.json section by section (corpus.version.json gives each
 * top-level value's byte range), validating each as it lands; once the events,
 * speakers and appearances are in, hand them to `onValid` so the charts come up
 * while quotes, term counts and texts still download. Cross-record checks run
 * when everything is in; only then is the corpus stored. Throws
 * MisalignedError when the version file does not describe this body, and
 * Error when the download breaks off.
 */
async function importSections(
  db: PodiumDb,
  body: ReadableStream<Uint8Array>,
  version: CorpusVersion & { sections: Sections },
  onStage: (s: LoadStage) => void,
  onValid: OnValid,
  onProgress: OnProgress,
): Promise<LoadResult> {
  const parts: Partial<Record<Field, unknown>> = {};
  let shown = false;
  try {
    for await (const [name, text] of readSections(body, version.sections, version.bytes, (n) => onProgress(n, version.bytes))) {
      if (!Object.hasOwn(Corpus.shape, name)) continue; // like the schema, ignore keys it does not know
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // the whole-file read reports where the JSON breaks
        throw new MisalignedError(`"${name}" is not JSON`);
      }
      const field = name as Field;
      const r = (Corpus.shape[field] as z.ZodType).safeParse(json);
      if (!r.success) return fallBack(db, [`corpus.json does not match the corpus format:`, ...describeIssues(r.error).map((l) => `${field}.${l}`)], onStage);
      parts[field] = r.data;
      if (!shown && HEAD_SECTIONS.every((k) => k in parts)) {
        shown = true;
        onValid(headCorpus(parts), 'records');
        await enterStage('texts', onStage);
      } else if (!shown) onStage('validate');
    }
  } finally {
    onProgress(version.bytes, version.bytes); // done with the stream, however it ended
  }
  // sections the file left out get the schema's defaults (or its error)
  for (const field of Object.keys(Corpus.shape) as Field[]) {
    if (field in parts) continue;
    const r = (Corpus.shape[field] as z.ZodType).safeParse(undefined);
    if (!r.success) return fallBack(db, [`corpus.json does not match the corpus format:`, `${field}: ${r.error.issues[0]?.message ?? 'missing'}`], onStage);
    parts[field] = r.data;
  }
  const refs = CorpusReferences.safeParse(parts);
  if (!refs.success) return fallBack(db, [`corpus.json does not match the corpus format:`, ...describeIssues(refs.error)], onStage);
  const corpus = parts as Corpus;
  onValid(corpus);
  await enterStage('store', onStage);
  return store(db, corpus, { sha256: version.sha256, bytes: version.bytes, source: 'corpus.json', origin: 'published' }, onStage);
}

/** Store a validated corpus; if the browser refuses (quota, private mode), keep it shown and say so. */
async function store(db: PodiumDb, corpus: Corpus, meta: Parameters<typeof replaceCorpus>[2], onStage: (s: LoadStage) => void): Promise<LoadResult> {
  const from = meta.origin === 'published' ? 'network' : 'file';
  try {
    await replaceCorpus(db, corpus, meta);
  } catch (e) {
    onStage('done');
    return { corpus, from, errors: [`${meta.source} is shown but could not be stored in this browser (${(e as Error).message}); it will have to be loaded again next time.`] };
  }
  onStage('done');
  return { corpus, from, errors: [] };
}

/**
 * The first sections as a corpus the dashboard can draw: documents are
 * stand-ins (id and event, from the events' lists and the appearances), quotes
 * and term counts are empty until the rest arrives.
 */
function headCorpus(parts: Partial<Record<Field, unknown>>): Corpus {
  const events = parts.events as Corpus['events'];
  const appearances = parts.appearances as Corpus['appearances'];
  const documents = new Map<string, Corpus['documents'][number]>();
  const add = (id: string, eventId: string | null) => {
    if (!documents.has(id)) documents.set(id, { id, file: '', title: '', eventId, text: '', wordCount: 0, sha256: '' } as Corpus['documents'][number]);
  };
  for (const e of events) for (const id of e.documentIds) add(id, e.id);
  for (const a of appearances) add(a.documentId, a.eventId);
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: [...documents.values()],
    events,
    speakers: parts.speakers as Corpus['speakers'],
    appearances,
    quotes: [],
    terms: { vocabulary: [], rows: [] },
    rejected: (parts.rejected as Corpus['rejected'] | undefined) ?? [],
  };
}
