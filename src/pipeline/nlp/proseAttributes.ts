import rolesData from '../../../data/roles.json';
import orgData from '../../../data/organisations.json';
import placesData from '../../../data/places.json';
import {
  datelineCapital,
  escapeRegExp,
  findPlaces,
  keywordRegExp,
  namesRegionAcrossCountries,
  normalisePhrase,
  regionWords,
} from './lexicon';
import { ROLE_NOUNS, TITLE_WORDS } from './mentions';
import { boundedMemo } from './boundedMemo';

const PROSE = rolesData.prose;
const escape = escapeRegExp;
// keywords on word boundaries, longest first ("vice president" before "president")
const wordsRe = (list: readonly string[]) => keywordRegExp(list, 'iu');
const KEYWORDS = Object.fromEntries(Object.entries(PROSE.keywords).map(([k, v]) => [k, wordsRe(v)])) as Record<
  string,
  RegExp
>;
const FORMER = new RegExp(
  `(?<![\\p{L}])(?:${PROSE.formerMarkers.map(escape).join('|')})[\\s-]+(?:[\\p{L}.]+\\s+){0,3}`,
  'iu',
);
// party names are capitalised ("Democratic committee chairman"); "democratic forces" is no party
const PARTY = new RegExp(`(?<![\\p{L}])(?:${PROSE.partyWords.map(escape).join('|')})(?![\\p{L}])`, 'u');
const ORG_HEAD = wordsRe(PROSE.organisationHeads);
/** An organisation named in the descriptor: an acronym, or a capitalised word such as Academy, Union, Council. */
const ORGANISATION =
  /\b(?:[A-Z]{2,}|Academy|Union|Council|Commission|Committee|Association|Foundation|Institute|University|Society|Federation|Organi[sz]ation|Company|Corporation|Group|Bank|Fund|Agency|Network|Alliance|League|Movement|Party|Church|Club|Museum|Center|Centre)\b/;
/** Scientists by the suffix of their science ("hydrologist", "oceanographer", "physicist"). */
const SCIENTIST = /\b\p{L}+(?:ologist|ographer|icist)s?\b/iu;
/** A university or college, where its people teach or research. */
const UNIVERSITY = /\b(?:University|College|Polytechnic|Institute of Technology|Academy of Sciences?)\b/;
/** Who acts for someone: for a country, an official. */
const NATIONAL_AGENT = /\b(?:chief )?(?:negotiator|delegate|representative)s?\b/i;
/** A body named by a common noun right before its head: "the union's president", "club president". */
const BODY_BEFORE_HEAD =
  /\b(?:union|company|firm|club|university|college|school|association|foundation|institute|society|federation|organi[sz]ation|corporation|group|bank|fund|charity|network|alliance|league|movement|church|museum|board|council|committee|commission|chamber|guild|cooperative|co-op|jury|panel|festival|team)(?:['’]s)?\s+(?:(?:regional|national|general|local|deputy|assistant)\s+)?(?:vice[ -])?(?:president|chair(?:man|woman|person)?|secretary|treasurer)\b/i;
/**
 * A gathering named by its kind right before its head: "the conference president", "summit chair" (data/organisations.json
 * `gatheringWords`). "Congress" and "Assembly" capitalised are more often a legislature or a party, so only in lower case.
 */
const LEGISLATURE_LIKE = new Set(['congress', 'assembly']);
const GATHERING_HEAD = (() => {
  const kinds = orgData.gatheringWords.map((w) => w.toLowerCase()).filter((w) => !/^(?:meeting|talks)$/.test(w));
  const anyCase = (w: string) => (LEGISLATURE_LIKE.has(w) ? w : `[${w[0]!.toUpperCase()}${w[0]}]${escape(w.slice(1))}`);
  return new RegExp(
    `\\b(?:${kinds.map(anyCase).join('|')})(?:['’]s)?\\s+(?:[Vv]ice[ -])?(?:[Pp]resident|[Cc]hair(?:man|woman|person)?)\\b`,
  );
})();
/** "president of Copa", "chair of Harbour Watch": the head of a body named after "of" that is no place. */
function headOfNamedBody(text: string): RegExpExecArray | null {
  const m =
    /\b(?:president|chair(?:man|woman|person)?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4})/iu.exec(
      text,
    );
  return m && findPlaces(m[1]!).length === 0 && !STATE_HOUSE.test(m[1]!) ? m : null;
}
/** A state's own houses and institutions: their president holds an office ("President of the Senate", "… Republic"). */
const STATE_HOUSE =
  /^(?:Republic|Senate|Parliament|National|Assembly|Congress|House|Chamber|Council|Court|Government|State|Federation|Confederation|Supreme)\b/;
/** Bodies a state has as well as civil society: before a nation's name their head holds an office. */
const STATE_BODY = /^(?:board|council|committee|commission|chamber)\b/i;
const HEAD_OF_STATE = /(?<![\p{L}])(?:president|prime minister|premier|chancellor|king|queen|emir|sultan)(?![\p{L}])/iu;

/** "a representative of the regional health body": one who speaks for a body, not a member of a house. */
function speaksForABody(text: string, m: RegExpExecArray): boolean {
  return (
    m[0] === 'representative' && /^\s+(?:of|for)\s+(?:the|a|an|its|their)\s/i.test(text.slice(m.index + m[0].length))
  );
}
/** "Adeyemi's deputy": someone's second in command, not a member of a chamber of deputies. */
function someonesDeputy(text: string, m: RegExpExecArray): boolean {
  return (
    /^deput(?:y|ies)$/i.test(m[0]) && /\p{Lu}[\p{L}-]*['’]s\s+$/u.test(text.slice(Math.max(0, m.index - 40), m.index))
  );
}
/** Whether the keyword `m` only modifies a title after it ("deputy leader", "deputy director-general"). */
function modifies(text: string, m: RegExpExecArray): boolean {
  const next = /^[\s-]+([\p{L}-]+)/u.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? '';
  return next !== '' && (TITLE_WORDS.has(next) || WHOLE_KEYWORDS.some((re) => re.test(next)));
}
/** Each category's keywords as a whole word (compiled once: roles are classified for every speaker). */
const WHOLE_KEYWORDS = Object.values(KEYWORDS).map((re) => new RegExp(`^(?:${re.source})$`, 'iu'));
const SEATS = new RegExp(KEYWORDS.legislator!.source, 'giu');
/**
 * The longest legislator keyword that is a seat of its own, not a modifier ("Minority Whip Rep.", not "deputy
 * leader"): the longest, as for the other categories ("Sen." and "Committee chair": the committee chair).
 */
function seatOf(text: string): RegExpExecArray | null {
  SEATS.lastIndex = 0;
  let best: RegExpExecArray | null = null;
  for (let m = SEATS.exec(text); m; m = SEATS.exec(text))
    if (
      !modifies(text, m) &&
      !speaksForABody(text, m) &&
      !someonesDeputy(text, m) &&
      (!best || m[0].length > best[0].length)
    )
      best = m;
  return best;
}

/**
 * One role category for a person found in prose, from their descriptors
 * (data/roles.json `prose`): the first category in order with a keyword.
 * "former"/"ex-" before an office makes a former official; a party word
 * with a chair or leader a party officer; a president or chair of a named
 * organisation (not of a country) an organisation leader.
 */
export function classifyProseRole(written: readonly string[]): { readonly role: string; readonly basis: string } {
  return proseRoleOf(JSON.stringify(written));
}

/**
 * The same descriptors come back for many speakers and articles ("Minister of Health"): each set is read once
 * (bounded), from its JSON, so that the basis remembered is no slice of an article.
 */
const proseRoleOf = boundedMemo(50_000, (json: string) => readProseRole(JSON.parse(json) as string[]));

/** "member of the Gambian Parliament", "a member of Sweden's senate" -> "member of Parliament": whose house it is says no role. */
const HOUSE_MEMBER =
  /\b(member of) (?:the )?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(parliament|senate|congress|national assembly|assembly|house of representatives|house of commons)\b/giu;
const houseMember = (d: string) => d.replace(HOUSE_MEMBER, '$1 $2');

/** A community named as the person's own: "from the <people> community", "community leader", "community representative". */
const COMMUNITY =
  /\b(?:(?:from|of|in) the (?:[\p{L}'’-]+\s+){1,3}(?:diaspora\s+)?community|community (?:leader|representative|organi[sz]er|elder|spokes(?:wo)?man|spokesperson))\b/iu;

function readProseRole(written: readonly string[]): { role: string; basis: string } {
  const descriptors = written.map((d) => houseMember(singularTitles(d)));
  const text = descriptors.join(' ; ');
  if (!text) return { role: 'other', basis: 'no role words' };
  // a current office outranks a former one ("State Senator" and "former Army colonel"); a former office, or a
  // former adviser or aide, with no current one makes a former official
  const OFFICE = (d: string) => KEYWORDS['government-official']!.test(d) || KEYWORDS.legislator!.test(d);
  const formerOf = descriptors.map((d) => FORMER.exec(d));
  const current = descriptors.filter((d, k) => !formerOf[k] && OFFICE(d));
  const former = formerOf.find(
    (m, k) =>
      m &&
      (OFFICE(descriptors[k]!.slice(m.index)) || KEYWORDS['organisation-member']!.test(descriptors[k]!.slice(m.index))),
  );
  if (former && current.length === 0) return { role: 'former-official', basis: former[0].trim() };
  // the most specific keyword decides ("Secretary-General" over "secretary", "Member of the European Parliament" over "member"); ties go by order
  let cat: string | null = null;
  let hit = '';
  const now = descriptors.filter((_, k) => !formerOf[k]).join(' ; ');
  const categorise = (of: string) => {
    for (const c of PROSE.order) {
      // a seat word that only modifies another title ("deputy leader", "deputy director-general") is no seat
      const m = c === 'legislator' ? seatOf(of) : KEYWORDS[c]!.exec(of);
      if (m && m[0].length > hit.length) [cat, hit] = [c, m[0]];
    }
  };
  categorise(now);
  // no role words in the current descriptors ("Dr.", or a clause read as one): the former post's words decide
  const live = cat ? now : text;
  if (!cat) categorise(text);
  // "Sen. Ann Lee, the committee's chairwoman": a legislator who also leads a committee or a group
  const seat = seatOf(live);
  if (seat && (cat === 'organisation-leader' || cat === 'organisation-member'))
    return { role: 'legislator', basis: `${seat[0]} (also ${hit})` };
  // "from the Somali community in Leeds", "a leader of the city's Tamil community": who speaks for a community, unless
  // they hold an office or a seat
  const community = COMMUNITY.exec(now);
  if (community && cat !== 'legislator' && cat !== 'government-official' && cat !== 'local-politician')
    return { role: 'community-representative', basis: community[0] };
  if (cat) {
    if (cat === 'government-official' && ORG_HEAD.test(hit)) {
      // "Republican National Committee Chair": a party officer; "IPU President": an organisation's head
      // ("the party's president" heads the party, not the state)
      if (
        PARTY.test(text) &&
        (!HEAD_OF_STATE.test(text.replace(/vice[ -]president/i, '')) || /\bparty(?:['’]s)?\s+president\b/i.test(text))
      )
        return { role: 'local-politician', basis: `${hit} (party)` };
      // (a body's word right before the head names whose head this is, wherever the person is from: "Jury president";
      // but a council, committee or board may be a nation's: "Ruritanian Security Council secretary" holds an office)
      const national = findPlaces(text).some((p) => p.kind === 'country' || p.kind === 'demonym');
      const civilHead = BODY_BEFORE_HEAD.exec(text) ?? GATHERING_HEAD.exec(text) ?? headOfNamedBody(text);
      if (
        (civilHead && !(national && STATE_BODY.test(civilHead[0]))) ||
        (ORGANISATION.test(descriptors.join(' ')) && !national)
      )
        return { role: 'organisation-leader', basis: `${hit} (organisation)` };
    }
    if (cat === 'organisation-leader' && PARTY.test(text) && /chair|leader/i.test(hit))
      return { role: 'local-politician', basis: `${hit} (party)` };
    // "FBI director", "Chief Executive of Hong Kong": heading a national institution or a territory is an office
    if (
      cat === 'organisation-leader' &&
      /director|chief executive|head/i.test(hit) &&
      findPlaces(live).some(
        (p) =>
          p.kind === 'institution' ||
          (p.kind !== 'demonym' && new RegExp(`\\bof\\s+(?:the\\s+)?${escape(p.phrase)}(?!['’]s)`).test(live)),
      )
    ) {
      // "former FBI director": a former office
      const was = formerOf.find((m) => m);
      if (was && current.length === 0) return { role: 'former-official', basis: `${was[0].trim()}${hit}` };
      return { role: 'government-official', basis: `${hit} (of a national institution or territory)` };
    }
    return { role: cat, basis: hit };
  }
  // "a glaciologist at …", "a hydrologist": a science by its suffix, whichever the lexicon lists
  const science = SCIENTIST.exec(text);
  if (science) return { role: 'academic', basis: science[0] };
  // "of the University of Bergen", "a fellow at Lakeside College": a university's people are academics
  const university = UNIVERSITY.exec(text);
  if (university) return { role: 'academic', basis: university[0] };
  // "Chile's negotiator", "a Kenyan delegate": who acts for a country holds an office
  const agent = NATIONAL_AGENT.exec(text);
  const places = agent ? findPlaces(text.replace(/(\p{L})['’]s(?![\p{L}])/gu, '$1')) : [];
  if (agent && places.some((p) => p.kind === 'country' || p.kind === 'demonym'))
    return { role: 'government-official', basis: `${agent[0]} (for a country)` };
  // "of the River Group", "of UNICEF": a member of a named body that is not a place
  const body = descriptors.find((d) => /^of\s+(?:the\s+)?\p{Lu}/u.test(d) && findPlaces(d).length === 0);
  if (body) return { role: 'organisation-member', basis: body };
  return { role: 'other', basis: 'no role words' };
}

/** Every one-word role keyword ("director", "senator"). */
const ROLE_KEYWORDS = ROLE_NOUNS;

/** "former CIA directors" -> "former CIA director": a plural title before a list of names reads as each one's. */
function singularTitles(d: string): string {
  return d.replace(/(?<![\p{L}])(\p{L}+?)(e?s)(?![\p{L}])/gu, (w, stem: string, end: string) =>
    ROLE_KEYWORDS.has(stem.toLowerCase())
      ? stem
      : end === 'es' && ROLE_KEYWORDS.has(`${stem}e`.toLowerCase())
        ? `${stem}e`
        : w,
  );
}

/** "(D-CA)", "R-S.C.", "R-Ohio": a US party and state tag. */
const PARTY_STATE = /(?:^|[\s(,])[DRI]\s*-\s*(?:[A-Z][A-Za-z]*\.?){1,2}\.?(?:$|[\s),;])/;
/** International bodies' officials have no country from their office (the key's policy, and the usual reading). */
const INTERNATIONAL = new RegExp(
  `(?<![\\p{L}])(?:${orgData.internationalBodies.map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'u',
);

/** A gathering of many countries named in a text: an international body, a starter ("World", "Global") or a region, then up to four capitalised words and a gathering's word. */
const INTERNATIONAL_GATHERING = new RegExp(
  `(?<![\\p{L}])(?:${[...orgData.internationalBodies, ...orgData.gatheringStarters, ...regionWords()].map(escapeRegExp).join('|')})` +
    `(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,4}\\s+(?:${orgData.gatheringWords.map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'u',
);
/** How much of an article's opening (headline and first paragraph) says what gathering it reports. */
const OPENING = 800;
/** "from more than 40 countries", "from dozens of nations", "from around the world": who a gathering brings. */
const MANY_COUNTRIES =
  /\bfrom\s+(?:(?:more than|over|some|about|around|nearly|almost|at least|up to)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a dozen|dozens of|scores of|many|several|[a-z]+ty-[a-z]+)\s+(?:countries|nations)\b|\bfrom\s+(?:around|across|all over)\s+the\s+(?:world|globe)\b/i;
/** A sentence about a gathering ("refugees from 12 countries live in the town" is none). */
const GATHERING_CUE = new RegExp(
  `\\b(?:gather\\w*|met|meet\\w*|attend\\w*|delegat\\w+|conven\\w+|${orgData.gatheringWords.map(escapeRegExp).join('|')})\\b`,
  'i',
);
/** Where a sentence says a gathering is: "in Lisbon", "at the Palais in Geneva". */
const AT_PLACE = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[^,.;\n]{0,59})/gu;

/**
 * The host country of a gathering of many countries that an article's opening names with its place ("the
 * International Astronautical Congress in Sydney": AU; "delegates from 40 countries met in Sydney": AU), else null.
 */
export function hostOfInternationalGathering(text: string): string | null {
  const opening = text.slice(0, OPENING);
  const m = INTERNATIONAL_GATHERING.exec(opening);
  // ("the African National Congress": a national body's name, not a gathering of nations)
  if (m && !/\bNational\b/.test(m[0])) {
    const after = /^\s+(?:in|at)\s+(?:the\s+)?([^,.;\n]{1,60})/.exec(opening.slice(m.index + m[0].length));
    return after ? (findPlaces(after[1]!)[0]?.code ?? null) : null;
  }
  // "ministers from more than 40 countries gathered in Lisbon": a gathering of many countries however it is named; its
  // host is the place the same sentence puts it in
  const many = MANY_COUNTRIES.exec(opening);
  if (!many) return null;
  const start = Math.max(opening.lastIndexOf('.', many.index), opening.lastIndexOf('\n', many.index)) + 1;
  const end = opening.slice(many.index).search(/[.\n]/);
  const sentence = opening.slice(start, end < 0 ? opening.length : many.index + end);
  if (!GATHERING_CUE.test(sentence)) return null;
  for (const at of sentence.matchAll(AT_PLACE)) {
    const place = findPlaces(at[1]!)[0];
    if (place && place.index === 0) return place.code;
  }
  return null;
}

/** The article's country, or a question asked only when needed (it may cost a scan of the whole text). */
export type Focus = string | null | (() => string | null);
/** The focus's answer. */
export const focusValue = (focus: Focus): string | null => (typeof focus === 'function' ? focus() : focus);

/** Posts of a state or province, not of a nation. */
const STATE_POST = /\b(?:state|gov\.|governor|lieutenant governor|statehouse|county|provincial)\b/i;
/** Posts of a nation: the country reading of an ambiguous name stands. */
const NATIONAL_POST = /\b(?:minister|ministry|president|prime|ambassador|embassy|envoy|national|foreign)\b/i;

/**
 * The country the text links a prose person to: a party–state tag, the first
 * country, nationality, place or national institution in their descriptors,
 * else the article's focus country (an official of an international body gets none).
 */
export function inferProseCountry(
  descriptors: readonly string[],
  focus: Focus,
): { code: string; basis: string } | null {
  for (const d of descriptors) if (PARTY_STATE.test(d)) return { code: 'US', basis: `party and state "${d}"` };
  // (so is a body of a region across countries: "director of the West African Coastal Institute")
  const international = descriptors.some((d) => INTERNATIONAL.test(d) || namesRegionAcrossCountries(d));
  for (const d of descriptors) {
    // "Niger's president", "Tunisia's coach": the possessive ending hides the country's name from the gazetteer
    for (const hit of findPlaces(d.replace(/(\p{L})['’]s(?![\p{L}])/gu, '$1'))) {
      // "UN Secretary General": a country word inside an international body's name is not the person's
      if (international && hit.kind === 'institution') continue;
      // "a state senator from Georgia": a name that is a country and another country's region is the region
      // when the post is a state's, or the article is about that country and the post is no national one
      if (hit.regionOf) {
        const regional = STATE_POST.test(d) || (!NATIONAL_POST.test(d) && focusValue(focus) === hit.regionOf);
        if (regional) return { code: hit.regionOf, basis: `region "${hit.phrase}" in "${d}"` };
      }
      return { code: hit.code, basis: `${hit.kind} "${hit.phrase}" in "${d}"` };
    }
  }
  // the focus may be a question asked only here: counting an article's places costs a scan of its whole text
  const code = international ? null : focusValue(focus);
  if (code) return { code, basis: 'the country the article is about' };
  return null;
}

export { normalisePhrase };

/** A dateline opening a paragraph: a place in capitals, perhaps a date or an agency, then a dash ("LEEDS —", "DAKAR, March 14 (Newswire) —"). */
const DATELINE = /^(\p{Lu}[\p{Lu}'’. -]{1,30}?)(?:,([^\n—–]{1,40}?))?(?:\s*\([^)\n]{1,30}\))?\s+[—–-]{1,2}\s/mu;
/** The same with the place as a sentence writes it, before a date: "Paris, 3 March 2026 —", "Lisbon, May 6 (Newswire) -". */
const DATED_DATELINE =
  /^(\p{Lu}[\p{L}'’. -]{1,30}?),((?:[^\n—–,]{1,30},)?[^\n—–]{0,20}\d[^\n—–]{0,20}?)(?:\s*\([^)\n]{1,30}\))?\s+[—–-]{1,2}\s/mu;
/** "Calif.", "N.M.": a US state as a dateline abbreviates it (data/places.json datelineStates). */
const DATELINE_STATES: ReadonlySet<string> = new Set(placesData.datelineStates);
/** How far into a text its dateline may stand (after a headline and a byline). */
const DATELINE_REACH = 600;

/**
 * The country an article is mostly about, counting every place it names
 * (countries, nationalities, cities, regions, national institutions): the
 * first if named at least three times and half again as often as the next.
 * Only when the text alone does not tell, a dateline counts as two more
 * mentions of its place (a Geneva dateline on a report naming Sudan three
 * times stays Sudan's).
 */
export function focusPlaceOf(text: string): string | null {
  const counts = new Map<string, number>();
  for (const hit of findPlaces(text)) counts.set(hit.code, (counts.get(hit.code) ?? 0) + 1);
  const told = mostNamed(counts);
  if (told) return told;
  const opening = text.slice(0, DATELINE_REACH);
  const dateline = DATELINE.exec(opening) ?? DATED_DATELINE.exec(opening);
  if (!dateline) return null;
  // the state or country after the city says more than the city ("SAN JOSE, Calif. —", "VALPARAÍSO, Chile —")
  const qualifier = dateline[2]?.trim() ?? '';
  const city = findPlaces(dateline[1]!)[0]?.code ?? datelineCapital(dateline[1]!) ?? undefined;
  const filed = DATELINE_STATES.has(qualifier) ? 'US' : (findPlaces(qualifier)[0]?.code ?? city);
  if (!filed) return null;
  // a report that names three other countries or more is international: where it was filed is not whose it is
  // ("GENEVA — … Moscow said … Kyiv called … the White House said … Turkish Foreign Minister …")
  if ([...counts.keys()].filter((c) => c !== filed && c !== city).length >= 3) return null;
  // (and the city read as another country's namesake in the text's count is not that country: San Jose, Calif.)
  if (city && city !== filed && counts.has(city)) counts.set(city, counts.get(city)! - 1);
  counts.set(filed, (counts.get(filed) ?? 0) + 2);
  return mostNamed(counts);
}

function mostNamed(counts: ReadonlyMap<string, number>): string | null {
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : null;
}
