import type { Count } from './countSpeakers';
import { organisationKey } from './organisationNames';
import { organisationId, type OrganisationTable } from './organisationTable';

export interface OrganisationMatches {
  /** The best `limit` matches: names starting with the query first, then a word starting with it, then containing it; then most speakers. */
  readonly items: Count[];
  /** How many organisations match in all. */
  readonly total: number;
}

/**
 * Typeahead over organisations: `counts` (shown name → speakers, as countOrganisations
 * gives them) filtered by `query`, folded as names are (case, accents, punctuation),
 * against the shown name and every spelling the corpus uses ("mojahedin" finds
 * "PMOI/MEK"). An empty query lists them all, most speakers first.
 */
export function searchOrganisations(table: OrganisationTable, counts: readonly Count[], query: string, limit = 50): OrganisationMatches {
  const q = organisationKey(query);
  const ranked: { c: Count; rank: number }[] = [];
  for (const c of counts) {
    const id = organisationId(table, c.key);
    const rank = q ? matchRank(id === undefined ? [organisationKey(c.key)] : table.keys[id]!, q) : 0;
    if (rank < 3) ranked.push({ c, rank });
  }
  // a stable sort keeps `counts`'s order (most speakers first) within a rank
  ranked.sort((a, b) => a.rank - b.rank);
  return { items: ranked.slice(0, limit).map((r) => r.c), total: ranked.length };
}

/** 0: a key starts with the query; 1: a word in a key does; 2: a key contains it; 3: no match. */
function matchRank(keys: readonly string[], q: string): number {
  let best = 3;
  for (const k of keys) {
    if (k.startsWith(q)) return 0;
    if (best > 1 && k.includes(` ${q}`)) best = 1;
    else if (best > 2 && k.includes(q)) best = 2;
  }
  return best;
}
