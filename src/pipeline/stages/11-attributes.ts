import type { Evidence } from '../../corpus/schema';
import type { DocSpeaker } from './types';
import { demonymCountry, escapeRegExp, findPlaces, keywordRegExp, ROLES } from '../nlp/lexicon';
import { isGivenName } from '../nlp/givenNames';
import { canonicalOrg, findOrganisations, isCommunityOrg } from '../nlp/orgs';
import {
  classifyProseRole,
  focusValue,
  hostOfInternationalGathering,
  inferProseCountry,
  type Focus,
} from '../nlp/proseAttributes';
import { countryThroughIts } from '../nlp/countryThroughIts';
import { namedAsPerson, onlySentenceCase } from '../nlp/sentenceCase';
import type { Dated } from './10-speakingDate';

export interface DocAttributes {
  titles: string[];
  role: string;
  roleEvidence: Evidence;
  country: string | null;
  countryEvidence: Evidence | null;
  affiliations: string[];
}

const escape = escapeRegExp;
// "president-elect" is reported rather than "president"; a hyphen does not end a keyword
const wordsRe = (list: readonly string[]) => keywordRegExp(list, 'giu', '\\p{L}-');
const KW = Object.fromEntries(Object.entries(ROLES.keywords).map(([k, v]) => [k, wordsRe(v)])) as Record<
  string,
  RegExp
>;
const FORMER_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${ROLES.formerMarkers.map(escape).join('|')})[\\s-]+(?:\\S+\\s+){0,2}$`,
  'iu',
);
const PAST = ROLES.pastPatterns.map((p) => new RegExp(p));
const MEMBER_OF_LEGISLATURE = new RegExp(
  `\\bmember of (?:the )?(?:[\\p{L}-]+ ){0,3}(?:${ROLES.keywords.legislatures.map(escape).join('|')})\\b`,
  'iu',
);

/** First keyword of `re` in `text`, skipping ones a "former" stands before. */
function current(re: RegExp, text: string): string | null {
  for (const m of text.matchAll(re))
    if (!FORMER_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return m[0];
  return null;
}
function former(text: string): string | null {
  for (const m of text.matchAll(KW['former-official']!))
    if (FORMER_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      return text.slice(Math.max(0, m.index - 25), m.index + m[0].length).trim();
  const past = PAST.find((p) => p.test(text));
  const official = text.match(KW['government-official']!);
  return past && official ? `${official[0]} ${text.match(past)![0]}` : null;
}

/**
 * One role category from the descriptors of one appearance: the first rule of
 * data/roles.json `order` that matches. Leaders and members only count for an
 * organisation that is not a community association ("President of the Chilean
 * Youth Association" is a community representative).
 */
export function classifyRole(
  descriptors: string[],
  orgs: string[],
  inSection: boolean,
  focusOrg: string | null = null,
): { role: string; basis: string } {
  const text = descriptors.join(' ; ');
  const nonCommunity = orgs.filter((o) => !isCommunityOrg(o, ROLES.communityOrgWords));
  for (const cat of ROLES.order) {
    let hit: string | null = null;
    if (cat === 'legislator') hit = current(KW.legislator!, text) ?? MEMBER_OF_LEGISLATURE.exec(text)?.[0] ?? null;
    else if (cat === 'former-official') hit = former(text);
    // leads an organisation that is not a community association, or a movement named in words
    else if (cat === 'organisation-leader')
      hit = nonCommunity.length ? (text.match(KW[cat]!)?.[0] ?? null) : (LEADS_MOVEMENT.exec(text)?.[0] ?? null);
    // member of the movement the article centres on, not of any organisation
    else if (cat === 'organisation-member')
      hit = focusOrg && orgs.includes(focusOrg) ? (text.match(KW[cat]!)?.[0] ?? null) : null;
    else if (cat === 'government-official') hit = text.match(KW[cat]!)?.[0] ?? nationalLeader(descriptors);
    else hit = text.match(KW[cat]!)?.[0] ?? null;
    if (hit)
      return { role: cat, basis: cat.startsWith('organisation') ? `${hit} (${nonCommunity[0] ?? orgs[0]})` : hit };
  }
  if (inSection) return { role: ROLES.sectionDefault, basis: 'listed under a community section heading' };
  return { role: ROLES.fallback, basis: 'no role words' };
}

const LEADS_MOVEMENT =
  /\b(?:leader|head|chair(?:man|woman|person)?|president|founder)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:opposition|movement|forces|coalition|alliance|front|resistance)\b/iu;
const LEADER_OF = new RegExp(`(?:${ROLES.headOfState.map(escape).join('|')})\\s+of\\s+(?:the\\s+)?$`, 'i');
const HEAD_OF_STATE = new RegExp(`^\\s*(?:${ROLES.headOfState.map(escape).join('|')})(?![\\p{L}])`, 'iu');

/**
 * "Kenyan President", "President of Kenya": a national leader's own title. Not
 * "… French President Charles de Gaulle", which names someone else.
 */
function nationalLeader(descriptors: string[]): string | null {
  for (const d of descriptors) {
    for (const p of findPlaces(d)) {
      if (p.kind !== 'demonym' && p.kind !== 'country') continue;
      const after = d.slice(p.index + p.phrase.length);
      const m = HEAD_OF_STATE.exec(after);
      if (m && /^\s*(?:$|[,;(]|of\b)/.test(after.slice(m[0].length))) return `${p.phrase}${m[0]}`;
      const before = d.slice(0, p.index);
      const b = LEADER_OF.exec(before);
      if (b && /^\s*(?:$|[,;(])/.test(after)) return `${b[0]}${p.phrase}`;
    }
  }
  return null;
}

/**
 * The country one appearance gives: the first place, nationality or national
 * institution in the descriptors other than the document's focus country
 * ("Chilean Youth Association of Norway" -> NO); else the section heading
 * above the speaker; else the focus country if the descriptors name it.
 */
export function inferCountry(
  descriptors: string[],
  section: DocSpeaker['section'],
  focus: string | null,
  ownWords = '',
): { code: string; basis: string } | null {
  let weak: { code: string; basis: string } | null = null;
  for (const d of descriptors) {
    for (const hit of findPlaces(d)) {
      if (hit.code !== focus) return { code: hit.code, basis: `${hit.kind} "${hit.phrase}" in "${d}"` };
      // "Chilean activist" hints at the focus country; "…Council for a Free Chile" does not
      if (hit.kind === 'demonym') weak ??= { code: hit.code, basis: `${hit.kind} "${hit.phrase}" in "${d}"` };
    }
  }
  if (section) return { code: section.code, basis: `section heading "${section.basis}"` };
  return weak ?? ownCountry(ownWords, focus);
}

/** "We in San Marino support…", "It is time for Italy to…": the speaker places themself. */
const SELF_PLACE = /\b(?:[Ww]e in|[Hh]ere in|time for|[Mm]y country,?)\s+(?:the\s+)?(?=\p{Lu})/gu;

function ownCountry(words: string, focus: string | null): { code: string; basis: string } | null {
  for (const m of words.matchAll(SELF_PLACE)) {
    const at = m.index + m[0].length;
    const hit = findPlaces(words.slice(at, at + 40))[0];
    if (hit && hit.index === 0 && hit.kind === 'country' && hit.code !== focus)
      return { code: hit.code, basis: `own words "${m[0]}${hit.phrase}"` };
  }
  return null;
}

/** A title says something in words: not one letter, nor an age or a number alone ("Ana Lo, 54, said"). */
const isTitle = (t: string) => t.length > 1 && /\p{L}/u.test(t);

/** 11: titles, role, country and affiliations of one speaker in one document. */
export function computeAttributes(
  sp: DocSpeaker,
  documentId: string,
  focus: { country: string | null; org: string | null },
  orgAliases: ReadonlyMap<string, string>,
  ownWords = '',
): DocAttributes {
  const focusCountry = focus.country;
  const titles = sp.titles.filter(isTitle);
  const affiliations = affiliationsOf(titles, orgAliases);
  const role = classifyRole(titles, affiliations, sp.section !== null, focus.org);
  const country = inferCountry(titles, sp.section, focusCountry, ownWords);
  return withEvidence(titles, role, country, affiliations, documentId);
}

/**
 * 11 for a person found in running prose: role from the general news lexicon
 * (data/roles.json `prose`), country from their descriptors or the article's focus.
 */
export function computeProseAttributes(
  sp: DocSpeaker,
  documentId: string,
  focusCountry: Focus,
  orgAliases: ReadonlyMap<string, string>,
  text: string,
): DocAttributes {
  const titles = sp.titles.filter(isTitle);
  // (a sentence's capitalised first word names no body: "Software chief Ines Odede said"; nor does a person's
  // surname: "Varga spokesman X" after "Anna Varga")
  const affiliations = affiliationsOf(titles, orgAliases, (o) => !onlySentenceCase(o, text) && !namedAsPerson(o, text));
  const role = classifyProseRole(titles.map(maskCivilBodies));
  // (a post after "its" is the body's before: "the Danish delegation and its chief negotiator, X")
  const country =
    inferProseCountry(titles, null) ??
    countryThroughIts(
      text,
      [...sp.surfaces].sort((a, b) => b.length - a.length),
    ) ??
    inferProseCountry(titles, focusCountry);
  return withEvidence(titles, role, country, affiliations, documentId);
}

/** Head nouns of bodies outside government: a role word in their names ("Ocean Justice Network") is no office. */
const CIVIL_HEADS =
  /\b(?:Network|Group|Foundation|Association|Society|Alliance|Coalition|Movement|Institute|Cent(?:er|re)|University|College|School|Company|Corporation|Fund|Trust|Club|Church|Forum|League|Federation|Campaign|Project|Initiative)$/;

/** "of the Ocean Justice Network" -> "of the Organisation": the role is read from the words around a civil body's name, not inside it. */
function maskCivilBodies(descriptor: string): string {
  let out = descriptor;
  for (const o of findOrganisations(descriptor))
    if (o.includes(' ') && CIVIL_HEADS.test(o)) out = out.replace(o, 'Organisation');
  return out;
}

/**
 * "of Greenpeace", "from RepresentUS": a body of one capitalised word after a person's name, which no organisation
 * word marks; not a place ("of Oslo") nor a given name.
 */
function bodyOfOneWord(descriptor: string): string | null {
  const m = /^(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’.-]*\p{L})$/u.exec(descriptor);
  if (!m || findPlaces(m[1]!).length > 0 || isGivenName(m[1]!) || demonymCountry(m[1]!)) return null;
  return m[1]!;
}

/** The organisations one descriptor names: those an organisation word marks, else a one-word body after "of". */
function organisationsIn(descriptor: string): readonly string[] {
  const found = findOrganisations(descriptor);
  const bare = found.length ? null : bodyOfOneWord(descriptor);
  return bare ? [bare] : found;
}

/** The organisations named in the descriptors, each under its canonical name, once. */
function affiliationsOf(
  titles: readonly string[],
  orgAliases: ReadonlyMap<string, string>,
  keep: (org: string) => boolean = () => true,
): string[] {
  const out: string[] = [];
  for (const o of titles.flatMap(organisationsIn)) {
    if (!keep(o)) continue;
    const c = canonicalOrg(o, orgAliases);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

function withEvidence(
  titles: string[],
  role: { role: string; basis: string },
  country: { code: string; basis: string } | null,
  affiliations: string[],
  documentId: string,
): DocAttributes {
  return {
    titles,
    role: role.role,
    roleEvidence: { value: role.role, basis: role.basis, documentId },
    country: country?.code ?? null,
    countryEvidence: country ? { value: country.code, basis: country.basis, documentId } : null,
    affiliations,
  };
}

/** One person who speaks in one document, with what the document says of them. */
export interface AttributedSpeaker {
  key: string;
  name: string;
  surfaces: string[];
  attrs: DocAttributes;
}

export interface Attributed extends Dated {
  speakers: AttributedSpeaker[];
}

/** Stage 11: the speakers who have words of their own (or a speaking role), each with titles, role, country, affiliations. */
export function attributeSpeakers(s: Dated): Attributed {
  const { doc, merged } = s;
  const said = new Map<string, string[]>();
  for (const q of merged.quotes)
    (said.get(q.speaker) ?? said.set(q.speaker, []).get(q.speaker)!).push(doc.text.slice(q.start, q.end));
  const speaking = merged.speakers
    // a layout speaker counts with words of their own; a prose speaker also by a speaking role
    .filter((sp) => said.has(sp.key) || merged.rules.has(sp.key));
  const proseTitles = (sp: (typeof speaking)[number]) => [
    ...new Set([...sp.titles, ...(merged.descriptors.get(sp.key) ?? [])]),
  ];
  const proseFocus = focusForProse(
    speaking.filter((sp) => !sp.structural).map(proseTitles),
    notTheHost(s.focusCountry ?? s.proseFocus, doc.text),
  );
  const speakers = speaking.map((sp) => ({
    key: sp.key,
    name: sp.name,
    surfaces: [...sp.surfaces],
    // the layout's speakers keep the layout's reading; people presented by prose alone are read as general news
    attrs: sp.structural
      ? computeAttributes(
          sp,
          doc.id,
          { country: s.focusCountry, org: s.focusOrg },
          s.orgAliases,
          (said.get(sp.key) ?? []).join('\n'),
        )
      : computeProseAttributes({ ...sp, titles: proseTitles(sp) }, doc.id, proseFocus, s.orgAliases, doc.text),
  }));
  return { ...s, speakers };
}

/**
 * At a gathering of many countries the host's country says nothing of a speaker's: the focus is dropped when it is
 * the host's (another, the country the article is about, still stands). Both are asked only when a speaker needs them.
 */
function notTheHost(focus: Focus, text: string): Focus {
  return () => {
    const code = focusValue(focus);
    return code !== null && code === hostOfInternationalGathering(text) ? null : code;
  };
}

/** Speakers whose own words give a country, at least this many, before their mix can say a gathering is international. */
const MIN_PLACED = 3;

/**
 * The country a prose speaker with no evidence of their own is given: the article's focus, unless the
 * speakers the text does place mostly come from elsewhere. At a summit in Lisbon with delegates placed in
 * five other countries, the host country says nothing of the rest; at a town meeting it does.
 */
export function focusForProse(titles: readonly (readonly string[])[], focus: Focus): Focus {
  const placed = titles.map((t) => inferProseCountry(t, null)?.code).filter((c): c is string => !!c);
  if (placed.length < MIN_PLACED) return focus;
  return () => {
    const code = focusValue(focus);
    // the focus must be the country of at least a quarter of those placed
    return code !== null && placed.filter((c) => c === code).length * 4 >= placed.length ? code : null;
  };
}
