import { corpusRecords, linesHeader, type Corpus } from '../../corpus';
import { ByteSink, writeValue } from './corpusJson';

/** Whether `out` names a corpus-lines file (corpus.jsonl, x.ndjson) rather than one JSON document. */
export const isLinesPath = (out: string): boolean => /\.(jsonl|ndjson)$/i.test(out);

/**
 * The corpus as lines (src/corpus/lines.ts) in UTF-8 chunks of about `size`
 * bytes: the header, then `[section, record]` per line. JSON.stringify escapes
 * line breaks inside strings, so every record is exactly one line.
 */
export function* corpusLinesChunks(corpus: Corpus, size = 1 << 22): Generator<Uint8Array> {
  const out = new ByteSink(size);
  out.text(`${JSON.stringify(linesHeader(corpus))}\n`);
  let section = '';
  let prefix = '';
  for (const [s, record] of corpusRecords(corpus)) {
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
