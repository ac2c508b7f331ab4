import { corpusRecords, linesHeader, type Corpus } from '../../corpus';

/**
 * A corpus as the lines the CLI writes (src/pipeline/run/corpusLines.ts, pinned
 * to this by its test): the header, then one `[section, record]` per line.
 */
export function publishLines(corpus: Corpus): string[] {
  return [JSON.stringify(linesHeader(corpus)), ...[...corpusRecords(corpus)].map((r) => JSON.stringify(r))];
}

/** The lines as a file's bytes, each line ended by "\n". */
export const linesBody = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(lines.map((l) => `${l}\n`).join(''));

/** A stream of `body` in chunks of `chunk` bytes (cutting through lines and characters). */
export function streamOf(body: Uint8Array, chunk = 64): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= body.length) return c.close();
      c.enqueue(body.slice(at, (at += chunk)));
    },
  });
}
