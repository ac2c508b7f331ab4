import { createPersona, createRulers, createVictim, NameRegistry, pickCountry, type NonSpeaker, type Persona } from './people';
import { NATIONS, type Nation } from './places';
import type { Rng } from './prng';

/** One gathering that several articles report on. */
export interface SynthEvent {
  readonly id: string;
  readonly date: Date; // UTC midnight
  readonly title: string;
  readonly nation: Nation;
  /** "online conference", "rally in Oslo". */
  readonly gathering: string;
  /** Participial phrase after the gathering: "marking the second anniversary of …". */
  readonly purpose: string;
  readonly keynote: Persona;
  /** Everyone who may speak at the event, keynote excluded. */
  readonly roster: readonly Persona[];
  readonly rulers: readonly NonSpeaker[];
  readonly founder: NonSpeaker;
  readonly victims: readonly NonSpeaker[];
  readonly articleCount: number;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export function ordinal(n: number): string {
  if (n <= ORDINALS.length) return ORDINALS[n - 1] as string;
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** "an online conference", "a rally in Oslo". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = 9 * 365; // events spread over 2016–2024
const ARTICLES_PER_EVENT_WEIGHTS = [8, 14, 20, 20, 16, 12, 10]; // 1..7 articles, mean ≈ 4
const NATION_WEIGHTS = NATIONS.map((_, i) => (i < 3 ? 5 - i : 1));
const REUSE = 0.4; // share of roster seats given to someone who spoke before

interface NationState {
  readonly leaders: Persona[];
  readonly rulers: NonSpeaker[];
  readonly founder: NonSpeaker;
  /** One entry per past roster seat, so frequent speakers are drawn more often. */
  readonly seats: Persona[];
}

function describePurpose(rng: Rng, nation: Nation, date: Date): { purpose: string; slug: string } {
  const N = nation.name;
  switch (rng.int(0, 4)) {
    case 0: {
      const years = rng.int(1, 4);
      const month = MONTHS[rng.int(0, 11)] as string;
      return { purpose: `marking the ${ordinal(years)} anniversary of the ${month} ${date.getUTCFullYear() - years} uprising in ${N}`, slug: 'uprising-anniversary' };
    }
    case 1:
      return { purpose: `on the ${ordinal(rng.int(20, 60))} anniversary of the founding of the ${nation.movement}`, slug: `${nation.acronym.toLowerCase()}-anniversary` };
    case 2:
      return { purpose: `calling for the release of political prisoners in ${N}`, slug: 'political-prisoners' };
    case 3:
      return { purpose: `in support of women’s rights in ${N}`, slug: 'womens-rights' };
    default:
      return { purpose: `demanding accountability for the killings of protesters in ${N}`, slug: 'accountability' };
  }
}

function describeGathering(rng: Rng): string {
  const city = pickCountry(rng).capital;
  return rng.pick(['online conference', 'online conference', `conference in ${city}`, `rally in ${city}`, 'webinar', `international summit in ${city}`]);
}

/** Events, chronological, with article counts summing to `articles`. */
export function planEvents(rng: Rng, articles: number, names: NameRegistry): SynthEvent[] {
  const counts: number[] = [];
  for (let left = articles; left > 0; ) {
    const n = Math.min(left, rng.weightedIndex(ARTICLES_PER_EVENT_WEIGHTS) + 1);
    counts.push(n);
    left -= n;
  }
  // Distinct days while they last, so the only events sharing a date are the articles of one.
  const days = Array.from({ length: DAYS }, (_, i) => i);
  const dates = (counts.length <= DAYS ? rng.sample(days, counts.length) : counts.map(() => rng.int(0, DAYS - 1))).sort((a, b) => a - b);
  const states = new Map<Nation, NationState>();
  const allSeats: Persona[] = [];
  const ids = new Set<string>();
  return counts.map((articleCount, i) => {
    const nation = NATIONS[rng.weightedIndex(NATION_WEIGHTS)] as Nation;
    let state = states.get(nation);
    if (!state) {
      const leaders = [0, 1, 2].map(() => createPersona(rng, names, nation, 'organisation-leader'));
      const founder = names.draw(rng, nation.culture, 'm');
      state = { leaders, rulers: createRulers(rng, names, nation), founder: { ...founder, label: `${nation.acronym} founder ${founder.name}` }, seats: [] };
      states.set(nation, state);
    }
    const date = new Date(FIRST_DAY + (dates[i] as number) * 86_400_000);
    const { purpose, slug } = describePurpose(rng, nation, date);
    const gathering = describeGathering(rng);
    const keynote = rng.chance(0.6) ? (state.leaders[0] as Persona) : rng.pick(state.leaders);
    const roster = new Set<Persona>();
    const size = rng.around(16, 5, 9, 28);
    for (let tries = 0; roster.size < size && tries < size * 4; tries++) {
      const pool = rng.chance(0.85) ? state.seats : allSeats;
      const p = pool.length > 0 && rng.chance(REUSE) ? rng.pick(pool) : createPersona(rng, names, nation);
      if (p !== keynote) roster.add(p);
    }
    for (const p of roster) {
      state.seats.push(p);
      allSeats.push(p);
    }
    let id = `${isoDate(date)}-${nation.name.toLowerCase()}-${slug}`;
    for (let n = 2; ids.has(id); n++) id = `${isoDate(date)}-${nation.name.toLowerCase()}-${slug}-${n}`;
    ids.add(id);
    return {
      id, date, nation, gathering, purpose, keynote, articleCount,
      title: `${gathering.charAt(0).toUpperCase()}${gathering.slice(1)} ${purpose}`,
      roster: [...roster],
      rulers: state.rulers,
      founder: state.founder,
      victims: [createVictim(rng, names, nation), createVictim(rng, names, nation)],
    };
  });
}
