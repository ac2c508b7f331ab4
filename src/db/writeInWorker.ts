import type { Chunk } from './database';
import { packedQuoteBuffers } from './packQuotes';

export interface WriteRequest {
  dbName: string;
  id: number;
  chunks: Chunk[];
}
export type WriteReply = { id: number; chunks: Chunk[]; error?: undefined } | { id: number; error: { name: string; message: string } };

/** Chunk writes handed to a worker of their own (chunkWriter.ts). */
export interface ChunkWriter {
  /** Store `chunks` (their buffers are moved away meanwhile); resolves with them, moved back, once stored. Rejects with IndexedDB's error name (a quota error stays one). */
  put(chunks: Chunk[]): Promise<Chunk[]>;
  close(): void;
}

/**
 * A chunk writer storing into database `dbName` (from a worker: workers may start workers). Its
 * worker starts with the first write: a load holds back the first sections' chunks until the page
 * has them, and a worker starting meanwhile (fetching and evaluating its module, opening the
 * database) took CPU from reading them on a host with cores to spare for neither.
 */
export function startChunkWriter(dbName: string): ChunkWriter {
  let worker: Worker | undefined;
  const waiting = new Map<number, { ok: (c: Chunk[]) => void; fail: (e: Error) => void }>();
  let next = 0;
  const start = (): Worker => {
    const w = new Worker(new URL('./chunkWriter.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<WriteReply>) => {
      const m = e.data;
      const p = waiting.get(m.id);
      waiting.delete(m.id);
      if (!p) return;
      if (m.error) p.fail(Object.assign(new Error(m.error.message), { name: m.error.name }));
      else p.ok(m.chunks);
    };
    w.onerror = (e) => {
      for (const p of waiting.values()) p.fail(new Error(e.message || 'the chunk writer failed'));
      waiting.clear();
    };
    return w;
  };
  return {
    put(chunks) {
      const id = next++;
      return new Promise<Chunk[]>((ok, fail) => {
        waiting.set(id, { ok, fail });
        const m: WriteRequest = { dbName, id, chunks };
        (worker ??= start()).postMessage(m, buffersOf(chunks));
      });
    },
    close: () => worker?.terminate(),
  };
}

/** The chunks' byte buffers, moved rather than copied. */
export function buffersOf(chunks: readonly Chunk[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const c of chunks) {
    if (c.lines) out.push(c.lines.buffer as ArrayBuffer);
    if (c.quotes) out.push(...packedQuoteBuffers(c.quotes));
    if (c.table === 'termRows') {
      const p = c.rows[0] as { kinds: Uint8Array; offsets: Int32Array; flat: Int32Array | Uint16Array };
      out.push(p.kinds.buffer as ArrayBuffer, p.offsets.buffer as ArrayBuffer, p.flat.buffer as ArrayBuffer);
    }
  }
  return out;
}
