/** One organisation of an alias table: its name and every spelling that means it. */
export interface OrganisationAlias {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * The key two spellings of one organisation share: accents, case, "the", "&",
 * apostrophes and full stops ("U.N." = "UN", "Women's" = "Womens"), other
 * punctuation and runs of spaces folded ("Iranian-French" = "Iranian French").
 */
export function organisationKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Each spelling → the one name its organisation is shown under. Spellings
 * with the same key are one organisation, and so are the spellings an alias
 * table lists together (named as the table names them). Otherwise a group is
 * named by its most used spelling (`uses`, e.g. speakers per spelling), ties
 * by code-unit order, which puts capitalised spellings first ("Iranian
 * Community" before "Iranian community"). Spellings not in `names` are not in
 * the result. `key` is organisationKey, or a memo of it.
 */
export function computeOrganisationNames(
  names: Iterable<string>,
  aliases: readonly OrganisationAlias[] = [],
  uses: ReadonlyMap<string, number> = new Map(),
  key: (name: string) => string = organisationKey,
): Map<string, string> {
  const tableName = new Map<string, string>();
  for (const o of aliases) for (const a of [o.name, ...o.aliases]) tableName.set(key(a), o.name);
  // a group is the table's name, or the key (a spelling with no letters or digits keeps itself)
  const groups = new Map<string, { named?: string; members: string[] }>();
  for (const n of new Set(names)) {
    const k = key(n);
    const named = tableName.get(k);
    const id = named !== undefined ? `=${named}` : `~${k || n}`;
    const g = groups.get(id);
    if (g) g.members.push(n);
    else groups.set(id, { named, members: [n] });
  }
  const out = new Map<string, string>();
  for (const { named, members } of groups.values()) {
    const name = named ?? pickName(members, uses);
    for (const m of members) out.set(m, name);
  }
  return out;
}

function pickName(members: readonly string[], uses: ReadonlyMap<string, number>): string {
  let best = members[0]!;
  for (const m of members.slice(1)) {
    const d = (uses.get(m) ?? 0) - (uses.get(best) ?? 0);
    if (d > 0 || (d === 0 && m < best)) best = m;
  }
  return best;
}
