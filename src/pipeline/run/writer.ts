import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Written bytes: their sha256 (hex) and how many. */
export interface Written {
  sha256: string;
  bytes: number;
}

/** Write next to the target, then rename: readers never see half a file. */
export function writeAtomic(path: string, data: string | Uint8Array): Written {
  return writeChunksAtomic(path, [data]);
}

/**
 * Atomic write of a sequence of chunks (each written before the next is asked
 * for), hashing as it goes: a large corpus is never one string (V8 caps strings
 * near 512 MB). If the chunks or the disk fail, the temporary file is removed
 * and `path` is left as it was.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): Written {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const hash = createHash('sha256');
  let bytes = 0;
  const fd = openSync(tmp, 'w');
  try {
    try {
      for (const chunk of chunks) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        hash.update(buf);
        bytes += buf.length;
        for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return { sha256: hash.digest('hex'), bytes };
}
