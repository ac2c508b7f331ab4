import type { Speaker } from '../corpus';
import { UNSPECIFIED } from './countryName';

export interface Count {
  readonly key: string;
  readonly count: number;
}

/** Count speakers by one attribute, most frequent first, ties by key; stable for equal input. */
export function countSpeakers(speakers: readonly Speaker[], key: (s: Speaker) => string | readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const s of speakers) {
    const k = key(s);
    for (const v of typeof k === 'string' ? [k] : new Set(k)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const byCountry = (s: Speaker) => s.country ?? UNSPECIFIED;
export const byRole = (s: Speaker) => s.role;
export const byAffiliation = (s: Speaker) => s.affiliations;

export const OTHER = '__other__';

/**
 * Keep the first `n` counts and fold the rest into one "other" row, so a chart
 * stays readable (and cheap) with hundreds of values. `keep` values are never
 * folded (a selected bar must stay visible).
 */
export function capCounts(counts: readonly Count[], n: number, keep: readonly string[] = []): Count[] {
  if (counts.length <= n + 1) return [...counts];
  const head = counts.slice(0, n);
  const rest = counts.slice(n);
  const kept = rest.filter((c) => keep.includes(c.key));
  // every one past the cut kept: nothing to fold, no empty "other" row
  if (kept.length === rest.length) return [...head, ...kept];
  const other = rest.reduce((sum, c) => sum + (keep.includes(c.key) ? 0 : c.count), 0);
  return [...head, ...kept, { key: OTHER, count: other }];
}
