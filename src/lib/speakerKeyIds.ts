import type { CorpusIndex } from './corpusIndex';
import { UNSPECIFIED } from './countryName';
import { countOrganisations, organisationTable } from './organisationTable';

export type SpeakerKey = 'role' | 'country';

export interface SpeakerKeyIds {
  /** Distinct values, in first-seen order. */
  readonly keys: readonly string[];
  /** Speaker position → index into `keys`. */
  readonly keyOf: Int32Array;
}

const cache = new WeakMap<CorpusIndex, Map<SpeakerKey, SpeakerKeyIds>>();

/** Each speaker's role or country (UNSPECIFIED for none) as a small int; computed once per corpus. */
export function speakerKeyIds(index: CorpusIndex, key: SpeakerKey): SpeakerKeyIds {
  let byKey = cache.get(index);
  if (!byKey) cache.set(index, (byKey = new Map()));
  let ids = byKey.get(key);
  if (!ids) {
    const seen = new Map<string, number>();
    const keyOf = Int32Array.from(index.speakers, (s) => {
      const v = key === 'role' ? s.role : (s.country ?? UNSPECIFIED);
      let id = seen.get(v);
      if (id === undefined) seen.set(v, (id = seen.size));
      return id;
    });
    byKey.set(key, (ids = { keys: [...seen.keys()], keyOf }));
  }
  return ids;
}

/**
 * Selected speakers per role or country, most first, ties by key. `selected` is flags
 * (each speaker counts 1) or weights by speaker position (see computeSpeakerWeights).
 */
export function countSelectedBy(index: CorpusIndex, selected: Uint8Array | Int32Array, key: SpeakerKey): { key: string; count: number }[] {
  const { keys, keyOf } = speakerKeyIds(index, key);
  const counts = new Int32Array(keys.length);
  for (let i = 0; i < keyOf.length; i++) if (selected[i]) counts[keyOf[i]!]! += selected[i]!;
  const out: { key: string; count: number }[] = [];
  counts.forEach((count, k) => count && out.push({ key: keys[k]!, count }));
  return out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Selected speakers (flags, or weights by position) per organisation (spelling variants merged, see organisationTable),
 * most first, ties by name; organisations with none left out.
 */
export function countSelectedAffiliations(index: CorpusIndex, selected: Uint8Array | Int32Array): { key: string; count: number }[] {
  return countOrganisations(organisationTable(index), selected, false);
}
