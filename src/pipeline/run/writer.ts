import { createHash, type Hash } from 'node:crypto';
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

/** A temporary file beside `path`, hashed as it is written, renamed to `path` when done or removed. */
class AtomicFile {
  readonly #tmp: string;
  readonly #fd: number;
  readonly #hash: Hash = createHash('sha256');
  #bytes = 0;
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.#tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.#fd = openSync(this.#tmp, 'w');
  }
  write(chunk: string | Uint8Array): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.#hash.update(buf);
    this.#bytes += buf.length;
    for (let off = 0; off < buf.length;) off += writeSync(this.#fd, buf, off);
  }
  /** `ok`: rename it to the target; else (the chunks or the disk failed) remove it. */
  close(ok: boolean): Written {
    try {
      closeSync(this.#fd);
      if (ok) renameSync(this.#tmp, this.path);
    } catch (e) {
      rmSync(this.#tmp, { force: true });
      throw e;
    }
    if (!ok) rmSync(this.#tmp, { force: true });
    return { sha256: this.#hash.digest('hex'), bytes: this.#bytes };
  }
}

/**
 * Atomic write of a sequence of chunks (each written before the next is asked
 * for), hashing as it goes: a large corpus is never one string (V8 caps strings
 * near 512 MB). If the chunks or the disk fail, the temporary file is removed
 * and `path` is left as it was.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): Written {
  const file = new AtomicFile(path);
  try {
    for (const chunk of chunks) file.write(chunk);
  } catch (e) {
    file.close(false);
    throw e;
  }
  return file.close(true);
}

/** writeChunksAtomic for chunks that come asynchronously (made on other threads). */
export async function writeChunksAtomicAsync(
  path: string,
  chunks: AsyncIterable<string | Uint8Array>,
): Promise<Written> {
  const file = new AtomicFile(path);
  try {
    for await (const chunk of chunks) file.write(chunk);
  } catch (e) {
    file.close(false);
    throw e;
  }
  return file.close(true);
}
