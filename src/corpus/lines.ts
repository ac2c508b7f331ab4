import { z } from 'zod';
import { Appearance, Document, Event, Quote, Rejected, SCHEMA_VERSION, Speaker, SpeakerEvidence, TermRow, UnattributedQuote, Warning, type Corpus } from './schema';
import { decodeCounts, encodeCounts, isFlatCounts, type FlatCounts } from './terms';

/**
 * The corpus as lines (corpus.jsonl): the same records as `Corpus`, one per
 * line, so a reader never needs the whole file as one string (at 10,000
 * articles corpus.json is longer than V8's longest string). The first line is
 * a `LinesHeader`; every other line is `[section, record]`, the record valid
 * against that section's element schema below. Sections come in LINE_SECTIONS
 * order, which lets a reader check references as records arrive: what the
 * first charts need first, then the speakers' evidence, quotes, term counts,
 * and the documents (most of the bytes) last, after every quote that points
 * into them. A speaker's evidence is an `evidence` record of its own, written
 * after the appearances (at 10,000 articles it was 18 of the first 38 MB, which
 * the first charts waited for); files written before keep it inside the
 * speakers record, which is still read. Either way the corpus is the same.
 * So are a speaker's `aliases` and `titles`: a `speakerNames` line of their own after
 * the appearances, the speaker's record leaving them out (they were 3.2 of the first
 * 10.6 MB at 10,000 articles, and the first charts show neither); a speaker with
 * none has no such line. Files written before keep them inside the record.
 * A quote's `text` is left out of its line: it is always its document's
 * text[start, end), and a reader takes it from there when the document comes
 * (at 10,000 articles the quotes' texts were 110 of the file's 466 MB, read and
 * thrown away). Files written before give it, and it is then checked against
 * the document as before. A term row's counts are packed into one string
 * (TermRowLine); files written before give them as a list of numbers. The
 * appearances of one document at one event are one line naming the document,
 * the event and the speakers (AppearancesLine): at 10,000 articles 100k lines
 * of three ids each were 15 of the 22 MB that the first charts waited for.
 */
export const LINES_FORMAT = 'podium-corpus-lines';

export const LINE_SECTIONS = ['rejected', 'warnings', 'events', 'speakers', 'appearances', 'speakerNames', 'evidence', 'quotes', 'unattributed', 'vocabulary', 'termRows', 'documents'] as const;
export type LineSection = (typeof LINE_SECTIONS)[number];

/** A speaker's line: the schema's speaker, its `aliases` and `titles` perhaps left out (a `speakerNames` line gives them, else none). */
export const SpeakerLine = Speaker.extend({ aliases: Speaker.shape.aliases.optional(), titles: Speaker.shape.titles.optional() });
export type SpeakerLine = z.infer<typeof SpeakerLine>;

/** A `speakerNames` line: the `aliases` and `titles` of the speaker `speakerId` (at most one a speaker, and none for a speaker whose record gives either). */
export const SpeakerNamesLine = z.object({ speakerId: Speaker.shape.id, aliases: Speaker.shape.aliases, titles: Speaker.shape.titles });
export type SpeakerNamesLine = z.infer<typeof SpeakerNamesLine>;

/** An `evidence` line: the `evidence` of the speaker `speakerId` (at most one a speaker, and none for a speaker whose record has its own). */
export const EvidenceLine = z.object({ speakerId: Speaker.shape.id, evidence: SpeakerEvidence });
export type EvidenceLine = z.infer<typeof EvidenceLine>;

/** A quote's line: the schema's quote, its `text` left out when it is the document's text[start, end) (as the pipeline writes it). */
export const QuoteLine = Quote.extend({ text: Quote.shape.text.optional() });
export type QuoteLine = z.infer<typeof QuoteLine>;
export const UnattributedLine = UnattributedQuote.extend({ text: UnattributedQuote.shape.text.optional() });
export type UnattributedLine = z.infer<typeof UnattributedLine>;

/** A quote as its line gives it: without its text. */
export function quoteLine<Q extends { text?: string }>({ text: _, ...quote }: Q): Omit<Q, 'text'> {
  return quote;
}

/** A quote given its text, the keys in the schema's order (as a line with its text parses). */
export function withQuoteText<Q extends QuoteLine | UnattributedLine>({ kind, ...quote }: Q, text: string): Q & { text: string } {
  return (kind === undefined ? { ...quote, text } : { ...quote, text, kind }) as Q & { text: string };
}

/**
 * A term row's line: its `counts` packed in one string (encodeCounts), read back into the flat
 * list the schema's TermRow holds; files written before give the list itself.
 */
export const TermRowLine = TermRow.extend({
  counts: z.unknown().transform((v, ctx): FlatCounts => {
    // decodeCounts checks what isFlatCounts would
    const counts = typeof v === 'string' ? decodeCounts(v) : isFlatCounts(v) ? v : undefined;
    if (counts !== undefined && typeof counts !== 'string') return counts;
    ctx.addIssue({ code: 'custom', message: counts ? `packed counts: ${counts}` : 'expected a flat [termIndex, count, …] list (even length, integer indices ≥ 0, counts ≥ 1) or its packed string' });
    return z.NEVER;
  }),
});

/** A term row as its line gives it: the counts packed. */
export const termRowLine = (row: Corpus['terms']['rows'][number]) => ({ ...row, counts: encodeCounts(row.counts) });

/** The appearances of speakers `speakerIds` at event `eventId` in document `documentId`: one line for several records. */
export const AppearanceGroup = z.object({ documentId: Appearance.shape.documentId, eventId: Appearance.shape.eventId, speakerIds: z.array(Appearance.shape.speakerId).min(1) });
export type AppearanceGroup = z.infer<typeof AppearanceGroup>;
/** An `appearances` line: a group (as the pipeline writes them), or one appearance (files written before). */
export const AppearancesLine = z.union([AppearanceGroup, Appearance]);
export type AppearancesLine = z.infer<typeof AppearancesLine>;

/** The appearances a line gives, in order. */
export function appearancesOf(line: AppearancesLine): Corpus['appearances'] {
  if (!('speakerIds' in line)) return [line];
  return line.speakerIds.map((speakerId) => ({ speakerId, eventId: line.eventId, documentId: line.documentId }));
}

/** Appearances as their lines: each run of one document and event, one group. */
export function groupAppearances(appearances: readonly Corpus['appearances'][number][]): AppearanceGroup[] {
  const out: AppearanceGroup[] = [];
  let last: AppearanceGroup | undefined;
  for (const a of appearances) {
    if (last && last.documentId === a.documentId && last.eventId === a.eventId) last.speakerIds.push(a.speakerId);
    else out.push((last = { documentId: a.documentId, eventId: a.eventId, speakerIds: [a.speakerId] }));
  }
  return out;
}

/** Each section's record schema: the element schemas of `Corpus` (vocabulary: the terms, one per line; quotes may leave out their text). */
export const LINE_RECORD = {
  rejected: Rejected,
  warnings: Warning,
  events: Event,
  speakers: SpeakerLine,
  appearances: AppearancesLine,
  speakerNames: SpeakerNamesLine,
  evidence: EvidenceLine,
  quotes: QuoteLine,
  unattributed: UnattributedLine,
  vocabulary: z.string().min(1),
  termRows: TermRowLine,
  documents: Document,
} as const satisfies Record<LineSection, z.ZodType>;

/** The first line: the format, the schema version, and how many records each section has (a file cut short at a line break is caught by them). */
export const LinesHeader = z.object({
  format: z.literal(LINES_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  // a section left out has none
  counts: z.partialRecord(z.enum(LINE_SECTIONS), z.number().int().nonnegative()),
});
export type LinesHeader = z.infer<typeof LinesHeader>;

/** The records of each section of a corpus, in LINE_SECTIONS order. */
export function* corpusRecords(corpus: Corpus): Generator<[LineSection, unknown]> {
  for (const section of LINE_SECTIONS) for (const r of sectionOf(corpus, section)) yield [section, r];
}

function sectionOf(corpus: Corpus, section: LineSection): readonly unknown[] {
  if (section === 'vocabulary') return corpus.terms.vocabulary;
  if (section === 'termRows') return corpus.terms.rows.map(termRowLine);
  if (section === 'speakers') return corpus.speakers.map(speakerLine);
  if (section === 'speakerNames') return speakerNamesLines(corpus.speakers);
  if (section === 'evidence') return evidenceLines(corpus.speakers);
  if (section === 'quotes' || section === 'unattributed') return (corpus[section] ?? []).map(quoteLine);
  if (section === 'appearances') return groupAppearances(corpus.appearances);
  return corpus[section] ?? [];
}

/** A speaker as its `speakers` line gives it: without the evidence (an `evidence` line of its own), the aliases and titles (a `speakerNames` line). */
export function speakerLine({ evidence: _, aliases: _a, titles: _t, ...speaker }: Corpus['speakers'][number]): Omit<Corpus['speakers'][number], 'evidence' | 'aliases' | 'titles'> {
  return speaker;
}

/** The `speakerNames` lines of these speakers, in their order: those with any alias or title. */
export function speakerNamesLines(speakers: readonly Corpus['speakers'][number][]): SpeakerNamesLine[] {
  return speakers.flatMap(({ id, aliases, titles }) => (aliases.length || titles.length ? [{ speakerId: id, aliases, titles }] : []));
}

/** A speaker line's record with the `aliases` and `titles` it left out as none (the same record when it gives both). */
export function withNameDefaults<S extends SpeakerLine>(s: S): S & Pick<Speaker, 'aliases' | 'titles'> {
  if (s.aliases !== undefined && s.titles !== undefined) return s as S & Pick<Speaker, 'aliases' | 'titles'>;
  return named(s, s.aliases ?? [], s.titles ?? []);
}

/** The speaker with these aliases and titles, its keys in the schema's order. */
function named<S extends SpeakerLine>({ id, name, aliases: _a, titles: _t, ...rest }: S, aliases: string[], titles: string[]): S & Pick<Speaker, 'aliases' | 'titles'> {
  return { id, name, aliases, titles, ...rest } as S & Pick<Speaker, 'aliases' | 'titles'>;
}

/**
 * Speakers given the aliases and titles of `speakerNames` lines, and none where neither a line nor
 * their record gives them (new objects where anything changes; the speakers are not changed).
 */
export function withSpeakerNames<S extends SpeakerLine>(speakers: readonly S[], names: readonly SpeakerNamesLine[]): (S & Pick<Speaker, 'aliases' | 'titles'>)[] {
  if (!names.length) return speakers.map(withNameDefaults);
  const by = new Map(names.map((n) => [n.speakerId, n]));
  return speakers.map((s) => {
    const n = by.get(s.id);
    return n ? named(s, n.aliases, n.titles) : withNameDefaults(s);
  });
}

/** The `evidence` lines of these speakers, in their order. */
export function evidenceLines(speakers: readonly Corpus['speakers'][number][]): EvidenceLine[] {
  return speakers.flatMap((s) => (s.evidence ? [{ speakerId: s.id, evidence: s.evidence }] : []));
}

/** Speakers with the evidence of `evidence` lines put back where their records have none (a new array; the speakers are not changed). */
export function withEvidenceLines<S extends { id: string; evidence?: unknown }>(speakers: readonly S[], evidence: readonly EvidenceLine[]): S[] {
  if (!evidence.length) return [...speakers];
  const by = new Map(evidence.map((e) => [e.speakerId, e.evidence]));
  return speakers.map((s) => (s.evidence === undefined && by.has(s.id) ? { ...s, evidence: by.get(s.id) } : s));
}

export function linesHeader(corpus: Corpus): LinesHeader {
  const counts: Partial<Record<LineSection, number>> = {};
  for (const section of LINE_SECTIONS) counts[section] = sectionOf(corpus, section).length;
  return { format: LINES_FORMAT, schemaVersion: SCHEMA_VERSION, counts };
}

/**
 * A whole corpus from its lines, unvalidated (tests and tools reading a small
 * file the pipeline wrote; the browser validates record by record, src/db/loadLines.ts).
 */
export function corpusFromLines(lines: Iterable<string>): Corpus {
  const corpus: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, terms: { vocabulary: [], rows: [] } };
  let first = true;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (first) {
      first = false;
      continue;
    }
    const [section, record] = JSON.parse(line) as [LineSection, unknown];
    const list = section === 'vocabulary' || section === 'termRows' ? (corpus.terms as Record<string, unknown[]>)[section === 'vocabulary' ? 'vocabulary' : 'rows']! : ((corpus[section] as unknown[] | undefined) ?? (corpus[section] = []));
    (list as unknown[]).push(record);
  }
  for (const s of ['documents', 'events', 'speakers', 'appearances', 'quotes', 'rejected'] as const) corpus[s] ??= [];
  corpus.appearances = (corpus.appearances as AppearancesLine[]).flatMap(appearancesOf);
  const terms = corpus.terms as Corpus['terms'];
  terms.rows = terms.rows.map((r) => (typeof r.counts === 'string' ? { ...r, counts: decodeCounts(r.counts) as number[] } : r));
  const texts = new Map((corpus.documents as Corpus['documents']).map((d) => [d.id, d.text]));
  for (const s of ['quotes', 'unattributed'] as const)
    if (corpus[s]) corpus[s] = (corpus[s] as QuoteLine[]).map((q) => (q.text === undefined ? withQuoteText(q, texts.get(q.documentId)?.slice(q.start, q.end) ?? '') : q));
  corpus.speakers = withSpeakerNames(corpus.speakers as SpeakerLine[], (corpus.speakerNames as SpeakerNamesLine[] | undefined) ?? []);
  if (corpus.evidence) corpus.speakers = withEvidenceLines(corpus.speakers as Corpus['speakers'], corpus.evidence as EvidenceLine[]);
  delete corpus.evidence;
  delete corpus.speakerNames;
  return corpus as Corpus;
}
