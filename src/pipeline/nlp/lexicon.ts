import countries from 'world-countries';
import { FUNCTION_WORDS } from '../../lib/normaliseTerm';
import rolesData from '../../../data/roles.json';
import placesData from '../../../data/places.json';
import citiesData from '../../../data/cities.json';
import namesData from '../../../data/names.json';
import orgData from '../../../data/organisations.json';
import { forEachCapitalRun } from './capitalRuns';
import { boundedMemo } from './boundedMemo';

/** Kinds of place evidence, strongest first when several appear in one descriptor. */
export type PlaceKind = 'country' | 'demonym' | 'place' | 'institution';
export interface PlaceHit {
  code: string;
  kind: PlaceKind;
  phrase: string;
  /** A country's name that is also a region of another country ("Georgia", the US state): that country's code. */
  regionOf?: string;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Lower-case phrase (tokens joined by one space) -> place hit. Longest phrase wins at lookup. */
const PLACE_PHRASES = new Map<string, PlaceHit>();
/** Abbreviations are matched case-sensitively ("US" the country, not "us" the pronoun). */
const ABBREVIATIONS = new Map<string, string>(Object.entries(placesData.abbreviations));
export const isPlaceAbbreviation = (s: string) => ABBREVIATIONS.has(s);

function addPhrase(phrase: string, code: string | null, kind: PlaceKind): void {
  if (!code) return;
  const key = normalisePhrase(phrase);
  if (!key) return;
  const prev = PLACE_PHRASES.get(key);
  // a country's name that is also another country's region stays the country, marked ambiguous
  if (prev?.kind === 'country' && kind === 'place' && prev.code !== code && regionNames.has(key)) {
    prev.regionOf ??= code;
    return;
  }
  // a country's own name beats a demonym or a city that spells the same
  if (prev && rank(prev.kind) <= rank(kind)) return;
  PLACE_PHRASES.set(key, { code, kind, phrase });
}
/** Regions (states, provinces) named in the gazetteer: only these, not cities, make a country's name ambiguous. */
const regionNames = new Set(Object.values(placesData.regions).flatMap((list) => list.map((p) => normalisePhrase(p))));
const rank = (k: PlaceKind) => ['country', 'demonym', 'institution', 'place'].indexOf(k);

/** /^[A-Za-z]+$/, by character code: asked of most words the lexicons look up. */
function isAsciiLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

export function normalisePhrase(s: string): string {
  // fast path: plain ASCII words need no Unicode folding
  if (isAsciiLetters(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

// Independent UN members first, so "American" is the US and not an outlying territory.
const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
for (const c of ordered) {
  const code = c.cca2;
  for (const n of [c.name.common, c.name.official]) {
    addPhrase(n, code, 'country');
  }
  for (const alt of c.altSpellings) if (alt.length > 3) addPhrase(alt, code, 'country');
  const dem = c.demonyms?.eng;
  if (dem) for (const d of [dem.m, dem.f]) if (d) addPhrase(d, code, 'demonym');
  for (const cap of c.capital ?? []) addPhrase(cap, code, 'place');
}
for (const [d, code] of Object.entries(placesData.demonymExtras)) addPhrase(d, code, 'demonym');
for (const [code, list] of Object.entries(placesData.regions)) for (const p of list) addPhrase(p, code, 'place');
for (const [code, list] of Object.entries(placesData.cities)) for (const p of list) addPhrase(p, code, 'place');
// the generated gazetteer of large cities: after the hand-picked ones, which win; unlike those its
// names stay possible in a person's name ("Mr Columbus"), as they are not added to NOT_NAME_WORDS
for (const [code, list] of Object.entries(citiesData.cities)) for (const p of list) addPhrase(p, code, 'place');
for (const [code, list] of Object.entries(placesData.institutions))
  for (const p of list) addPhrase(p, code, 'institution');
const MAX_PHRASE = 6;
/** Regions across countries ("Latin American", "South America"): no place, and the country words inside them none either. */
const MASKED = new Set(placesData.regionsAcrossCountries.map((p) => normalisePhrase(p)));
/** What the place scan skips: those regions, and parties of many countries ("Liberal Democrat"), though a country's
 * word or party word is inside them. */
const SCAN_MASKED = new Set([...MASKED, ...placesData.partiesAcrossCountries.map((p) => normalisePhrase(p))]);
const MASKED_RE = new RegExp(
  // ("African-American": a region's word hyphened to a country's word names no region)
  `(?<![\\p{L}])(?:${placesData.regionsAcrossCountries.map(escapeRegExp).join('|')})(?![\\p{L}]|-\\p{L})`,
  'u',
);
/** UN members' capitals ("Berlin"): a club or an institution is named after one ("Hertha Berlin"), seldom a family. */
const CAPITALS = new Set(
  countries.filter((c) => c.unMember).flatMap((c) => (c.capital ?? []).map((cap) => normalisePhrase(cap))),
);
/**
 * Capitals by their bare name, as a dateline writes them ("WASHINGTON —" for "Washington D.C."): only for datelines,
 * where a capitalised place opens the report; in prose "Washington" is as often a person's name.
 */
const DATELINE_CAPITALS = new Map<string, string>();
for (const c of ordered)
  for (const cap of c.capital ?? []) {
    const bare = normalisePhrase(cap).replace(/ d c$/, '');
    if (!DATELINE_CAPITALS.has(bare)) DATELINE_CAPITALS.set(bare, c.cca2);
  }
/** The country whose capital a dateline names ("WASHINGTON" -> US), else null. */
export function datelineCapital(place: string): string | null {
  return DATELINE_CAPITALS.get(normalisePhrase(place)) ?? null;
}

/** A city's name only: no country, state or region, nor a nation's capital ("Palermo"; not "Nebraska", "Berlin"). */
export function isCityOnly(word: string): boolean {
  const key = normalisePhrase(word);
  const places = findPlaces(word);
  return places.length > 0 && places.every((p) => p.kind === 'place') && !regionNames.has(key) && !CAPITALS.has(key);
}
/** Whether a word alone is a region across countries ("European", "Asian"): it describes a person as a country's name does. */
export const isRegionWord = (word: string) => MASKED.has(normalisePhrase(word));
/** The regions across countries, as written in data/places.json ("Latin American", "European"). */
export const regionWords = (): readonly string[] => placesData.regionsAcrossCountries;
/** Whether a text names a region across countries ("the West African Coastal Institute"). */
export const namesRegionAcrossCountries = (text: string) => MASKED_RE.test(text);
/** For each first word of a listed phrase, the word counts of the phrases it starts, longest first: a scan tries only those. */
const PHRASE_LENGTHS = new Map<string, number[]>();
for (const key of [...PLACE_PHRASES.keys(), ...SCAN_MASKED]) {
  const words = key.split(' ');
  const lengths = PHRASE_LENGTHS.get(words[0]!) ?? [];
  if (!lengths.includes(words.length)) lengths.push(words.length);
  PHRASE_LENGTHS.set(words[0]!, lengths);
}
for (const lengths of PHRASE_LENGTHS.values()) lengths.sort((a, b) => b - a);
const UN_MEMBERS = new Set(countries.filter((c) => c.unMember).map((c) => c.cca2));

/** Spelled-out initials ("U.S.", "U.K.") become their abbreviation before lookup. */
export function collapseInitials(s: string): string {
  return s.replace(/\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?/g, (_m, a: string, b: string, c?: string) => a + b + (c ?? ''));
}

/** The country a one-word country name or demonym stands for ("Swedish" -> SE), else null. */
export function countryWord(word: string): string | null {
  return COUNTRY_WORDS.get(word) ?? null;
}
/** One-word country names and demonyms as written ("Sweden", "Swedish"). */
const COUNTRY_WORDS = new Map<string, string>();
/** One-word demonyms alone ("Argentine", "German"; not "Germany"): a noun for a person of that country. */
const DEMONYMS = new Map<string, string>();
for (const c of ordered) {
  const dem = c.demonyms?.eng;
  for (const w of [c.name.common, dem?.m, dem?.f])
    if (w && !w.includes(' ') && !COUNTRY_WORDS.has(w)) COUNTRY_WORDS.set(w, c.cca2);
  for (const w of [dem?.m, dem?.f]) if (w && !w.includes(' ') && !DEMONYMS.has(w)) DEMONYMS.set(w, c.cca2);
}
// ("the Swede said": the gazetteer's own demonyms too)
for (const [w, code] of Object.entries(placesData.demonymExtras))
  if (code && !w.includes(' ') && !DEMONYMS.has(w)) DEMONYMS.set(w, code);

/** The country of a one-word demonym ("Argentine" -> AR), else null. */
export function demonymCountry(word: string): string | null {
  return DEMONYMS.get(word) ?? null;
}

/** The first two code units of each of COUNTRY_WORDS (one unit and 0 for a one-letter word), as one number. */
const COUNTRY_HEADS = new Set([...COUNTRY_WORDS.keys()].map((w) => headAt(w, 0, w.length)));
function headAt(s: string, start: number, end: number): number {
  return s.charCodeAt(start) * 65536 + (end - start > 1 ? s.charCodeAt(start + 1) : 0);
}

/** countryWord(text.slice(start, end)); most capitalised words of a text are ruled out by their first two letters, unsliced. */
export function countryWordAt(text: string, start: number, end: number): string | null {
  if (end <= start || !COUNTRY_HEADS.has(headAt(text, start, end))) return null;
  return COUNTRY_WORDS.get(text.slice(start, end)) ?? null;
}

/** Short strings (titles, headings) repeat across documents: remember their places. */
const MEMO_LIMIT = 50_000;
const placesOfShort = boundedMemo(MEMO_LIMIT, (text: string) => scanPlaces(text));

/** Every place mentioned in `text`, left to right, longest phrase first at each position. */
export function findPlaces(text: string): (PlaceHit & { index: number })[] {
  return text.length > 300 ? scanPlaces(text) : placesOfShort(text);
}

/** Words repeat across a document and a corpus: their normal forms are remembered (bounded). */
const normalWord = boundedMemo(MEMO_LIMIT, (raw: string) => normalisePhrase(raw));

const startsUpper = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : w[0] !== w[0]!.toLowerCase();
};

const possessiveless = (raw: string) => (raw.endsWith("'s") || raw.endsWith('’s') ? raw.slice(0, -2) : raw);

function scanPlaces(text: string): (PlaceHit & { index: number })[] {
  const hits: (PlaceHit & { index: number })[] = [];
  forEachCapitalRun(collapseInitials(text), (raws, starts) => {
    for (let i = 0; i < raws.length; i++) {
      // "Kenya's", "New Zealand’s": a country named in the possessive is still named
      const raw = possessiveless(raws[i]!);
      if (!startsUpper(raw)) continue;
      let found: PlaceHit | undefined;
      let span = 1;
      let masked = 0;
      // only the phrase lengths this first word starts, longest first
      const head = normalWord(raw);
      for (const n of PHRASE_LENGTHS.get(head) ?? []) {
        if (n > MAX_PHRASE || n > raws.length - i) continue;
        let key = head;
        for (let k = i + 1; k < i + n; k++) key += ' ' + normalWord(possessiveless(raws[k]!));
        const hit = PLACE_PHRASES.get(key);
        if (hit) {
          found = hit;
          span = n;
          break;
        }
        if (SCAN_MASKED.has(key)) {
          masked = n;
          break;
        }
      }
      if (masked) {
        i += masked - 1;
        continue;
      }
      const abbr = found ? undefined : ABBREVIATIONS.get(raw);
      if (abbr) found = { code: abbr, kind: 'country', phrase: raw };
      if (found) {
        hits.push({ ...found, index: starts[i]! });
        i += span - 1;
      }
    }
  });
  return hits;
}

export const ROLES = rolesData;
export const HONORIFICS = new Set(namesData.honorifics);
export const PARTICLES = new Set(namesData.particles);

/** "D-Wash.", "R-S.C.", "I-Vt.", "D-CA": a US party and state after a name, in news-agency or postal style. */
export const PARTY_STATE_TAG = /^[DRI]-(?:\p{Lu}\p{L}*\.?){1,2}(?=[\s,;)]|$)/u;

/** Capitalised words that never start or end a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = (() => {
  const s = new Set<string>([...FUNCTION_WORDS, ...MONTHS, ...WEEKDAYS, ...namesData.notNames]);
  for (const list of Object.values(rolesData.keywords)) for (const k of list) for (const w of k.split(/\s+/)) s.add(w);
  // one-word countries, demonyms and listed places only: "Lincoln" stays a first name although
  // "Lincoln University" is a place, and capitals such as "Sofia" are first names too
  // (territories such as Montserrat are left out: their names are more often first names)
  for (const [key, hit] of PLACE_PHRASES)
    if (!key.includes(' ') && (hit.kind === 'country' || hit.kind === 'demonym') && UN_MEMBERS.has(hit.code))
      s.add(key);
  // demonyms of no one country ("European", "Kurdish") describe a person, as a country's do
  for (const [d, code] of Object.entries(placesData.demonymExtras))
    if (code === null && !d.includes(' ')) s.add(normalisePhrase(d));
  for (const group of [placesData.regions, placesData.cities])
    for (const list of Object.values(group)) for (const p of list) if (!p.includes(' ')) s.add(normalisePhrase(p));
  for (const h of namesData.honorifics) s.add(h);
  for (const f of rolesData.formerMarkers) s.add(f);
  for (const p of namesData.particles) s.delete(p);
  return s;
})();

export interface OrgEntry {
  name: string;
  aliases: string[];
}
export const ORGANISATIONS: OrgEntry[] = orgData.organisations;

/** `s` matched literally inside a regular expression. (A declaration: the gazetteer's set-up above uses it.) */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Any of `list` as whole words, longest first (so "president-elect" or "vice president" wins over
 * "president"); `notAfter` is the class a match may not run on into.
 */
export function keywordRegExp(list: readonly string[], flags: string, notAfter = '\\p{L}'): RegExp {
  const alternatives = [...list].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![${notAfter}])`, flags);
}

/** Nouns of time (data/names.json timeNouns): "last week", "Last week Ana Lo said" say when, not who. */
export const TIME_NOUNS: ReadonlySet<string> = new Set(namesData.timeNouns);
