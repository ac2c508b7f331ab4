import { CULTURES, CULTURE_NAMES, type CultureName } from './names';
import { COMMITTEES, COUNTRIES, COUNTRY_WEIGHTS, ORGANISATIONS, PORTFOLIOS, PROFESSIONS, UNIVERSITIES, type Country, type Nation } from './places';
import type { Rng } from './prng';

/** The role categories of src/corpus/schema.ts ROLE_CATEGORIES that the generator uses. */
export type Role =
  | 'legislator'
  | 'government-official'
  | 'former-official'
  | 'local-politician'
  | 'organisation-leader'
  | 'organisation-member'
  | 'community-representative'
  | 'academic'
  | 'activist';

export type Gender = 'f' | 'm';

/** One invented speaker and every way articles may describe them. */
export interface Persona {
  readonly id: string;
  readonly name: string; // canonical "Given Family"
  readonly family: string;
  readonly gender: Gender;
  readonly country: Country | null;
  readonly role: Role;
  /** Honorific kept in captions ("Dr."), if any. */
  readonly honorific: string | null;
  /** Descriptor before the name: "Swedish MP" in "Swedish MP Solveig Nyberg". */
  readonly pre: string | null;
  /** Descriptors after the name: "Solveig Nyberg, Member of the Swedish Parliament". */
  readonly post: readonly string[];
  /** Title-plus-surname attribution: "MP Nyberg", "Dr. Tehrani". */
  readonly short: string;
  /** "Architect, Valdorian Community of Norway" in a "Name, Profession, Association:" caption. */
  readonly colon: string;
  readonly affiliations: readonly string[];
}

/** Someone named in an article who does not speak (a ruler, a victim, a founder). */
export interface NonSpeaker {
  readonly name: string;
  readonly family: string;
  /** How the text refers to them: "Chairman Taheri", "Nima Rostami, a 24-year-old nurse". */
  readonly label: string;
}

const ROLE_WEIGHTS: readonly (readonly [Role, number])[] = [
  ['community-representative', 34], ['legislator', 22], ['organisation-member', 9], ['activist', 8],
  ['academic', 8], ['former-official', 8], ['local-politician', 6], ['government-official', 3],
];
const FIELDS = ['Political Science', 'International Law', 'Middle Eastern Studies', 'Economics', 'History', 'Sociology', 'Public Health'];

/** Hands out unique names; a culture's pool runs short at 10,000 articles, so fall back to mixed and hyphenated ones. */
export class NameRegistry {
  readonly #used = new Set<string>();
  readonly #ids = new Set<string>();

  draw(rng: Rng, culture: CultureName, gender: Gender): { name: string; family: string } {
    for (let attempt = 0; attempt < 60; attempt++) {
      const givenFrom = CULTURES[culture];
      // Diaspora names mix cultures; later attempts widen the surname pool.
      const familyFrom = attempt < 20 ? givenFrom : CULTURES[rng.pick(CULTURE_NAMES)];
      const given = rng.pick(gender === 'f' ? givenFrom.female : givenFrom.male);
      let family: string = rng.pick(familyFrom.surnames);
      if (attempt >= 40) family = `${family}-${rng.pick(CULTURES[rng.pick(CULTURE_NAMES)].surnames)}`;
      const name = `${given} ${family}`;
      if (!this.#used.has(name)) {
        this.#used.add(name);
        return { name, family };
      }
    }
    throw new Error(`name pools exhausted for ${culture}`);
  }

  /** A slug id, unique even when two names fold to the same ASCII. */
  id(name: string): string {
    const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    let id = base;
    for (let n = 2; this.#ids.has(id); n++) id = `${base}-${n}`;
    this.#ids.add(id);
    return id;
  }
}

export function pickCountry(rng: Rng): Country {
  return COUNTRIES[rng.weightedIndex(COUNTRY_WEIGHTS)] as Country;
}

function pickRole(rng: Rng): Role {
  return ROLE_WEIGHTS[rng.weightedIndex(ROLE_WEIGHTS.map(([, w]) => w))]![0];
}

function pickCulture(rng: Rng, role: Role, country: Country | null, nation: Nation): CultureName {
  const exile = role === 'community-representative' || role === 'organisation-member' || role === 'organisation-leader';
  if (exile && rng.chance(0.8)) return nation.culture;
  if (country && rng.chance(0.85)) return country.culture;
  return rng.pick(CULTURE_NAMES);
}

/** A new speaker who supports `nation`'s movement; role drawn unless given. */
export function createPersona(rng: Rng, names: NameRegistry, nation: Nation, forcedRole?: Role): Persona {
  const role = forcedRole ?? pickRole(rng);
  const country = role === 'organisation-leader' || role === 'organisation-member' ? null : pickCountry(rng);
  const gender: Gender = rng.chance(0.5) ? 'f' : 'm';
  const { name, family } = names.draw(rng, pickCulture(rng, role, country, nation), gender);
  const courtesy = gender === 'f' ? 'Ms.' : 'Mr.';
  const base = { id: names.id(name), name, family, gender, country, role };
  const c = country as Country; // every role below except the two movement roles has a country
  const D = c?.demonym;
  switch (role) {
    case 'legislator': {
      const committee = rng.pick(COMMITTEES);
      return rng.chance(0.7)
        ? { ...base, honorific: null, pre: `${D} MP`, post: [`Member of the ${D} Parliament`, `${D} MP and member of the ${committee} Committee`], short: `MP ${family}`, colon: `Member of Parliament, ${c.name}`, affiliations: [`${committee} Committee`] }
        : { ...base, honorific: null, pre: `${D} Senator`, post: [`Senator from ${c.name}`, `member of the ${D} Senate`], short: `Sen. ${family}`, colon: `Senator, ${c.name}`, affiliations: [] };
    }
    case 'former-official': {
      const portfolio = rng.pick(PORTFOLIOS);
      return rng.chance(0.7)
        ? { ...base, honorific: null, pre: `Former ${D} Minister`, post: [`former ${D} Minister of ${portfolio}`, `former Minister of ${portfolio} of ${c.name}`], short: `${courtesy} ${family}`, colon: `former Minister, ${c.name}`, affiliations: [] }
        : { ...base, honorific: null, pre: `Former ${D} Ambassador`, post: [`former ${D} Ambassador to the United Nations`, `former ambassador of ${c.name} to the UN`], short: `Amb. ${family}`, colon: `former Ambassador, ${c.name}`, affiliations: ['United Nations'] };
    }
    case 'government-official':
      return { ...base, honorific: null, pre: `${D} Deputy Foreign Minister`, post: [`State Secretary at the ${D} Ministry of Foreign Affairs`], short: `Minister ${family}`, colon: `Deputy Foreign Minister, ${c.name}`, affiliations: [`${D} Ministry of Foreign Affairs`] };
    case 'local-politician':
      return { ...base, honorific: null, pre: `${D} Mayor`, post: [`${D} Mayor`, `city councillor in ${c.capital}, ${c.name}`], short: `Mayor ${family}`, colon: `City Councillor, ${c.capital}`, affiliations: [`${c.capital} City Council`] };
    case 'academic': {
      const uni = rng.pick(UNIVERSITIES);
      return { ...base, honorific: 'Dr.', pre: null, post: [`professor at ${uni} in ${c.name}`, `Professor of ${rng.pick(FIELDS)} at ${uni}, ${c.name}`], short: `Dr. ${family}`, colon: `Professor, ${uni}, ${c.name}`, affiliations: [uni] };
    }
    case 'activist': {
      const org = rng.pick(ORGANISATIONS);
      return { ...base, honorific: null, pre: `${D} human rights activist`, post: [`human rights activist from ${c.name}`, `member of the ${org} in ${c.name}`], short: family, colon: `Activist, ${org}, ${c.name}`, affiliations: [org] };
    }
    case 'community-representative': {
      const N = nation.demonym;
      const org = rng.pick([`${N} Community of ${c.name}`, `${N} Youth Association in ${c.name}`, `${N} Women’s Association in ${c.name}`, `Association of ${N} Professionals in ${c.name}`]);
      const posts = [`representative of the ${org}`, `from the ${N} community in ${c.name}`, `spokesperson of the ${N} Associations in ${c.name}`, `President of the ${org}`];
      return { ...base, honorific: null, pre: null, post: rng.sample(posts, 2), short: rng.chance(0.5) ? family : `${courtesy} ${family}`, colon: `${rng.pick(PROFESSIONS)}, ${org}`, affiliations: [org] };
    }
    case 'organisation-member':
      return { ...base, honorific: null, pre: `${nation.acronym} member`, post: [`member of the ${nation.movement}`, `longtime member of the ${nation.acronym}`], short: family, colon: `member of the ${nation.acronym}`, affiliations: [nation.movement] };
    case 'organisation-leader': {
      const office = rng.pick(['President', 'Secretary-General', 'Chair', 'Deputy Secretary-General']);
      return { ...base, honorific: null, pre: `${nation.acronym} ${office}`, post: [`${office} of the ${nation.movement} (${nation.acronym})`, `${office} of the ${nation.acronym}`], short: `${gender === 'f' ? 'Madam' : 'Mr.'} ${family}`, colon: `${office} of the ${nation.acronym}`, affiliations: [nation.movement] };
    }
  }
}

const NON_SPEAKER_TITLES = ['Supreme Chairman', 'President', 'Interior Minister', 'Chief Justice'];
const VICTIM_FATES = ['who was executed last month', 'who was sentenced to death after a closed trial', 'who has been held without charge for two years', 'who was shot during the protests', 'who died in custody'];

/** The nation's rulers, named in speeches and intros but never quoted. */
export function createRulers(rng: Rng, names: NameRegistry, nation: Nation): NonSpeaker[] {
  return NON_SPEAKER_TITLES.map((title) => {
    const { name, family } = names.draw(rng, nation.culture, rng.chance(0.8) ? 'm' : 'f');
    return { name, family, label: `${title} ${name}` };
  });
}

export function createVictim(rng: Rng, names: NameRegistry, nation: Nation): NonSpeaker {
  const { name, family } = names.draw(rng, nation.culture, rng.chance(0.5) ? 'f' : 'm');
  const who = `a ${rng.int(17, 45)}-year-old ${rng.pick(PROFESSIONS).toLowerCase()}`;
  return { name, family, label: `${name}, ${who}, ${rng.pick(VICTIM_FATES)}` };
}
