import { z } from 'zod';
import { Corpus, CorpusReferences, CorpusVersion, describeIssues, Speaker, type CorpusSummary, type Sections } from '../corpus';
import { announceStored, withCorpusLock } from './corpusLock';
import { dropStaleGenerations, readCorpus, readCorpusHead, readMeta, replaceCorpus, type CorpusOrigin, type PodiumDb } from './database';
import { enterStage, fallBack, headCorpus, isQuotaError, storageProblem, type LoadResult, type LoadStage, type Missing, type OnProgress, type OnValid } from './loadCommon';
import { canLoadInWorker, loadInWorker, type ToWorker, type WorkerOutcome } from './loadInWorker';
import { importCorpusLines } from './loadLines';
import { readLines, sniffLines } from './readLines';
import { MisalignedError, readSections } from './readSections';

export type { LoadResult, LoadStage, Missing, OnProgress, OnValid } from './loadCommon';

type WorkerMeta = ToWorker['meta'];

/** sha256 hex of a string, via Web Crypto (browser and Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Parse and validate corpus text (one JSON document), then store it. On any
 * failure the stored corpus is left untouched and returned with the errors.
 */
export function importCorpusText(
  db: PodiumDb,
  text: string,
  source: string,
  onStage: (s: LoadStage) => void = () => {},
  sha256?: string,
  origin: CorpusOrigin = source === 'corpus.json' ? 'published' : 'file',
  onValid: OnValid = () => {},
): Promise<LoadResult> {
  return withCorpusLock(db, () => importText(db, text, source, onStage, sha256, origin, onValid));
}

/**
 * A user's corpus file, in either format: a corpus-lines file is read as a
 * stream, record by record; a corpus.json document whole.
 */
export function importCorpusFile(db: PodiumDb, file: Blob & { name: string }, onStage: (s: LoadStage) => void = () => {}, onValid: OnValid = () => {}): Promise<LoadResult> {
  return withCorpusLock(db, async () => {
    onStage('read');
    await dropStaleGenerations(db);
    if (canLoadInWorker()) {
      const r = await linesInWorker(db, file, { source: file.name, origin: 'file', sha256: '', bytes: file.size }, onStage, onValid);
      // a file is never unreachable (only addresses are)
      return r === 'unreachable' ? fallBack(db, [`Could not read ${file.name}.`], onStage) : r;
    }
    const { lines, body } = await sniffLines(file.stream());
    if (lines) return importCorpusLines(db, readLines(body), { source: file.name, origin: 'file', sha256: '', bytes: file.size }, onStage, onValid);
    return importText(db, await new Response(body).text(), file.name, onStage, undefined, 'file', onValid);
  });
}

async function importText(
  db: PodiumDb,
  text: string,
  source: string,
  onStage: (s: LoadStage) => void,
  sha256: string | undefined,
  origin: CorpusOrigin,
  onValid: OnValid,
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

/** The stored corpus, handed to `onValid` without quotes, texts and terms first so the charts come up sooner. */
async function readStored(db: PodiumDb, onStage: (s: LoadStage) => void, onValid: OnValid): Promise<Corpus | undefined> {
  onStage('read');
  const head = await readCorpusHead(db);
  if (!head) {
    onStage('done');
    return undefined;
  }
  onValid(head.corpus, 'quotes');
  // a task boundary, so the first charts can render before the quotes' and texts' chunks arrive
  await enterStage('texts', onStage);
  const corpus = (await head.complete()) ?? (await readCorpus(db, false));
  onStage('done');
  return corpus;
}

/** The stored corpus, as it is (another tab stored it): without texts first, then whole. */
export async function readStoredCorpus(db: PodiumDb, onStage: (s: LoadStage) => void = () => {}, onValid: OnValid = () => {}): Promise<LoadResult> {
  const corpus = await readStored(db, onStage, onValid);
  return { corpus, from: corpus ? 'cache' : 'none', errors: [] };
}

/**
 * Open the corpus published at `base`: from IndexedDB when its hash matches
 * corpus.version.json, otherwise fetch, validate and store the corpus file it
 * names (corpus.jsonl, or corpus.json, the older one-document format). A
 * corpus the user loaded from a file stays until they load another or ask for
 * the published one (`keepUserFile: false`). Tabs take turns (withCorpusLock).
 */
export function loadPublishedCorpus(
  db: PodiumDb,
  base: string,
  onStage: (s: LoadStage) => void = () => {},
  fetchFn: typeof fetch = fetch,
  keepUserFile = true,
  onValid: OnValid = () => {},
  onProgress: OnProgress = () => {},
  onSummary: OnSummary = () => {},
): Promise<LoadResult> {
  return withCorpusLock(db, () => loadPublished(db, base, onStage, fetchFn, keepUserFile, onValid, onProgress, onSummary));
}

/**
 * Given the version file's summary of the corpus a first load is about to fetch (nothing stored to show
 * meanwhile); given undefined when the version file turns out not to describe the file fetched.
 */
export type OnSummary = (summary: CorpusSummary | undefined) => void;

async function loadPublished(
  db: PodiumDb,
  base: string,
  onStage: (s: LoadStage) => void,
  fetchFn: typeof fetch,
  keepUserFile: boolean,
  onValid: OnValid,
  onProgress: OnProgress,
  onSummary: OnSummary,
): Promise<LoadResult> {
  onStage('check');
  // asked for at once, read after the stored state (one round trip less before the corpus is asked for)
  const versionRead = readVersion(base, fetchFn);
  // what a load that stopped part-way (page closed, crash) left behind
  await dropStaleGenerations(db);
  const meta = await readMeta(db);
  if (keepUserFile && meta?.origin === 'file') {
    const corpus = await readStored(db, onStage, onValid);
    if (corpus) return { corpus, from: 'cache', errors: [] };
  }
  let version = await versionRead;
  if (meta && version && meta.sha256 === version.sha256) {
    const corpus = await readStored(db, onStage, onValid);
    if (corpus) return { corpus, from: 'cache', errors: [] };
  }
  onStage('fetch');
  // nothing stored to show while it loads: its first figures, if the version file has them
  if (!meta && version?.summary) onSummary(version.summary);
  // the version file names its corpus; without one, the lines format first, then the older corpus.json
  const names = version?.file ? [version.file] : version?.sections ? ['corpus.json'] : ['corpus.jsonl', 'corpus.json'];
  if (canLoadInWorker() && !version?.sections) {
    // fetched, read and stored in the worker: not a byte of it passes through this thread
    let total = version?.bytes ?? 0;
    const meta0 = { source: names[0]!, origin: 'published' as const, sha256: version?.sha256 ?? '', bytes: total };
    try {
      const r = await linesInWorker(db, { urls: names.map((n) => new URL(`${base}${n}`, location.href).href) }, meta0, onStage, onValid, (n) => onProgress(n, total), (_name, bytes) => (total = bytes));
      if (r !== 'unreachable') return r;
    } finally {
      onProgress(total, total);
    }
    // offline with a stored corpus: show it without fuss
    return fallBack(db, meta ? [] : [`Could not fetch ${names.join(' or ')}. Run \`npm run preprocess\` to create it.`], onStage);
  }
  let res: Response | undefined;
  let name = names[0]!;
  try {
    for (name of names) {
      res = await fetchFn(`${base}${name}`, { cache: 'no-store' });
      if (res.ok) break;
    }
    if (!res?.ok) throw new Error(`HTTP ${res?.status}`);
  } catch (e) {
    // offline with a stored corpus: show it without fuss
    const errors = meta ? [] : [`Could not fetch ${names.join(' or ')} (${(e as Error).message}). Run \`npm run preprocess\` to create it.`];
    return fallBack(db, errors, onStage);
  }
  if (!res.body) return importText(db, await res.text(), name, onStage, version?.sha256, 'published', onValid);
  // sections are only ever written for a corpus.json document: stream it by them
  if (version?.sections) {
    try {
      return await importSections(db, res.body, { ...version, sections: version.sections }, onStage, onValid, onProgress);
    } catch (e) {
      if (!(e instanceof MisalignedError)) return fallBack(db, [`Could not download corpus.json: ${(e as Error).message}.`], onStage);
      // corpus.version.json does not describe this file: read it as what it is, and its summary is of another file
      onSummary(undefined);
      try {
        res = await fetchFn(`${base}${name}`, { cache: 'no-store' });
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      } catch (e) {
        return fallBack(db, [`Could not fetch ${name} (${(e as Error).message}).`], onStage);
      }
      version = undefined;
    }
  }
  const total = Number(res.headers.get('content-length')) || version?.bytes || 0;
  let body: ReadableStream<Uint8Array>;
  let lines: boolean;
  try {
    ({ lines, body } = await sniffLines(res.body!));
  } catch (e) {
    return fallBack(db, [`Could not download ${name}: ${(e as Error).message}.`], onStage);
  }
  if (lines) {
    try {
      return await importCorpusLines(db, readLines(body, (n) => onProgress(n, total)), { source: name, origin: 'published', sha256: version?.sha256 ?? '', bytes: total }, onStage, onValid);
    } finally {
      onProgress(total, total);
    }
  }
  let text: string;
  try {
    text = await new Response(body).text();
  } catch (e) {
    return fallBack(db, [`Could not download ${name}: ${(e as Error).message}.`], onStage);
  }
  return importText(db, text, name, onStage, version?.sha256, 'published', onValid);
}

/** corpus.version.json at `base`, or undefined: a version file we cannot read (offline, none) only costs the shortcuts it would have given. */
async function readVersion(base: string, fetchFn: typeof fetch): Promise<CorpusVersion | undefined> {
  try {
    const res = await fetchFn(`${base}corpus.version.json`, { cache: 'no-store' });
    if (res.ok) return CorpusVersion.safeParse(await res.json()).data;
  } catch {
    // fall through to whatever we can get
  }
  return undefined;
}

/**
 * A corpus-lines body loaded in a worker (loadInWorker.ts): fetched (given
 * addresses), validated and stored off this thread, the page given the corpus
 * without its texts. A body that is one corpus.json document comes back as
 * text and is read here; 'unreachable' when none of the addresses answered.
 */
async function linesInWorker(
  db: PodiumDb,
  input: ToWorker['input'],
  meta: WorkerMeta,
  onStage: (s: LoadStage) => void,
  onValid: OnValid,
  onBytes?: (received: number) => void,
  onFetched?: (source: string, total: number) => void,
): Promise<LoadResult | 'unreachable'> {
  let r: WorkerOutcome;
  let source = meta.source;
  try {
    r = await loadInWorker(db, input, meta, onStage, onValid, onBytes, (name, total) => {
      source = name;
      onFetched?.(name, total);
    });
  } catch (e) {
    return fallBack(db, [`Could not read ${source}: ${(e as Error).message}.`], onStage);
  }
  if (r.unreachable !== undefined) return 'unreachable';
  if (r.text !== undefined) return importText(db, r.text, source, onStage, meta.sha256 || undefined, meta.origin, onValid);
  if (r.errors) return fallBack(db, r.errors, onStage);
  announceStored(db);
  onStage('done');
  return { corpus: r.corpus, from: meta.origin === 'published' ? 'network' : 'file', errors: [], quoteTextsStored: true };
}

/** What a first load needs before the charts can be drawn (see SECTION_ORDER). */
const HEAD_SECTIONS = ['schemaVersion', 'events', 'speakers', 'appearances'] as const;
type Field = keyof typeof Corpus.shape;
/**
 * The speakers as the first charts need them: validated without their evidence, which is
 * checked once they are drawn (at 22k speakers zod spent ~3× as long on the evidence's
 * ~190k objects as on the rest of the speakers).
 */
const HeadSpeakers = z.array(Speaker.omit({ evidence: true }));

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
  /** The speakers section as parsed, when only HeadSpeakers has checked it so far. */
  let speakersJson: unknown;
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
      const head = field === 'speakers' && !shown;
      if (head) speakersJson = json;
      const r = (head ? HeadSpeakers : (Corpus.shape[field] as z.ZodType)).safeParse(json);
      if (!r.success) return fallBack(db, [`corpus.json does not match the corpus format:`, ...describeIssues(r.error).map((l) => `${field}.${l}`)], onStage);
      parts[field] = r.data;
      if (!shown && HEAD_SECTIONS.every((k) => k in parts)) {
        shown = true;
        onValid(headCorpus(parts as Corpus), 'records');
        await enterStage('texts', onStage);
      } else if (!shown) onStage('validate');
    }
  } finally {
    onProgress(version.bytes, version.bytes); // done with the stream, however it ended
  }
  if (speakersJson !== undefined) {
    const r = Corpus.shape.speakers.safeParse(speakersJson);
    if (!r.success) return fallBack(db, [`corpus.json does not match the corpus format:`, ...describeIssues(r.error).map((l) => `speakers.${l}`)], onStage);
    parts.speakers = r.data;
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

/**
 * Store a validated corpus. If the browser refuses for lack of space, the stored corpus stays
 * and is shown with a message saying so; for other refusals (private mode) keep this one shown and say so.
 */
async function store(db: PodiumDb, corpus: Corpus, meta: Parameters<typeof replaceCorpus>[2], onStage: (s: LoadStage) => void): Promise<LoadResult> {
  const from = meta.origin === 'published' ? 'network' : 'file';
  try {
    await replaceCorpus(db, corpus, meta);
    announceStored(db);
  } catch (e) {
    if (isQuotaError(e)) return fallBack(db, [storageProblem(e, meta.source)], onStage);
    onStage('done');
    return { corpus, from, errors: [`${meta.source} is shown but could not be stored in this browser (${(e as Error).message}); it will have to be loaded again next time.`] };
  }
  onStage('done');
  return { corpus, from, errors: [] };
}
