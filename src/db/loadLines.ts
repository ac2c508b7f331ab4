import { z } from 'zod';
import { appearancesOf, describeIssues, type DocumentText, LINE_RECORD, LINE_SECTIONS, LinesHeader, PLAIN_RECORD, ReferenceCheck, SCHEMA_VERSION, SpeakerEvidence, TermRowReader, withEvidenceLines, withNameDefaults, withQuoteText, withSpeakerNames, type Corpus, type EvidenceLine, type LineSection, type QuoteLine, type ReferenceIssue, type SpeakerLine, type SpeakerNamesLine, type TermRowView } from '../corpus';
import type { ChunkSection, CorpusMeta, PodiumDb } from './database';
import { CorpusGeneration, type OnChunk, type PutChunks } from './generation';
import { enterStage, fallBack, headCorpus, storageProblem, type LoadResult, type LoadStage, type OnValid } from './loadCommon';
import type { HeadSection } from './packHead';
import { readDocumentLine } from './documentLine';
import type { RawLine } from './readLines';

const encoder = new TextEncoder();

/** Bad records listed by line; past this many, only counted. */
const MAX_LISTED = 20;
const HEAD_END = LINE_SECTIONS.indexOf('appearances');
/** The sections a lean read does not hold as records: all but the first ones and the vocabulary (for checking term rows). */
const LEAN_SECTIONS = new Set<LineSection>(['speakerNames', 'evidence', 'quotes', 'unattributed', 'termRows', 'documents']);

/** Records read per section; appearances as records (a line may give several: AppearanceGroup), speakers with their aliases and titles (none until a `speakerNames` line gives them). */
type Parts = Omit<{ [S in LineSection]: z.infer<(typeof LINE_RECORD)[S]>[] }, 'appearances' | 'speakers'> & { appearances: Corpus['appearances']; speakers: Corpus['speakers'] };

/**
 * What reading a corpus-lines file came to: stored as the current corpus — the
 * corpus, or with `lean` only that (its chunks went to `onChunk`) — or why nothing was stored.
 */
export type LinesOutcome = { corpus: Corpus; stored?: undefined; errors?: undefined } | { stored: true; corpus?: undefined; errors?: undefined } | { corpus?: undefined; stored?: undefined; errors: string[] };

/** Options of `readCorpusLines`. */
export interface LinesOptions {
  /**
   * Hold no more than the first sections as records: the rest goes to `onChunk`
   * as stored chunks but the texts (strings and typed arrays, which the garbage
   * collector does not walk; a chunk is not the corpus until the outcome says it
   * is stored), and `onValid` hears only of the first sections. The texts stay in
   * IndexedDB until a reader needs them.
   */
  readonly lean?: boolean;
  readonly onChunk?: OnChunk;
  /** Sections whose validated records `onChunk` is handed beside their chunk (see CorpusGeneration). */
  readonly records?: readonly ChunkSection[];
  /** Stores chunks (default: on this thread; a worker hands them to a writer beside it). */
  readonly put?: PutChunks;
  /** Tell other tabs once the corpus is stored (default true; a worker leaves it to its page). */
  readonly announce?: boolean;
  /**
   * With `lean`: the texts of the quotes whose lines left them out, taken from each document as it
   * arrives: `ordinals[i]` is the quote's place in its section (0 for its first record), `texts[i]` its text.
   * Without it a lean read takes none (the worker's page reads them from IndexedDB when a view needs them).
   */
  readonly onQuoteTexts?: (section: QuoteSection, ordinals: number[], texts: string[]) => void;
  /**
   * With `lean`: the first sections' valid records (an appearances line's one by one, speakers as in
   * the head) are handed to `add` as they are read instead of being held, and `valid` is called where
   * `onValid` would have been handed them (the worker packs them for its page as they come: HeadPacker).
   */
  readonly head?: { add(section: HeadSection, record: unknown): void; valid(): void };
}

type QuoteSection = 'quotes' | 'unattributed';

/**
 * Read a corpus-lines file (src/corpus/lines.ts) line by line: validate each
 * record with its section's schema and the cross-record checks as it arrives,
 * store it in a new generation, and once every line is in and nothing was
 * wrong, make that generation current. Every bad record is named by its line
 * and why (the first MAX_LISTED; the rest counted); then nothing is stored and
 * the stored corpus stays. The first charts are shown once the events,
 * speakers and appearances are in. Never throws: a broken stream or storage
 * failure is an error in the result, the stored corpus returned.
 */
export async function importCorpusLines(
  db: PodiumDb,
  lines: AsyncIterable<string | RawLine>,
  meta: Omit<CorpusMeta, 'key' | 'storedAt' | 'gen'>,
  onStage: (s: LoadStage) => void = () => {},
  onValid: OnValid = () => {},
): Promise<LoadResult> {
  const r = await readCorpusLines(db, lines, meta, onStage, onValid);
  if (!r.corpus) return fallBack(db, r.errors ?? [], onStage);
  onStage('done');
  return { corpus: r.corpus, from: meta.origin === 'published' ? 'network' : 'file', errors: [] };
}

/** `importCorpusLines` up to storing: the stored corpus is not read back on failure (a worker leaves that to its page). */
export async function readCorpusLines(
  db: PodiumDb,
  lines: AsyncIterable<string | RawLine | readonly RawLine[]>,
  meta: Omit<CorpusMeta, 'key' | 'storedAt' | 'gen'>,
  onStage: (s: LoadStage) => void = () => {},
  onValid: OnValid = () => {},
  options: LinesOptions = {},
): Promise<LinesOutcome> {
  const { source } = meta;
  const problems: string[] = [];
  let bad = 0;
  const fail = (line: number, message: string) => {
    if (bad++ < MAX_LISTED) problems.push(`line ${line}: ${message}`);
  };
  const onIssue = ({ section, index, field, message }: ReferenceIssue) => fail(index, `${section}${field ? `.${field}` : ''}: ${message}`);
  const lean = options.lean ?? false;
  const head = lean ? options.head : undefined;
  const texts = new QuoteTexts(lean ? options.onQuoteTexts : undefined);
  // a lean read without `onQuoteTexts` takes no quote's text from its document (they stay in IndexedDB)
  const check = new ReferenceCheck(onIssue, lean && !options.onQuoteTexts ? undefined : texts.onText);
  const perSpeaker = new SpeakerLinesCheck();
  const termRows = new TermRowReader();
  const parts = Object.fromEntries(LINE_SECTIONS.map((s) => [s, []])) as unknown as Parts;
  const generation = new CorpusGeneration(db, lean ? (options.onChunk ?? (() => {})) : undefined, options.put, options.records);
  /** Records read per section; with `lean`, those of LEAN_SECTIONS are not also kept in `parts`. */
  const counts = new Map<LineSection, number>();
  let header: LinesHeader | undefined;
  let lineNo = 0;
  let rank = -1;
  let shown = false;
  onStage('validate');
  // the first charts need only the events, speakers and appearances: show them before any of it is written
  generation.hold();
  try {
    // lines one by one, or in batches (readRawLineBatches: an await a line is not free at 740k lines)
    for await (const item of lines) {
      const batch: readonly (string | RawLine)[] = Array.isArray(item) ? item : [item as string | RawLine];
      for (const got of batch) {
        // a lean read takes a document's line as it came, undecoded, when it is as the pipeline writes one: it needs only its text's length
        const doc = header && lean && typeof got !== 'string' && !got.decoded ? readDocumentLine(got.source, got.start, got.end) : undefined;
        const line = doc ? '' : typeof got === 'string' ? got : got.text;
        lineNo++;
        if (!header) {
          const h = parseHeader(line);
          if (typeof h === 'string') {
            await generation.discard();
            return { errors: [`${source} is not a corpus-lines file: line 1: ${h}`] };
          }
          header = h;
          continue;
        }
        if (!doc && !line.trim()) continue; // a blank line, as at the end of the file
        let json: unknown;
        try {
          json = doc ? ['documents', doc.record] : JSON.parse(line);
        } catch (e) {
          fail(lineNo, `not JSON (${(e as Error).message.slice(0, 120)})`);
          continue;
        }
        if (!Array.isArray(json) || json.length !== 2 || !(LINE_SECTIONS as readonly unknown[]).includes(json[0])) {
          fail(lineNo, `expected ["section", record] with section one of ${LINE_SECTIONS.join(', ')}`);
          continue;
        }
        const section = json[0] as LineSection;
        const r = LINE_SECTIONS.indexOf(section);
        if (r < rank) {
          fail(lineNo, `a "${section}" record after "${LINE_SECTIONS[rank]}" ones: sections come in the order ${LINE_SECTIONS.join(', ')}`);
          continue;
        }
        if (r > rank) {
          rank = r;
          if (!shown && rank > HEAD_END && bad === 0) {
            shown = true;
            if (head) head.valid();
            else onValid(headCorpus(parts), 'records');
            await enterStage('texts', onStage);
            await storing(() => generation.release());
          }
        }
        const parsed = parseRecord(section, json[1], termRows);
        if (parsed.issues) {
          fail(lineNo, `${section}: ${parsed.issues.slice(0, 3).join('; ')}`);
          continue;
        }
        const record = parsed.record as never;
        // an appearances line's records, made once for the checks and the parts (100k at 10,000 articles)
        const appearances = section === 'appearances' ? appearancesOf(record) : undefined;
        // a document read undecoded has its text's length, and its text if a check needs it (a quote line giving its own)
        const text = doc ? { length: doc.textLength, of: () => (JSON.parse((got as RawLine).text) as [string, Corpus['documents'][number]])[1].text } : undefined;
        if (!checkRecord(section, record, appearances, lineNo, counts.get(section) ?? 0, check, perSpeaker, parts, fail, text)) continue;
        // once something is wrong nothing will be stored: read on only to report
        // sections stored as lines keep the file's bytes (a line given as text is encoded again)
        if (bad === 0) {
          // a record the schema completed (evidence lists left out) is stored as read, so a later read gives the same corpus
          const bytes = completedByDefaults(section, json[1])
            ? encoder.encode(JSON.stringify([section, record]))
            : typeof got === 'string'
              ? encoder.encode(line)
              : got;
          const writing = generation.add(section, record, bytes);
          if (writing) await storing(() => writing);
        }
        const ordinal = counts.get(section) ?? 0;
        counts.set(section, ordinal + 1);
        if (head && r <= HEAD_END) {
          // handed on as read, not held (a lean read keeps no warnings either)
          if (appearances) for (const a of appearances) head.add('appearances', a);
          else if (section === 'speakers') head.add('speakers', withNameDefaults(record as SpeakerLine));
          else if (section !== 'warnings') head.add(section as HeadSection, record);
        } else if (appearances) for (const a of appearances) parts.appearances.push(a);
        // the head's speakers are whole but for what later lines give (shown before those come)
        else if (section === 'speakers') parts.speakers.push(withNameDefaults(record as SpeakerLine));
        else if (section === 'termRows') {
          // the reader's view of its counts is written over by the next row
          if (!lean) parts.termRows.push({ ...(record as TermRowView), counts: Array.from((record as TermRowView).counts) });
        } else if (!lean || !LEAN_SECTIONS.has(section)) (parts[section] as unknown[]).push(record);
        if (section === 'documents') texts.flush(parts);
      }
      // the batch's bytes are read into again once the next one is asked for
      generation.detachLines();
    }
    if (!header) {
      await generation.discard();
      return { errors: [`${source} is empty`] };
    }
    check.finish();
    if (bad === 0)
      for (const s of LINE_SECTIONS) {
        const n = counts.get(s) ?? 0;
        if (n !== (header.counts[s] ?? 0)) fail(lineNo, `${n} ${s} records where the header says ${header.counts[s] ?? 0}: the file was cut short or added to`);
      }
    if (bad > 0) {
      await generation.discard();
      const more = bad > MAX_LISTED ? [`… and ${bad - MAX_LISTED} more bad records`] : [];
      return { errors: [`${source} does not match the corpus format:`, ...problems, ...more] };
    }
    const corpus = lean ? undefined : assemble(parts);
    if (corpus) onValid(corpus);
    await enterStage('store', onStage);
    await storing(() => generation.release());
    await storing(() => generation.commit(meta, options.announce ?? true));
    return corpus ? { corpus } : { stored: true };
  } catch (e) {
    // the download broke off, the bytes were not UTF-8, or the browser refused to store (quota)
    await generation.discard().catch(() => undefined);
    return { errors: [e instanceof StoreFailed ? storageProblem(e.cause, source) : `Could not read ${source}: ${(e as Error).message} (at line ${lineNo}).`] };
  }
}

/** A line's record as its section's schema (LINE_RECORD) reads it, or the issues (as describeIssues words them). */
function parseRecord(section: LineSection, raw: unknown, termRows: TermRowReader): { record: unknown; issues?: undefined } | { issues: string[] } {
  if (section === 'termRows') {
    // read as TermRowLine checks them, without a list of numbers a row (TermRowReader)
    const row = termRows.read(raw);
    return Array.isArray(row) ? { issues: row } : { record: row };
  }
  // a record zod would copy unchanged is taken as it is (plainRecords.ts)
  if (PLAIN_RECORD[section]?.(raw)) return { record: raw };
  const parsed = (LINE_RECORD[section] as z.ZodType).safeParse(raw);
  return parsed.success ? { record: parsed.data } : { issues: describeIssues(parsed.error, 3) };
}

/**
 * The texts of quotes whose lines left them out, as ReferenceCheck takes them from their documents:
 * handed to `onTexts` a document at a time (a lean read), or put into the quotes' records (a read
 * that keeps every record).
 */
class QuoteTexts {
  #got: { section: QuoteSection; ordinal: number; text: string }[] = [];
  constructor(readonly onTexts: LinesOptions['onQuoteTexts']) {}

  readonly onText = (section: QuoteSection, ordinal: number, text: string): void => void this.#got.push({ section, ordinal, text });

  /** Hand on the texts taken from the last document. */
  flush(parts: Parts): void {
    if (!this.#got.length) return;
    const got = this.#got;
    this.#got = [];
    if (!this.onTexts) {
      for (const { section, ordinal, text } of got) {
        const records = parts[section] as QuoteLine[];
        records[ordinal] = withQuoteText(records[ordinal]!, text);
      }
      return;
    }
    for (const section of ['quotes', 'unattributed'] as const) {
      const mine = got.filter((g) => g.section === section);
      if (mine.length) this.onTexts(section, mine.map((g) => g.ordinal), mine.map((g) => g.text));
    }
  }
}

/** Writing to IndexedDB failed (as opposed to reading the file). */
class StoreFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('store failed');
  }
}

async function storing(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    throw new StoreFailed(e);
  }
}

function parseHeader(line: string): LinesHeader | string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  const h = LinesHeader.safeParse(json);
  if (h.success) return h.data;
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) return `schema version ${version}, this dashboard reads ${SCHEMA_VERSION}`;
  return describeIssues(h.error, 3).join('; ');
}

/** The cross-record checks of one valid record (an appearances line's: its `appearances`); false when it breaks one that only it can (a term index past the vocabulary). */
function checkRecord(section: LineSection, record: never, appearances: Corpus['appearances'] | undefined, line: number, ordinal: number, check: ReferenceCheck, perSpeaker: SpeakerLinesCheck, parts: Parts, fail: (line: number, m: string) => void, text?: DocumentText): boolean {
  switch (section) {
    case 'events':
      check.event(record, line);
      break;
    case 'speakers':
      check.speaker(record);
      perSpeaker.speaker(record);
      break;
    case 'speakerNames':
    case 'evidence': {
      const problem = perSpeaker.line(section, record);
      if (problem) {
        fail(line, `${section}.speakerId: ${problem}`);
        return false;
      }
      break;
    }
    case 'appearances':
      for (const a of appearances!) check.appearance(a, line);
      break;
    case 'quotes':
    case 'unattributed':
      check.quote(record, line, section, ordinal);
      break;
    case 'documents':
      check.document(record, line, text);
      break;
    case 'termRows': {
      const counts = (record as Corpus['terms']['rows'][number]).counts;
      const size = parts.vocabulary.length;
      for (let k = 0; k < counts.length; k += 2)
        if (counts[k]! >= size) {
          fail(line, `termRows.counts.${k}: term index ${counts[k]} is outside the vocabulary (${size} terms)`);
          return false;
        }
    }
  }
  return true;
}

const EVIDENCE_KEYS = Object.keys(SpeakerEvidence.shape);

/** Whether parsing `raw` filled in defaults: a speaker's evidence (inline or its own line) without all its lists. */
function completedByDefaults(section: LineSection, raw: unknown): boolean {
  if (section !== 'speakers' && section !== 'evidence') return false;
  const ev = (raw as { evidence?: unknown }).evidence;
  return ev !== undefined && EVIDENCE_KEYS.some((k) => !(k in (ev as object)));
}

/**
 * Each speaker's evidence, and its aliases and titles, at most once: inside its record (files written
 * before `evidence` and `speakerNames` lines), or one line of that section after it.
 */
class SpeakerLinesCheck {
  readonly #speakers = new Set<string>();
  readonly #given = { evidence: new Set<string>(), speakerNames: new Set<string>() };

  speaker(s: SpeakerLine): void {
    this.#speakers.add(s.id);
    if (s.evidence) this.#given.evidence.add(s.id);
    if (s.aliases !== undefined || s.titles !== undefined) this.#given.speakerNames.add(s.id);
  }

  /** What is wrong with this `evidence` or `speakerNames` line, if anything. */
  line(section: 'evidence' | 'speakerNames', l: EvidenceLine | SpeakerNamesLine): string | undefined {
    if (!this.#speakers.has(l.speakerId)) return `unknown speaker "${l.speakerId}"`;
    const given = this.#given[section];
    if (given.has(l.speakerId)) return section === 'evidence' ? `the evidence of speaker "${l.speakerId}" is given twice` : `the aliases and titles of speaker "${l.speakerId}" are given twice`;
    given.add(l.speakerId);
    return undefined;
  }
}

function assemble(parts: Parts): Corpus {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: parts.documents,
    events: parts.events,
    speakers: withEvidenceLines(withSpeakerNames(parts.speakers, parts.speakerNames), parts.evidence),
    appearances: parts.appearances,
    // every quote's text was filled in from its document (a corpus with a quote whose document never came is not assembled)
    quotes: parts.quotes as Corpus['quotes'],
    terms: { vocabulary: parts.vocabulary, rows: parts.termRows },
    rejected: parts.rejected,
    // optional in the schema: absent when the file had none, as a corpus.json would load
    ...(parts.unattributed.length ? { unattributed: parts.unattributed as NonNullable<Corpus['unattributed']> } : {}),
    ...(parts.warnings.length ? { warnings: parts.warnings } : {}),
  };
}
