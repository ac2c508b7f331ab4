import type { CorpusIndex } from './corpusIndex';
import { countryName } from './countryName';
import { roleLabel } from './roleLabel';

/** One speakers-table row; also the CSV export's record (a type alias, so it indexes as a record). */
export type SpeakerRow = {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly countryName: string;
  readonly role: string;
  readonly affiliations: string;
  readonly events: number;
  readonly quotes: number;
};

export type SpeakerSortKey = 'name' | 'country' | 'role' | 'affiliations' | 'events' | 'quotes';

/** Rows for the speakers at these positions, in that order. */
export function computeSpeakerRows(index: CorpusIndex, positions: Iterable<number>): SpeakerRow[] {
  const rows: SpeakerRow[] = [];
  for (const i of positions) {
    const s = index.speakers[i]!;
    rows.push({
      id: s.id,
      name: s.name,
      country: s.country ?? '',
      countryName: countryName(s.country),
      role: roleLabel(s.role),
      affiliations: s.affiliations.join('; '),
      events: index.eventsBySpeaker[i]!.size,
      quotes: index.quotesBySpeaker[i]!.length,
    });
  }
  return rows;
}

const orders = new WeakMap<CorpusIndex, Map<string, Int32Array>>();

/**
 * All speaker positions in table order for `key` (numbers first-largest when
 * `desc`; ties by name). Computed once per corpus and key, so re-sorting a
 * filtered table is a filter over this order, not a sort.
 */
export function speakerOrder(index: CorpusIndex, key: SpeakerSortKey, desc: boolean): Int32Array {
  let cache = orders.get(index);
  if (!cache) orders.set(index, (cache = new Map()));
  const id = `${key}/${desc}`;
  let order = cache.get(id);
  if (!order) {
    const rows = computeSpeakerRows(index, index.speakers.keys());
    const field = key === 'country' ? 'countryName' : key;
    const v = rows.map((r) => (typeof r[field] === 'number' ? r[field] : String(r[field]).toLowerCase()));
    const n = rows.map((r) => r.name.toLowerCase());
    const dir = desc ? -1 : 1;
    order = Int32Array.from(rows.keys()).sort((a, b) => (v[a]! < v[b]! ? -dir : v[a]! > v[b]! ? dir : n[a]! < n[b]! ? -1 : n[a]! > n[b]! ? 1 : a - b));
    cache.set(id, order);
  }
  return order;
}

/** Positions of the speakers with `selected(position)`, in table order. */
export function sortedSpeakerPositions(index: CorpusIndex, selected: (pos: number) => boolean, key: SpeakerSortKey, desc: boolean): number[] {
  const out: number[] = [];
  for (const p of speakerOrder(index, key, desc)) if (selected(p)) out.push(p);
  return out;
}
