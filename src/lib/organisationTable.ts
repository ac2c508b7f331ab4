import { organisations as knownOrganisations } from '../../data/organisations.json';
import type { Count } from './countSpeakers';
import type { CorpusIndex } from './corpusIndex';
import { computeOrganisationNames, organisationKey, type OrganisationAlias } from './organisationNames';

/**
 * The corpus's organisations, spelling variants merged (see computeOrganisationNames),
 * interned once per corpus so counting and filtering are integer passes.
 */
export interface OrganisationTable {
  /** Organisation id → the name it is shown and filtered under. */
  readonly names: readonly string[];
  /** Organisation id → the keys (organisationKey) of its name, the spellings the corpus uses and the alias table's, for search. */
  readonly keys: readonly (readonly string[])[];
  /** Any spelling or shown name → organisation id (see organisationId for other spellings). */
  readonly idOf: ReadonlyMap<string, number>;
  /** organisationKey of any spelling, shown name or alias-table spelling → organisation id. */
  readonly idOfKey: ReadonlyMap<string, number>;
  /** Speaker i's organisation ids are `ids[start[i]] … ids[start[i + 1] - 1]` (each once). */
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

const cache = new WeakMap<CorpusIndex, OrganisationTable>();

/** The table for a corpus, built on first use; `aliases` defaults to data/organisations.json. */
export function organisationTable(index: CorpusIndex, aliases: readonly OrganisationAlias[] = knownOrganisations): OrganisationTable {
  let t = cache.get(index);
  if (!t) cache.set(index, (t = buildOrganisationTable(index.speakers, aliases)));
  return t;
}

export function buildOrganisationTable(speakers: readonly { affiliations: readonly string[] }[], aliases: readonly OrganisationAlias[]): OrganisationTable {
  const uses = new Map<string, number>();
  for (const s of speakers) for (const a of distinct(s.affiliations)) uses.set(a, (uses.get(a) ?? 0) + 1);
  // each spelling is folded once, though grouping and search both need its key
  const keyMemo = new Map<string, string>();
  const key = (name: string) => {
    let k = keyMemo.get(name);
    if (k === undefined) keyMemo.set(name, (k = organisationKey(name)));
    return k;
  };
  const shown = computeOrganisationNames(uses.keys(), aliases, uses, key);
  const names: string[] = [];
  const idOf = new Map<string, number>();
  for (const name of shown.values()) if (!idOf.has(name)) idOf.set(name, names.push(name) - 1);
  for (const [spelling, name] of shown) idOf.set(spelling, idOf.get(name)!);
  const start = new Int32Array(speakers.length + 1);
  const list: number[] = [];
  for (let i = 0; i < speakers.length; i++) {
    start[i] = list.length;
    for (const a of speakers[i]!.affiliations) {
      const id = idOf.get(a)!;
      // two spellings of one organisation on one speaker count once
      if (!list.includes(id, start[i]!)) list.push(id);
    }
  }
  start[speakers.length] = list.length;
  // the search keys are built on first use (the picker opened, an unknown spelling looked up), not on first render
  let search: { keys: string[][]; idOfKey: Map<string, number> } | undefined;
  const searchIndex = () => {
    if (search) return search;
    const keys = names.map((): string[] => []);
    const add = (id: number, spelling: string) => {
      const k = key(spelling);
      if (!keys[id]!.includes(k)) keys[id]!.push(k);
    };
    for (const [spelling, id] of idOf) add(id, spelling);
    // the alias table's spellings find its organisations too ("United Nations" finds "UN")
    for (const o of aliases) {
      const id = idOf.get(o.name);
      if (id !== undefined) for (const a of o.aliases) add(id, a);
    }
    const idOfKey = new Map<string, number>();
    keys.forEach((ks, id) => ks.forEach((k) => idOfKey.set(k, id)));
    return (search = { keys, idOfKey });
  };
  return {
    names,
    idOf,
    start,
    ids: Int32Array.from(list),
    get keys() {
      return searchIndex().keys;
    },
    get idOfKey() {
      return searchIndex().idOfKey;
    },
  };
}

/** Flags by speaker position: 1 where the speaker belongs to any of the named organisations (any spelling). */
export function speakersInOrganisations(table: OrganisationTable, values: readonly string[]): Uint8Array {
  const wanted = new Uint8Array(table.names.length);
  for (const v of values) {
    const id = organisationId(table, v);
    if (id !== undefined) wanted[id] = 1;
  }
  const out = new Uint8Array(table.start.length - 1);
  for (let i = 0; i < out.length; i++) {
    for (let k = table.start[i]!; k < table.start[i + 1]!; k++) {
      if (wanted[table.ids[k]!]) {
        out[i] = 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Selected speakers per organisation (flags, or weights by position: see computeSpeakerWeights),
 * most first, ties by name; with `zeros`, organisations with none too (last).
 */
export function countOrganisations(table: OrganisationTable, selected: Uint8Array | Int32Array, zeros = true): Count[] {
  const counts = new Int32Array(table.names.length);
  for (let i = 0; i < table.start.length - 1; i++) if (selected[i]) for (let k = table.start[i]!; k < table.start[i + 1]!; k++) counts[table.ids[k]!]! += selected[i]!;
  const out: Count[] = [];
  counts.forEach((count, id) => (count || zeros) && out.push({ key: table.names[id]!, count }));
  return out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The shown name for a filter value (a spelling from an old link, say), or the value itself if unknown. */
export function organisationName(table: OrganisationTable, value: string): string {
  const id = organisationId(table, value);
  return id === undefined ? value : table.names[id]!;
}

/** The organisation a name means: an exact spelling, or failing that one that folds to the same key ("uni-a" for "Uni A"). */
export function organisationId(table: OrganisationTable, value: string): number | undefined {
  return table.idOf.get(value) ?? table.idOfKey.get(organisationKey(value));
}

/** The values once each, without a Set for the usual zero or one. */
function distinct(xs: readonly string[]): readonly string[] {
  return xs.length < 2 ? xs : [...new Set(xs)];
}
