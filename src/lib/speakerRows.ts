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
  /** The speaker's counted units in the selection: events, or article mentions (see CountMode). */
  readonly counted: number;
  /** The speaker's quotes in the selection. */
  readonly quotes: number;
};

/** What the numeric columns show, by speaker position (see computeSpeakerWeights, countQuotesPerSpeaker). */
export interface SpeakerCounts {
  readonly counted: Int32Array;
  readonly quotes: Int32Array;
}

export type SpeakerSortKey = 'name' | 'country' | 'role' | 'affiliations' | 'counted' | 'quotes';
type TextKey = Exclude<SpeakerSortKey, 'counted' | 'quotes'>;

/** Rows for the speakers at these positions, in that order. */
export function computeSpeakerRows(index: CorpusIndex, positions: Iterable<number>, counts: SpeakerCounts): SpeakerRow[] {
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
      counted: counts.counted[i]!,
      quotes: counts.quotes[i]!,
    });
  }
  return rows;
}

const orders = new WeakMap<CorpusIndex, Map<string, Int32Array>>();

/**
 * All speaker positions in table order for a text column (ties by name).
 * Computed once per corpus and key, so re-sorting a filtered table is a filter
 * over this order, not a sort.
 */
export function speakerOrder(index: CorpusIndex, key: TextKey, desc: boolean): Int32Array {
  let cache = orders.get(index);
  if (!cache) orders.set(index, (cache = new Map()));
  const id = `${key}/${desc}`;
  let order = cache.get(id);
  if (!order) {
    const field = key === 'country' ? 'countryName' : key;
    const v = index.speakers.map((s) => {
      if (field === 'countryName') return countryName(s.country).toLowerCase();
      if (field === 'role') return roleLabel(s.role).toLowerCase();
      if (field === 'affiliations') return s.affiliations.join('; ').toLowerCase();
      return s.name.toLowerCase();
    });
    const n = index.speakers.map((s) => s.name.toLowerCase());
    const dir = desc ? -1 : 1;
    order = Int32Array.from(v.keys()).sort((a, b) => (v[a]! < v[b]! ? -dir : v[a]! > v[b]! ? dir : n[a]! < n[b]! ? -1 : n[a]! > n[b]! ? 1 : a - b));
    cache.set(id, order);
  }
  return order;
}

/**
 * Positions of the speakers with `selected(position)`, in table order. Numeric
 * columns hold counts within the selection, which change with every filter: they
 * are ordered by a counting sort over the name order (O(speakers), ties by name).
 */
export function sortedSpeakerPositions(index: CorpusIndex, selected: (pos: number) => boolean, key: SpeakerSortKey, desc: boolean, counts: SpeakerCounts): number[] {
  if (key !== 'counted' && key !== 'quotes') {
    const out: number[] = [];
    const order = speakerOrder(index, key, desc);
    for (let k = 0; k < order.length; k++) if (selected(order[k]!)) out.push(order[k]!);
    return out;
  }
  const values = counts[key];
  const byName: number[] = [];
  let max = 0;
  const byNameOrder = speakerOrder(index, 'name', false);
  for (let k = 0; k < byNameOrder.length; k++) {
    const p = byNameOrder[k]!;
    if (!selected(p)) continue;
    byName.push(p);
    if (values[p]! > max) max = values[p]!;
  }
  const start = new Int32Array(max + 2);
  for (const p of byName) start[(desc ? max - values[p]! : values[p]!) + 1]! += 1;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const out = new Array<number>(byName.length);
  for (const p of byName) out[start[desc ? max - values[p]! : values[p]!]!++] = p;
  return out;
}
