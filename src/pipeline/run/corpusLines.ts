import {
  evidenceLines,
  LINE_SECTIONS,
  LINES_FORMAT,
  SCHEMA_VERSION,
  speakerLine,
  type LineSection,
  type LinesHeader,
} from '../../corpus';
import type { StreamedCorpus } from '../index';
import { ByteSink, writeValue } from './corpusJson';

/** Whether `out` names a corpus-lines file (corpus.jsonl, x.ndjson) rather than one JSON document. */
export const isLinesPath = (out: string): boolean => /\.(jsonl|ndjson)$/i.test(out);

/** A section's records, in memory or made as they are read (a RecordStream has a length too). */
function sectionOf(corpus: StreamedCorpus, section: LineSection): Iterable<unknown> & { readonly length: number } {
  if (section === 'vocabulary') return corpus.terms.vocabulary;
  if (section === 'termRows') return corpus.terms.rows;
  // the evidence after the appearances: the first charts need none of it
  if (section === 'speakers') return corpus.speakers.map(speakerLine);
  if (section === 'evidence') return evidenceLines(corpus.speakers);
  return corpus[section] ?? [];
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
  const counts: LinesHeader['counts'] = {};
  for (const section of LINE_SECTIONS) counts[section] = sectionOf(corpus, section).length;
  const header: LinesHeader = { format: LINES_FORMAT, schemaVersion: SCHEMA_VERSION, counts };
  out.text(`${JSON.stringify(header)}\n`);
  for (const section of LINE_SECTIONS) {
    const prefix = `[${JSON.stringify(section)},`;
    for (const record of sectionOf(corpus, section)) {
      out.ascii(prefix);
      writeValue(record, out);
      out.ascii(']\n');
      if (out.full) yield* out.take();
    }
  }
  yield* out.take();
}
