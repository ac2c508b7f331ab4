import type { Appearance, Event, Quote, Speaker } from '../corpus';
import { UNSPECIFIED } from './countryName';

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
 * Distinct speakers per event, split by role or country. Events with no selected
 * speaker are left out; dated events are sorted by date, undated by title.
 */
export function computeEventStacks(
  events: ReadonlyMap<string, Event>,
  speakers: ReadonlyMap<string, Speaker>,
  records: readonly (Appearance | Quote)[],
  split: 'role' | 'country',
  maxSeries = 7,
): EventStacks {
  const seen = new Map<string, Set<string>>();
  for (const r of records) {
    let set = seen.get(r.eventId);
    if (!set) seen.set(r.eventId, (set = new Set()));
    set.add(r.speakerId);
  }
  const valueOf = (id: string) => {
    const s = speakers.get(id);
    return !s ? UNSPECIFIED : split === 'role' ? s.role : (s.country ?? UNSPECIFIED);
  };
  const totals = new Map<string, number>();
  for (const set of seen.values()) for (const id of set) totals.set(valueOf(id), (totals.get(valueOf(id)) ?? 0) + 1);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const series = ranked.length > maxSeries + 1 ? [...ranked.slice(0, maxSeries), OTHER_SERIES] : ranked;
  const slot = new Map(series.map((k, i) => [k, i]));
  const stacks: EventStack[] = [];
  for (const [eventId, set] of seen) {
    const event = events.get(eventId);
    if (!event) continue;
    const values = series.map(() => 0);
    for (const id of set) values[slot.get(valueOf(id)) ?? series.length - 1]! += 1;
    stacks.push({ event, total: set.size, values });
  }
  const dated = stacks.filter((s) => s.event.date !== null).sort((a, b) => (a.event.date! < b.event.date! ? -1 : a.event.date! > b.event.date! ? 1 : a.event.title.localeCompare(b.event.title)));
  const undated = stacks.filter((s) => s.event.date === null).sort((a, b) => a.event.title.localeCompare(b.event.title));
  return { series, dated, undated };
}
