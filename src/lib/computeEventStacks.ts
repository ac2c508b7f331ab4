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
export function computeEventStacks(
  index: CorpusIndex,
  selected: Uint8Array,
  split: 'role' | 'country',
  maxSeries = 7,
  counted?: Counted,
): EventStacks {
  const { corpus } = index;
  const units = counted?.units ?? countUnits(index, 'event');
  const { keys, keyOf } = speakerKeyIds(index, split);
  const nKeys = keys.length;
  const totals = new Int32Array(nKeys);
  // one flat table of event × key counts: a typed array per event was ~400 small buffers a click
  const counts = new Int32Array(corpus.events.length * nKeys);
  const eventTotal = new Int32Array(corpus.events.length);
  for (let u = 0; u < units.speaker.length; u++) {
    const sp = units.speaker[u]!;
    const e = units.event[u]!;
    if (e < 0 || !selected[sp] || (counted && !counted.flags[u])) continue;
    counts[e * nKeys + keyOf[sp]!]! += 1;
    eventTotal[e]! += 1;
    totals[keyOf[sp]!]! += 1;
  }
  const ranked: [string, number][] = [];
  for (let k = 0; k < nKeys; k++) if (totals[k]! > 0) ranked.push([keys[k]!, totals[k]!]);
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const series =
    ranked.length > maxSeries + 1
      ? [...ranked.slice(0, maxSeries).map(([k]) => k), OTHER_SERIES]
      : ranked.map(([k]) => k);
  const keyIds = new Map(keys.map((k, i) => [k, i]));
  const slotOfKey = new Int32Array(nKeys).fill(series.length - 1);
  series.forEach((k, i) => k !== OTHER_SERIES && (slotOfKey[keyIds.get(k)!] = i));
  const stackOf = (e: number): EventStack => {
    const values = series.map(() => 0);
    for (let k = 0, at = e * nKeys; k < nKeys; k++, at++) if (counts[at]) values[slotOfKey[k]!]! += counts[at]!;
    return { event: corpus.events[e]!, total: eventTotal[e]!, values };
  };
  // in the corpus's event order (sorted once), so no sort per click
  const { dated: datedOrder, undated: undatedOrder } = eventOrder(index);
  const dated: EventStack[] = [];
  const undated: EventStack[] = [];
  for (let i = 0; i < datedOrder.length; i++) if (eventTotal[datedOrder[i]!]) dated.push(stackOf(datedOrder[i]!));
  for (let i = 0; i < undatedOrder.length; i++)
    if (eventTotal[undatedOrder[i]!]) undated.push(stackOf(undatedOrder[i]!));
  return { series, dated, undated };
}

const orders = new WeakMap<CorpusIndex, { dated: Int32Array; undated: Int32Array }>();

/**
 * Event positions in the order the timeline lists them: dated events by date, then title;
 * undated ones by title; ties in corpus order (a stable sort). Any subset of events, kept in
 * this order, is that subset sorted the same way. Built once per corpus.
 */
export function eventOrder(index: CorpusIndex): { dated: Int32Array; undated: Int32Array } {
  let order = orders.get(index);
  if (!order) {
    const events = index.corpus.events;
    const positions = events.map((_, i) => i);
    const byDate = (a: number, b: number) => {
      const x = events[a]!;
      const y = events[b]!;
      return x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : x.title.localeCompare(y.title);
    };
    const dated = positions.filter((e) => events[e]!.date !== null).sort(byDate);
    const undated = positions
      .filter((e) => events[e]!.date === null)
      .sort((a, b) => events[a]!.title.localeCompare(events[b]!.title));
    orders.set(index, (order = { dated: Int32Array.from(dated), undated: Int32Array.from(undated) }));
  }
  return order;
}
