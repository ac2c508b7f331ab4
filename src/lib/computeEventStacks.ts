import type { Event } from '../corpus';
import type { CorpusIndex } from './corpusIndex';
import { countUnits, type Counted } from './countUnits';
import { speakerKeyIds } from './speakerKeyIds';

export interface EventStack {
  readonly event: Event;
  readonly total: number;
  /** Counted speakers per series value, in `series` order; zero entries kept so stacks align. */
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
 * Selected speakers (flags by speaker position) per event, split by role or
 * country: each speaker once per event, or with `counted` in "article" mode once
 * per article mention, and only the units `counted.flags` keeps. Events with no
 * count are left out; dated events are sorted by date, undated by title.
 */
export function computeEventStacks(index: CorpusIndex, selected: Uint8Array, split: 'role' | 'country', maxSeries = 7, counted?: Counted): EventStacks {
  const { corpus } = index;
  const units = counted?.units ?? countUnits(index, 'event');
  const { keys, keyOf } = speakerKeyIds(index, split);
  const keyIds = new Map(keys.map((k, i) => [k, i]));
  const totals = new Int32Array(keys.length);
  const perEvent: ({ e: number; counts: Int32Array; total: number } | undefined)[] = new Array(corpus.events.length);
  for (let u = 0; u < units.speaker.length; u++) {
    const sp = units.speaker[u]!;
    const e = units.event[u]!;
    if (e < 0 || !selected[sp] || (counted && !counted.flags[u])) continue;
    const slot = (perEvent[e] ??= { e, counts: new Int32Array(keys.length), total: 0 });
    slot.counts[keyOf[sp]!]! += 1;
    slot.total++;
    totals[keyOf[sp]!]! += 1;
  }
  const ranked = keys.map((k, i) => [k, totals[i]!] as const).filter(([, n]) => n > 0);
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const series = ranked.length > maxSeries + 1 ? [...ranked.slice(0, maxSeries).map(([k]) => k), OTHER_SERIES] : ranked.map(([k]) => k);
  const slotOfKey = new Int32Array(keys.length).fill(series.length - 1);
  series.forEach((k, i) => k !== OTHER_SERIES && (slotOfKey[keyIds.get(k)!] = i));
  const stacks: EventStack[] = perEvent.flatMap((p) => (p ? [p] : [])).map(({ e, counts, total }) => {
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
