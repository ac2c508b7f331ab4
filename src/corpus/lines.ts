import { z } from 'zod';
import { Appearance, Document, Event, Quote, Rejected, SCHEMA_VERSION, Speaker, SpeakerEvidence, TermRow, UnattributedQuote, Warning, type Corpus } from './schema';

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
 */
export const LINES_FORMAT = 'podium-corpus-lines';

export const LINE_SECTIONS = ['rejected', 'warnings', 'events', 'speakers', 'appearances', 'evidence', 'quotes', 'unattributed', 'vocabulary', 'termRows', 'documents'] as const;
export type LineSection = (typeof LINE_SECTIONS)[number];

/** An `evidence` line: the `evidence` of the speaker `speakerId` (at most one a speaker, and none for a speaker whose record has its own). */
export const EvidenceLine = z.object({ speakerId: Speaker.shape.id, evidence: SpeakerEvidence });
export type EvidenceLine = z.infer<typeof EvidenceLine>;

/** Each section's record schema: the element schemas of `Corpus` (vocabulary: the terms, one per line). */
export const LINE_RECORD = {
  rejected: Rejected,
  warnings: Warning,
  events: Event,
  speakers: Speaker,
  appearances: Appearance,
  evidence: EvidenceLine,
  quotes: Quote,
  unattributed: UnattributedQuote,
  vocabulary: z.string().min(1),
  termRows: TermRow,
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
  if (section === 'termRows') return corpus.terms.rows;
  if (section === 'speakers') return corpus.speakers.map(speakerLine);
  if (section === 'evidence') return evidenceLines(corpus.speakers);
  return corpus[section] ?? [];
}

/** A speaker as its `speakers` line gives it: without the evidence (an `evidence` line of its own). */
export function speakerLine({ evidence: _, ...speaker }: Corpus['speakers'][number]): Omit<Corpus['speakers'][number], 'evidence'> {
  return speaker;
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
  if (corpus.evidence) corpus.speakers = withEvidenceLines(corpus.speakers as Corpus['speakers'], corpus.evidence as EvidenceLine[]);
  delete corpus.evidence;
  return corpus as Corpus;
}
