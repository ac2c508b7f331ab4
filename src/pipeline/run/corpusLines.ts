import {
  evidenceLines,
  groupAppearances,
  LINE_SECTIONS,
  LINES_FORMAT,
  quoteLine,
  SCHEMA_VERSION,
  termRowLine,
  speakerLine,
  speakerNamesLines,
  type LineSection,
  type LinesHeader,
} from '../../corpus';
import type { StreamedCorpus } from '../index';
import { ByteSink, turn, writeValue, type MadeSections } from './corpusJson';

/** Whether `out` names a corpus-lines file (corpus.jsonl, x.ndjson) rather than one JSON document. */
export const isLinesPath = (out: string): boolean => /\.(jsonl|ndjson)$/i.test(out);

/** A section's records, in memory or made as they are read (a RecordStream has a length too). */
function sectionOf(corpus: StreamedCorpus, section: LineSection): Iterable<unknown> & { readonly length: number } {
  if (section === 'vocabulary') return corpus.terms.vocabulary;
  if (section === 'termRows') return corpus.terms.rows;
  // the evidence after the appearances: the first charts need none of it
  if (section === 'speakers') return corpus.speakers.map(speakerLine);
  // their aliases and titles after the appearances too (src/corpus/lines.ts)
  if (section === 'speakerNames') return speakerNamesLines(corpus.speakers);
  if (section === 'evidence') return evidenceLines(corpus.speakers);
  // one line a document and event, naming its speakers
  if (section === 'appearances') return groupAppearances(corpus.appearances);
  return corpus[section] ?? [];
}

/** The header line: the format and each section's count. */
function writeHeader(corpus: StreamedCorpus, out: ByteSink): void {
  const counts: LinesHeader['counts'] = {};
  for (const section of LINE_SECTIONS) counts[section] = sectionOf(corpus, section).length;
  const header: LinesHeader = { format: LINES_FORMAT, schemaVersion: SCHEMA_VERSION, counts };
  out.text(`${JSON.stringify(header)}\n`);
}

/**
 * `[section, record]` per record into `out`, yielding each full chunk. A quote's line leaves out its
 * text, which a valid corpus makes its document's text[start, end): readers take it from there; a term
 * row's counts are packed into one string (src/corpus/lines.ts).
 */
export function* sectionLines(section: LineSection, records: Iterable<unknown>, out: ByteSink): Generator<Uint8Array> {
  const prefix = `[${JSON.stringify(section)},`;
  const line =
    section === 'quotes' || section === 'unattributed' ? quoteLine : section === 'termRows' ? termRowLine : undefined;
  for (const record of records) {
    out.ascii(prefix);
    writeValue(line ? line(record as never) : record, out);
    out.ascii(']\n');
    if (out.full) yield* out.take();
  }
}

/**
 * The corpus as lines (src/corpus/lines.ts) in UTF-8 chunks of about `size`
 * bytes: the header, then `[section, record]` per line, sections in
 * LINE_SECTIONS order, each record made only as its line is written (see
 * streamCorpus). JSON.stringify escapes line breaks inside strings, so every
 * record is exactly one line.
 */
export function* corpusLinesChunks(corpus: StreamedCorpus, size = 1 << 22): Generator<Uint8Array> {
  const out = new ByteSink(size);
  writeHeader(corpus, out);
  for (const section of LINE_SECTIONS) yield* sectionLines(section, sectionOf(corpus, section), out);
  yield* out.take();
}

/**
 * corpusLinesChunks with the sections in `made` taken as they come from
 * there (the same lines, made on other threads) instead of from `corpus`.
 */
export async function* corpusLinesMixed(
  corpus: StreamedCorpus,
  made: MadeSections,
  size = 1 << 22,
): AsyncGenerator<Uint8Array> {
  const out = new ByteSink(size);
  writeHeader(corpus, out);
  for (const section of LINE_SECTIONS) {
    const blocks = made[section as keyof MadeSections];
    if (!blocks) {
      for (const chunk of sectionLines(section, sectionOf(corpus, section), out)) {
        yield chunk;
        await turn();
      }
      continue;
    }
    yield* out.take();
    yield* blocks;
  }
  yield* out.take();
}
