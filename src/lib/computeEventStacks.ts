import type { Event } from '../corpus';
import type { CorpusIndex } from './corpusIndex';
import { speakerKeyIds } from './speakerKeyIds';

export interface EventStack {
  readonly event: Event;
  readonly total: number;
  /** Distinct speakers per series value, in `series` order; zero entries kept so stacks align. */
  readonly values: readonly number[];
}

export interface EventStacks {
  /** Series keys (roles or country codes), largest overall first; rare ones folded into "other". */
  readonly series: readonly string[];
  readonly dated: readonly EventStack[];
  readonly undated: readonly EventStack[];
}

export const OTHER_SERIES = '__other__';

/**
 * Distinct selected speakers (flags by speaker position) per event, from the
 * index's event → speakers lists, split by role or country. Events with no selected speaker are left
 * out; dated events are sorted by date, undated by title.
 */
export function computeEventStacks(index: CorpusIndex, selected: Uint8Array, split: 'role' | 'country', maxSeries = 7): EventStacks {
  const { speakersByEvent, corpus } = index;
  const { keys, keyOf } = speakerKeyIds(index, split);
  const keyIds = new Map(keys.map((k, i) => [k, i]));
  const totals = new Int32Array(keys.length);
  const perEvent: { e: number; counts: Int32Array; total: number }[] = [];
  speakersByEvent.forEach((list, e) => {
    let counts: Int32Array | undefined;
    let total = 0;
    for (const sp of list) {
      if (!selected[sp]) continue;
      counts ??= new Int32Array(keys.length);
      counts[keyOf[sp]!]! += 1;
      totals[keyOf[sp]!]! += 1;
      total++;
    }
    if (counts) perEvent.push({ e, counts, total });
  });
  const ranked = keys.map((k, i) => [k, totals[i]!] as const).filter(([, n]) => n > 0);
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const series = ranked.length > maxSeries + 1 ? [...ranked.slice(0, maxSeries).map(([k]) => k), OTHER_SERIES] : ranked.map(([k]) => k);
  const slotOfKey = new Int32Array(keys.length).fill(series.length - 1);
  series.forEach((k, i) => k !== OTHER_SERIES && (slotOfKey[keyIds.get(k)!] = i));
  const stacks: EventStack[] = perEvent.map(({ e, counts, total }) => {
    const values = series.map(() => 0);
    counts.forEach((n, k) => n && (values[slotOfKey[k]!]! += n));
    return { event: corpus.events[e]!, total, values };
  });
  const byDate = (a: EventStack, b: EventStack) =>
    a.event.date! < b.event.date! ? -1 : a.event.date! > b.event.date! ? 1 : a.event.title.localeCompare(b.event.title);
  const dated = stacks.filter((s) => s.event.date !== null).sort(byDate);
  const undated = stacks.filter((s) => s.event.date === null).sort((a, b) => a.event.title.localeCompare(b.event.title));
  return { series, dated, undated };
}
