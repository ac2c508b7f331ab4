import type { Speaker } from '../corpus';
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

export function computeSpeakerRows(index: CorpusIndex, speakers: readonly Speaker[]): SpeakerRow[] {
  return speakers.map((s) => {
    const i = index.speakerPos.get(s.id)!;
    return {
      id: s.id,
      name: s.name,
      country: s.country ?? '',
      countryName: countryName(s.country),
      role: roleLabel(s.role),
      affiliations: s.affiliations.join('; '),
      events: index.eventsBySpeaker[i]!.size,
      quotes: index.quotesBySpeaker[i]!.length,
    };
  });
}

/**
 * Sorted copy: numbers descending first when `desc`, text by plain code-unit
 * order lower-cased (fast enough for 100k rows; locale collation is not).
 * Ties fall back to name so the order is stable across filter changes.
 */
export function sortSpeakerRows(rows: readonly SpeakerRow[], key: SpeakerSortKey, desc: boolean): SpeakerRow[] {
  const field = key === 'country' ? 'countryName' : key;
  const keyed = rows.map((r) => ({ r, v: typeof r[field] === 'number' ? r[field] : String(r[field]).toLowerCase(), n: r.name.toLowerCase() }));
  const dir = desc ? -1 : 1;
  keyed.sort((a, b) => (a.v < b.v ? -dir : a.v > b.v ? dir : a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  return keyed.map((k) => k.r);
}
