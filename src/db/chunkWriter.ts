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
import { isQuotaError } from './loadCommon';
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

/** The error's name as IndexedDB gave it: a quota error must stay one across the message (isQuotaError reads it on the other side). */
function describeError(e: unknown): { name: string; message: string } {
  if (isQuotaError(e)) return { name: 'QuotaExceededError', message: 'IndexedDB quota exceeded' };
  const err = e as { name?: string; message?: string };
  return { name: err?.name ?? 'Error', message: err?.message ?? String(e) };
}
