import { corpusRecords, linesHeader, type LineSection } from '../../corpus';
import type { StreamedCorpus } from '../index';
import { ByteSink, writeValue } from './corpusJson';

/** Whether `out` names a corpus-lines file (corpus.jsonl, x.ndjson) rather than one JSON document. */
export const isLinesPath = (out: string): boolean => /\.(jsonl|ndjson)$/i.test(out);

/**
 * The corpus as lines (src/corpus/lines.ts) in UTF-8 chunks of about `size`
 * bytes: the header, then `[section, record]` per line. JSON.stringify escapes
 * line breaks inside strings, so every record is exactly one line.
 */
export function* corpusLinesChunks(corpus: StreamedCorpus, size = 1 << 22): Generator<Uint8Array> {
  const out = new ByteSink(size);
  // the documents (a stream, perhaps) go through on their own, after the other sections (they come last)
  const rest = { ...corpus, documents: [] };
  const header = linesHeader(rest);
  header.counts.documents = corpus.documents.length;
  out.text(`${JSON.stringify(header)}\n`);
  let section = '';
  let prefix = '';
  const records = function* (): Generator<[LineSection, unknown]> {
    yield* corpusRecords(rest);
    for (const d of corpus.documents) yield ['documents', d];
  };
  for (const [s, record] of records()) {
    if (s !== section) {
      section = s;
      prefix = `[${JSON.stringify(s)},`;
    }
    out.ascii(prefix);
    writeValue(record, out);
    out.ascii(']\n');
    if (out.full) yield* out.take();
  }
  yield* out.take();
}
