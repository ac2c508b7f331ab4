/// <reference lib="webworker" />
/**
 * Writes chunks into IndexedDB for the corpus loader's worker (linesWorker.ts),
 * so that storing runs beside reading instead of after it: IndexedDB's `put`
 * serialises a value on the calling thread, about a quarter of that worker's
 * time at 10,000 articles (bench/README.md). One message a write: the chunks
 * (their buffers moved here), answered with the same chunks (moved back) or
 * the error's name and message.
 */
import type { PodiumDb } from './database';
import { openDatabase } from './database';
import { buffersOf, type WriteReply, type WriteRequest } from './writeInWorker';

let db: PodiumDb | undefined;

self.onmessage = async (e: MessageEvent<WriteRequest>) => {
  const { dbName, id, chunks } = e.data;
  const reply = (m: WriteReply, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);
  try {
    db ??= openDatabase(dbName);
    await db.chunks.bulkPut(chunks);
    reply({ id, chunks }, buffersOf(chunks));
  } catch (error) {
    reply({ id, error: describeError(error) });
  }
};

/** The error's name as IndexedDB gave it (Dexie wraps it as `inner`): a quota error must stay one. */
function describeError(e: unknown): { name: string; message: string } {
  for (let x = e as { name?: string; message?: string; inner?: unknown } | undefined; x; x = x.inner as typeof x) if (x.name === 'QuotaExceededError') return { name: x.name, message: x.message ?? '' };
  const err = e as { name?: string; message?: string };
  return { name: err?.name ?? 'Error', message: err?.message ?? String(e) };
}
