import { closeSync, openSync, readSync } from 'node:fs';
import { LinesHeader } from '../src/corpus';

/** A corpus-lines file's header (its first line), read without loading the file: it may be gigabytes. */
export function readLinesHeader(path: string): LinesHeader {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(1 << 16);
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return LinesHeader.parse(JSON.parse(head.toString('utf8').split('\n')[0]!));
}
