import type { PodiumDb } from './database';

/**
 * Run `fn` while holding the database's corpus lock (Web Locks, shared by every
 * tab of the origin): two tabs loading at once take turns, so each load's
 * cleanup of stale generations never deletes one another tab is still writing,
 * and the last switch wins whole. Where Web Locks are missing (Node tests) it
 * just runs.
 */
export function withCorpusLock<T>(db: PodiumDb, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request(`podium-corpus:${db.name}`, fn) as Promise<T>) : fn();
}

/** This page, in its messages: it does not hear its own. */
const PAGE = Math.random().toString(36).slice(2);

/** Tell the other tabs that a new corpus is stored (after its generation became current). */
export function announceStored(db: PodiumDb): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(`podium-corpus:${db.name}`);
  channel.postMessage({ stored: PAGE });
  channel.close();
}

/** Call `onStored` when another tab has stored a new corpus; returns the unsubscribe. */
export function onStoredElsewhere(db: PodiumDb, onStored: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(`podium-corpus:${db.name}`);
  channel.onmessage = (e: MessageEvent<{ stored?: string }>) => {
    if (e.data?.stored && e.data.stored !== PAGE) onStored();
  };
  return () => channel.close();
}
