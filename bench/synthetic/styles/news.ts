import { beforeAttribution, longDate, pronoun, type ArticleDraft } from '../draft';
import { withArticle } from '../events';
import type { Persona } from '../people';
import { capitalise } from '../places';
import { paragraph } from '../speech';
import { background } from './common';

/**
 * An ordinary news report, shaped like none of the samples: a dateline, running prose,
 * speakers introduced in the sentence that quotes or reports them ("…," said Sweden's
 * deputy foreign minister, X. / X, a professor at Y, told reporters that … / According
 * to X, … / The session was chaired by X, … / Speakers included A, B and C.), then
 * referred to by pronoun, surname or "Mr"/"Ms" and surname.
 */
export function renderNews(d: ArticleDraft, speakers: readonly Persona[]): void {
  const { event: e, rng } = d;
  const [keynote, ...others] = speakers as [Persona, ...Persona[]];
  // a few are only named in a roll ("Speakers included …"), one may chair, the rest speak in prose
  const rollCount = others.length >= 5 ? rng.int(2, 3) : 0;
  const roll = others.slice(others.length - rollCount);
  const chair = others.length > rollCount && rng.chance(0.6) ? others[0] : undefined;
  const prose = others.slice(chair ? 1 : 0, others.length - rollCount);
  const place = e.gathering.match(/ in (.+)$/)?.[1];
  d.title = newsHeadline(d);
  const published = rng.chance(0.5) ? e.date : new Date(e.date.getTime() + 86_400_000);
  const when = published === e.date ? `on ${weekday(e.date)}` : rng.pick([`on ${weekday(e.date)}`, 'yesterday']);
  d.add(
    d.title,
    `${(place ?? rng.pick(['LONDON', 'BRUSSELS', 'GENEVA'])).toUpperCase()}, ${longDate(published)} — ${capitalise(withArticle(e.gathering))} ${e.purpose} ${when} drew ${rng.pick(['politicians, lawyers and activists', 'lawmakers and exiles', 'several hundred participants'])} from ${rng.int(12, 40)} countries, ${rng.pick(['organisers said', 'according to the organisers', 'the organisers said in a statement'])}.`,
  );
  d.add(introduce(d, keynote, 'keynote'));
  if (chair) d.add(introduce(d, chair, 'chair'));
  d.add(...background(d).slice(0, rng.int(1, 2)));
  for (const p of prose) {
    d.add(introduce(d, p, 'speaker'));
    for (let k = rng.int(3, 5); k > 0; k--) d.add(...followUp(d, p));
  }
  if (roll.length) d.add(`${rng.pick(['Speakers included', 'Other speakers included', 'Also speaking were'])} ${listOf(roll.map((p) => d.speaker(p, d.spell(p).name)))}.`);
  d.add(`The ${e.nation.movement} (${e.nation.acronym}) ${rng.pick(['said it would hold further events in the coming months', 'did not say when the next gathering would take place', 'plans a similar meeting next year'])}.`);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const weekday = (date: Date) => WEEKDAYS[date.getUTCDay()] as string;

/** "A, B and C" */
export function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function newsHeadline(d: ArticleDraft): string {
  const { nation: n, gathering } = d.event;
  const where = gathering.match(/ in (.+)$/)?.[1];
  return d.rng.pick([
    `Exiles urge tougher stance on ${n.name}${where ? ` at ${where} meeting` : ''}`,
    `Lawmakers call for release of ${n.demonym} prisoners`,
    `${n.acronym} supporters press governments over ${n.name} crackdown`,
    `Speakers at ${gathering} demand accountability from ${n.name}`,
  ]);
}

/** How news prose describes someone: an office with the country's possessive, and an apposition. */
export function newsDescriptors(p: Persona): { possessive: string | null; apposition: string; before: string | null } {
  const c = p.country;
  const of = c ? possessiveOf(c.name) : null;
  const post = p.post[0] as string;
  switch (p.role) {
    case 'government-official':
      return { possessive: `${of} deputy foreign minister`, apposition: post, before: p.pre };
    case 'former-official':
      return { possessive: `${of} former ${p.pre!.split(' ').at(-1)!.toLowerCase()}`, apposition: post, before: p.pre };
    case 'legislator':
      return { possessive: null, apposition: `a member of ${possessiveOf(c!.name)} ${p.pre!.endsWith('Senator') ? 'senate' : 'parliament'}`, before: p.pre };
    case 'local-politician':
      return { possessive: null, apposition: p.post[1] as string, before: `${c!.capital} city councillor` };
    case 'academic':
      return { possessive: null, apposition: `a ${post}`, before: null };
    case 'activist':
      return { possessive: null, apposition: `a ${post}`, before: p.pre };
    default:
      return { possessive: null, apposition: post, before: p.pre };
  }
}

/** "Sweden's", "the Netherlands'" */
const possessiveOf = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

type Part = 'keynote' | 'chair' | 'speaker';

/** The sentence that first names a speaker, in full, with what they said or did. */
function introduce(d: ArticleDraft, p: Persona, part: Part): string {
  const { rng, event: e } = d;
  const s = d.spell(p);
  const { possessive, apposition, before } = newsDescriptors(p);
  const name = (title?: string) => d.speaker(p, s.name, title);
  const q = () => beforeAttribution(paragraph(rng, d.ctx(p), 2, 5));
  if (part === 'chair')
    return `The ${rng.pick(['session', 'meeting', 'panel'])} was ${rng.pick(['chaired', 'moderated'])} by ${name(apposition)}, ${apposition}, who ${rng.pick(['opened it with a minute of silence', 'read out messages from prisoners’ families', 'introduced each speaker'])}.`;
  if (part === 'keynote')
    return rng.chance(0.5)
      ? `The keynote address was delivered by ${name(apposition)}, ${apposition}. “${q()}” ${pronoun(p).he} said.`
      : `${name(apposition)}, ${apposition}, ${rng.pick(['addressed the gathering', 'opened the event', 'gave the main speech'])}. ${capitalise(pronoun(p).he)} ${reportVerb(rng)} ${reported(d, p)}.`;
  const forms: (() => string)[] = [
    () => (possessive ? `“${q()}” said ${possessive}, ${name(possessive)}.` : `“${q()}” said ${name(apposition)}, ${apposition}.`),
    () => `${name(apposition)}, ${apposition}, told ${rng.pick(['reporters', 'delegates', 'the audience', 'the conference'])} that ${reported(d, p)}.`,
    () => `According to ${name(apposition)}, ${apposition}, ${reported(d, p)}.`,
    () => (before ? `${before} ${name(before)} said: “${paragraph(rng, d.ctx(p), 1, 3)}”` : `${name(apposition)}, ${apposition}, said: “${paragraph(rng, d.ctx(p), 1, 3)}”`),
    () => `${name(apposition)}, ${apposition}, ${rng.pick(['warned', 'argued', 'insisted'])} that ${reported(d, p)}.`,
    () => `${name(apposition)}, ${apposition}, called for ${rng.pick(['tougher sanctions against', 'an independent inquiry into the killings in', 'the release of all detainees in', 'a firmer policy towards'])} ${e.nation.name}.`,
  ];
  return rng.pick(forms)();
}

/**
 * Later paragraphs about a speaker already named: by pronoun, surname or "Mr"/"Ms" and
 * surname. A quote may run on over two paragraphs, the first left open as news style has it.
 */
function followUp(d: ArticleDraft, p: Persona): string[] {
  const { rng } = d;
  const s = d.spell(p);
  const { he } = pronoun(p);
  const q = () => beforeAttribution(paragraph(rng, d.ctx(p), 4, 8));
  const runOn = () => (rng.chance(0.5) ? [`“${paragraph(rng, d.ctx(p), 3, 6)}`] : []);
  switch (rng.int(0, 3)) {
    case 0:
      return [...runOn(), `“${q()}” ${he} said.`];
    case 1:
      return [...runOn(), `“${q()}” ${d.speaker(p, s.family)} said.`];
    case 2: {
      const courtesy = `${p.gender === 'f' ? 'Ms' : 'Mr'} ${s.family}`;
      return [`${d.speaker(p, courtesy)} ${reportVerb(rng)} ${reported(d, p)}. “${paragraph(rng, d.ctx(p), 3, 6)}”`];
    }
    default:
      return [`${capitalise(he)} ${rng.pick(['added', 'went on to say'])} that ${reported(d, p)}.`];
  }
}

function reportVerb(rng: ArticleDraft['rng']): string {
  return rng.pick(['said', 'told the audience', 'argued', 'warned']) + ' that';
}

/** Sentence openings that read as ordinary words after "that" ("that the people of …"). */
const LOWERCASE_OPENINGS = /^(The|Our|Every|Free|Civil|Ordinary|Students|Teachers|Sanctions|Silence|History|Any|Nobody|Dialogue|Over|Democracy|Freedom|Justice|Dignity|Equality)\b/;

/** A content clause for reported speech: a declarative sentence of the speaker's, in third person. */
function reported(d: ArticleDraft, p: Persona): string {
  for (let tries = 0; tries < 6; tries++) {
    const s = paragraph(d.rng, d.ctx(p), 1, 1);
    if (!s.endsWith('.') || /[;:?!]|^(I|We|My|To|As|It|In|Since|Last|For|Throughout|Every single)\b|\b(I|[Ww]e|[Oo]ur|[Mm]y|us)\b/.test(s)) continue;
    const body = s.slice(0, -1);
    return LOWERCASE_OPENINGS.test(body) ? body.charAt(0).toLowerCase() + body.slice(1) : body;
  }
  return `the world could not keep looking away from ${d.event.nation.name}`;
}
