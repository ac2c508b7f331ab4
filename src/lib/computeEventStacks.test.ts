import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { computeEventStacks, eventOrder, OTHER_SERIES, type EventStack, type EventStacks } from './computeEventStacks';
import { buildIndex, type CorpusIndex } from './corpusIndex';
import { computeCounted, countUnits, type Counted, type CountMode } from './countUnits';
import { EMPTY_FILTERS } from './filters';
import { speakerKeyIds } from './speakerKeyIds';

/** computeEventStacks as first written (a counts array per event, sorted on every call): the reference. */
function reference(index: CorpusIndex, selected: Uint8Array, split: 'role' | 'country', maxSeries = 7, counted?: Counted): EventStacks {
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
  const byDate = (a: EventStack, b: EventStack) => (a.event.date! < b.event.date! ? -1 : a.event.date! > b.event.date! ? 1 : a.event.title.localeCompare(b.event.title));
  const dated = stacks.filter((s) => s.event.date !== null).sort(byDate);
  const undated = stacks.filter((s) => s.event.date === null).sort((a, b) => a.event.title.localeCompare(b.event.title));
  return { series, dated, undated };
}

/** Many events with shared dates and titles (ties), undated ones, and speakers spread over them. */
function manyEvents(): Corpus {
  const c = smallCorpus();
  const titles = ['Summit', 'summit', 'Forum', 'Ärzte Forum', 'Zoo talks', 'Forum'];
  const dates = ['2021-03-01', '2021-02-28', null, '2021-03-01', '2020-12-31', null];
  const events = Array.from({ length: 30 }, (_, i) => ({ id: `x${i}`, title: titles[(i * 7) % titles.length]!, date: dates[(i * 5) % dates.length]!, documentIds: ['d4'] }));
  const appearances = Array.from({ length: 120 }, (_, i) => ({ speakerId: c.speakers[(i * 3) % 5]!.id, eventId: events[(i * 11) % events.length]!.id, documentId: 'd4' }));
  return { ...c, events: [...c.events, ...events], appearances: [...c.appearances, ...appearances] };
}

describe('computeEventStacks against the reference', () => {
  const index = buildIndex(manyEvents());
  const n = index.speakers.length;
  const selections = Array.from({ length: 1 << n }, (_, bits) => Uint8Array.from({ length: n }, (_, i) => (bits >> i) & 1));
  it.each<['role' | 'country', number, CountMode | undefined]>([
    ['role', 7, undefined],
    ['country', 1, undefined],
    ['country', 7, 'article'],
    ['role', 2, 'event'],
  ])('split by %s, %i series, counted %s: the same stacks for every selection', (split, maxSeries, mode) => {
    const counted = mode && computeCounted(index, mode, EMPTY_FILTERS);
    for (const selected of selections) expect(computeEventStacks(index, selected, split, maxSeries, counted)).toEqual(reference(index, selected, split, maxSeries, counted));
  });
});

describe('eventOrder', () => {
  it('lists dated events by date then title and undated ones by title, ties in corpus order, once per corpus', () => {
    const index = buildIndex(manyEvents());
    const { dated, undated } = eventOrder(index);
    const ids = (xs: Int32Array) => Array.from(xs, (e) => index.corpus.events[e]!.id);
    expect(dated.length + undated.length).toBe(index.corpus.events.length);
    expect(ids(undated)[0]).toBe('e3');
    expect(ids(dated).slice(0, 3)).toEqual(['x2', 'x8', 'x14']);
    expect(eventOrder(index)).toBe(eventOrder(index));
  });
});
