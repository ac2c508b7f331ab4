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
