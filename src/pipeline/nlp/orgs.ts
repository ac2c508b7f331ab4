import orgData from '../../../data/organisations.json';
import speechData from '../../../data/speech.json';
import { collapseInitials, findPlaces, isPlaceAbbreviation, ORGANISATIONS } from './lexicon';
import { ROLE_WORDS } from './names';
import { isPostNominalWord, ORG_TITLES, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from './mentions';
import { boundedMemo } from './boundedMemo';
import { isCommonWord } from './tokenise';

const KEYWORDS = new Set(orgData.keywords);
/** "the pressure group", "the start-up": a kind of body before its name. */
const BODY_KINDS = new Set(orgData.bodyKinds);
/** Words ending a news outlet's name ("Harbour Gazette"); see data/organisations.json. */
const MEDIA_WORDS = new Set(orgData.mediaWords);
/** People's posts and occupations ("spokesman", "chair", "member"). */
const POSTS = ROLE_NOUNS;
/** Words that end a body's name, though some also serve in titles ("Parliament", "State", "House"). */
const BODY_WORDS = ORG_WORDS;

/** Titles after a word that then names a ministry's field, not a party. */
const PORTFOLIO_HEADS = new Set(['secretary', 'minister', 'ministry', 'department', 'commissioner', 'undersecretary']);

/** Party words ("Republican", "Lib Dem") -> the party's name (data/organisations.json `parties`). */
const PARTY_WORDS = new Map<string, string>();
for (const [party, words] of Object.entries(orgData.parties)) for (const w of words) PARTY_WORDS.set(w, party);

/** "of the Green Future Party", "of the Conservatives": a party named after "of" (its members are people). */
export function ofAParty(descriptor: string): boolean {
  const m = /^of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)$/u.exec(descriptor.trim());
  return m !== null && (PARTY_WORDS.has(m[1]!) || Object.hasOwn(orgData.parties, m[1]!) || / Party$/.test(m[1]!));
}

/**
 * "Republican senator", "a Democrat", "Labour MP", "Republican from Ohio": a descriptor led by a
 * party's word names the party (pure; exported for tests).
 */
export function partyOf(part: string): string | null {
  const m = /^(?:(?:a|an|the|A|An|The)\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)(?:\s+(\S+))?/u.exec(part);
  if (!m) return null;
  // one word or two ("Lib Dem"), the longer first
  for (const [words, next] of [
    [m[1]!, m[2]],
    [m[1]!.split(' ')[0]!, m[1]!.split(' ')[1] ?? m[2]],
  ] as const) {
    const party = PARTY_WORDS.get(words);
    if (!party) continue;
    const after = (next ?? '').toLowerCase().replace(/[.,;]$/, '');
    const rest = part.slice(part.indexOf(words) + words.length).trim();
    // "Republican National Committee", "Green Energy Forum": an organisation's own name
    if (rest.split(/\s+/).some((w) => KEYWORDS.has(w.toLowerCase()))) return null;
    // "Labor Secretary", "Labour Minister": the portfolio, not the party
    if (PORTFOLIO_HEADS.has(after)) return null;
    if (!rest || TITLE_WORDS.has(after) || /^(?:from|of)\s+\p{Lu}/u.test(rest)) return party;
  }
  return null;
}

/**
 * Comma, semicolon and dash separated parts; "X and Y" splits too when Y
 * carries a role word ("… University of Oslo and Dean of …") but not
 * inside a name ("Association for Democracy and Laicism").
 */
function splitParts(descriptor: string): string[] {
  const out: string[] = [];
  for (const part of descriptor.split(/,\s+|;\s+|\s+[–—]\s+/)) {
    const pieces = part.split(/\s+and\s+/);
    let cur = pieces[0]!;
    for (const p of pieces.slice(1)) {
      if (p.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()))) {
        out.push(cur);
        cur = p;
      } else cur = `${cur} and ${p}`;
    }
    out.push(cur);
  }
  return out;
}

/** Key for comparing spellings of an organisation: case, "the", possessives, apostrophes and dashes folded. */
export function orgKey(s: string): string {
  return orgKeys(s);
}

/** The same names come back from descriptor to descriptor and article to article: each is folded once (bounded). */
const orgKeys = boundedMemo(10_000, foldOrgName);

function foldOrgName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '')
    .replace(/\s*[/–—-]\s*/g, '/')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}/ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Alias table from data/organisations.json: key of every spelling -> canonical name. */
const TABLE = new Map<string, string>();
for (const o of ORGANISATIONS) for (const a of [o.name, ...o.aliases]) TABLE.set(orgKey(a), o.name);

/**
 * Aliases an article defines itself: "National Union of Journalists
 * (NUJ)", "Movement for Free Elections (MFE/MLE)". Both the long
 * form and each part of a compound acronym map to one canonical name.
 */
export function learnAliases(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // find "(ACR)" first, then read the capitalised phrase just before it: no scan from every capital
  for (const m of text.matchAll(/\(([\p{Lu}]{2,}(?:\s*[/-]\s*[\p{Lu}]{2,})*)\)/gu)) {
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const long = LONG_FORM.exec(before)?.[1]?.replace(/[’']s$/, '');
    if (!long) continue;
    const acr = m[1]!;
    const canonical = TABLE.get(orgKey(acr)) ?? TABLE.get(orgKey(long)) ?? acr.replace(/\s*[/-]\s*/g, '/');
    out.set(orgKey(long), canonical);
    out.set(orgKey(acr), canonical);
    for (const part of acr.split(/\s*[/-]\s*/)) if (!out.has(orgKey(part))) out.set(orgKey(part), canonical);
  }
  return out;
}

/** The capitalised name ending right before an acronym in brackets: "National Union of Journalists". */
const LONG_FORM = /((?:[\p{Lu}][\p{L}’'-]*\s+(?:(?:of|for|the|and|de|du|des|la)\s+)*){1,8}[\p{Lu}][\p{L}’'-]*)\s*$/u;

/** Every spelling of one organisation -> one name; unknown organisations stay as written. */
export function canonicalOrg(name: string, docAliases: ReadonlyMap<string, string>): string {
  const clean = name
    .replace(/\s*\(([^)]*)\)\s*$/, '')
    .replace(/[’']s$/, '')
    .trim();
  const paren = /\(([\p{Lu}]{2,}[^)]*)\)\s*$/u.exec(name)?.[1];
  for (const k of [orgKey(clean), paren ? orgKey(paren) : '', orgKey(name)]) {
    if (!k) continue;
    const hit = docAliases.get(k) ?? TABLE.get(k);
    if (hit) return hit;
    // compound acronyms written differently: "ABC / XYZ" for "ABC-XYZ"
    if (k.includes('/')) {
      const parts = k.split('/').map((p) => docAliases.get(p) ?? TABLE.get(p));
      if (parts[0] && parts.every((p) => p === parts[0])) return parts[0];
    }
  }
  return clean;
}

/** "NATO", "ABC-XYZ"; not a title such as "MP". */
const isAcronymWord = (w: string) =>
  /^[\p{Lu}\d]{2,}(?:[/-][\p{Lu}\d]{2,})*$/u.test(w) && !ROLE_WORDS.has(w.toLowerCase()) && !isPlaceAbbreviation(w);

/**
 * Organisations named in one descriptor ("President of the Chilean Youth
 * Association of Norway", "Researcher, Human Rights Foundation").
 * Per comma-separated part: the shortest capitalised phrase after "of/at/from/
 * for/representing (the)" or at the start that contains an organisation word
 * or is an acronym. Places are dropped ("…of Texas, Dallas").
 */
export function findOrganisations(written: string): readonly string[] {
  return organisationsOf(written);
}

/** Descriptors recur from speaker to speaker and article to article ("Minister of Health"): each is read once (bounded). */
const organisationsOf = boundedMemo(50_000, scanOrganisations);

function scanOrganisations(written: string): string[] {
  const descriptor = collapseInitials(written);
  const out: string[] = [];
  // well-known organisations of the alias table, wherever they stand ("United Nations envoy …")
  for (const o of ORGANISATIONS)
    for (const a of o.aliases) if (a.includes(' ') && descriptor.includes(a) && !out.includes(a)) out.push(a);
  for (const rawPart of splitParts(descriptor)) {
    // ("WWF's", "Rhein Group's" before the person's name: the body, not its possessive)
    const part = rawPart
      .replace(/\s*\((?:19|20)\d\d[^)]*\)/g, '')
      .trim()
      .replace(/(?<=\p{Lu}[\p{L}]*)(?:['’]s|(?<=s)['’])$/u, '');
    // ("KC", "OBE": letters after a name are an office or an honour, not a body; "MODERATOR", "QUESTION": a
    // transcript's label in capitals is a post or a turn)
    if (!part || out.some((o) => part.includes(o)) || isPostNominalWord(part) || capitalLabel(part)) continue;
    const party = partyOf(part);
    if (party) {
      if (!out.includes(party)) out.push(party);
      continue;
    }
    // initials alone ("G.P.", "Ph.D.") are a profession or degree unless the table knows them ("U.N.")
    if (/^[\p{Lu}\d]{2,4}$/u.test(part) && written.includes(part.split('').join('.')) && !TABLE.has(orgKey(part)))
      continue;
    // "XYZ member": an acronym before a role word
    // (after a word for a past or passing post: "former NSA directors", "acting FDA commissioner")
    const lead =
      /^(?:(?:[Ff]ormer|[Ee]x|[Tt]hen|[Aa]cting|[Rr]etired|[Ii]nterim)[\s-]+)?([\p{Lu}\d]{2,}(?:[/-][\p{Lu}\d]{2,})*)\s+(\p{L}[\p{L}-]*)/u.exec(
        part,
      );
    // (one title for a list of people: "former NSA directors")
    const leadWord = lead?.[2]!.toLowerCase().replace(/(?<=[^s])s$/, '') ?? '';
    // any title after an acronym of three letters or more ("NOAA administrator"); "IT specialist" is no body
    const titled =
      ROLE_WORDS.has(leadWord) ||
      (lead?.[1]!.length! > 2 && TITLE_WORDS.has(leadWord)) ||
      // "UN Under-Secretary-General": a hyphenated title with a post in it
      (leadWord.includes('-') && leadWord.split('-').some((w) => ROLE_WORDS.has(w)));
    if (lead && isAcronymWord(lead[1]!) && titled) {
      out.push(lead[1]!);
      continue;
    }
    const named = orgBeforeTitle(part);
    if (named) {
      out.push(named);
      continue;
    }
    const starts = [0];
    // after "founder of", "CEO of" any capitalised name is the organisation's, organisation word or not
    let ledBy = -1;
    for (const m of part.matchAll(/\b(?:of|at|from|for|representing|with|in)\s+(?:the\s+)?/g)) {
      starts.push(m.index + m[0].length);
      const post = lastWord(part.slice(0, m.index));
      // ("fund manager at Rhein Capital", "an engineer at Volta": where someone works is named after "at")
      if (ORG_TITLES.has(post) || (m[0].startsWith('at') && ROLE_NOUNS.has(post))) ledBy = m.index + m[0].length;
    }
    // "of the pressure group Food First", "founder of the Leeds start-up Orbly": a kind of body, then its name
    const kinded = new Set<number>();
    for (const m of part.matchAll(/(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+(?=\p{Lu})/gu))
      if (BODY_KINDS.has(m[1]!)) {
        const at = m.index + m[0].length;
        starts.push(at);
        kinded.add(at);
      }
    // "Tokyo-based Hoshi Robotics": what is based somewhere is a body
    for (const m of part.matchAll(/-based\s+(?=\p{Lu})/gu)) {
      const at = m.index + m[0].length;
      starts.push(at);
      kinded.add(at);
    }
    let best: string | null = null;
    for (const s of starts) {
      let cand = part.slice(s).trim();
      if (!/^[\p{Lu}]/u.test(cand)) continue;
      // after "of", "at"…: a name is capitalised words and the small words inside them ("of NOAA talked at length …" is NOAA)
      cand = tidyBody((s > 0 ? nameRun(cand) : cand).replace(/[\s:.]+$/, ''));
      // "Global Water Compact (GWC)": a name with its acronym in brackets
      const acronymed = /\s\(\p{Lu}{2,}[^)]*\)$/u.test(cand);
      const bare = cand.replace(/\s*\([^)]*\)$/, '');
      const words = bare.split(/\s+/);
      const orgish =
        s === ledBy ||
        kinded.has(s) ||
        acronymed ||
        // ("Counsel for the company": "the company", lower case after an article, is no body's name)
        words.some(
          (w, i) =>
            KEYWORDS.has(w.toLowerCase().replace(/[’']s$/, '')) &&
            (/^\p{Lu}/u.test(w) || !/^(the|a|an|its|his|her|their)$/.test(words[i - 1] ?? '')),
        ) ||
        words.some(endsOutletName) ||
        words.every(isAcronymWord) ||
        isAcronymWord(words[words.length - 1]!) ||
        // ("of ETH Zurich", "at KTH Stockholm": an acronym inside a name after "of" or "at" makes it a body's)
        (s > 0 && words.length > 1 && words.some(isAcronymWord));
      // "Chief of Staff": a post's own word after "of" is no body
      if (s > 0 && words.length === 1 && POSTS.has(bare.toLowerCase())) continue;
      if (!orgish || findPlaces(bare).some((p) => p.kind !== 'institution' && p.phrase.length === bare.length))
        continue;
      // "Foreign Ministry spokesman": the body without the post after it; "Committee chair": a post, no named body
      if (!acronymed) {
        let n = words.length;
        // ("Dockside University marine ecologist": lower-case words after the name describe the post)
        const isPost = (w: string) => POSTS.has(w.toLowerCase()) && !BODY_WORDS.has(w.toLowerCase());
        const post = (w: string) => isPost(w) || (/^\p{Ll}/u.test(w) && !KEYWORDS.has(w));
        while (n > 1 && post(words[n - 1]!)) n--;
        // ("Department of Justice": a word after "of" is the body's field, not a post)
        if (n < words.length && !NAME_JOINS.has(words[n - 1]!.toLowerCase())) {
          // ("Congress leaders" names a body, "Committee chair" only a post)
          if (n === 1 && KEYWORDS.has(words[0]!.toLowerCase()) && isPost(words[words.length - 1]!)) continue;
          cand = words.slice(0, n).join(' ');
        }
      }
      // ("Civil society activist", "Student union leader": an ordinary word capitalised to open a sentence, then a
      // body's word in lower case, is a common noun phrase, not a body's name)
      if (commonPhrase(cand)) continue;
      if (!best || cand.length < best.length) best = cand;
    }
    if (best && !out.includes(best)) out.push(best);
  }
  return out;
}

/**
 * A body's own name: without the possessive of the place it belongs to ("Kenya's Water Resources Authority" is the
 * Water Resources Authority; "Ruritania's export agency" keeps its place, having no name of its own) and without a
 * post after its possessive ("… Institute of Water Research's director").
 */
function tidyBody(cand: string): string {
  const own = /^(.+?)[’']s\s+(\p{Lu}.*)$/u.exec(cand);
  if (own && findPlaces(own[1]!).some((p) => p.phrase.length === own[1]!.length)) cand = own[2]!;
  const post = /[’']s((?:\s+\p{Ll}[\p{L}-]*)+)$/u.exec(cand);
  return post &&
    post[1]!
      .trim()
      .split(/\s+/)
      .every((w) => TITLE_WORDS.has(w))
    ? cand.slice(0, post.index)
    : cand;
}

/** Small words inside a name ("Council on …", "Youth Association in Norway"). */
const NAME_JOINS = new Set([
  'of',
  'for',
  'and',
  'on',
  'at',
  'in',
  'the',
  'de',
  'du',
  'des',
  'la',
  'del',
  'der',
  'von',
  'van',
  '&',
]);

/** Lower-case words that may stand between a name's words: "Ruritania's trade promotion agency". */
const MAX_LOWER_RUN = 3;

/**
 * The name a candidate starts with: up to its last capitalised or organisation word ("Ruritanian
 * community in Norway", "Ruritania's trade promotion agency") before a longer stretch of lower-case
 * words ("NOAA talked at length about the survey and its agency …" is NOAA).
 */
function nameRun(cand: string): string {
  const words = cand.split(/\s+/);
  let end = 1;
  let lower = 0;
  for (let n = 1; n < words.length; n++) {
    const w = words[n]!;
    if (!/^\p{Ll}/u.test(w) || KEYWORDS.has(w.replace(/[’']s$/, ''))) {
      end = n + 1;
      lower = 0;
    } else if (!NAME_JOINS.has(w) && ++lower > MAX_LOWER_RUN) break;
  }
  return words.slice(0, end).join(' ');
}

/** "Harbour Gazette", "of Channel Nine News": an outlet's word ends the name ("Press Secretary" is a post). */
function endsOutletName(w: string, i: number, words: readonly string[]): boolean {
  return /^\p{Lu}/u.test(w) && MEDIA_WORDS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(words[i + 1] ?? '');
}

const lastWord = (s: string) => (/([\p{L}-]+)\.?\s*$/u.exec(s)?.[1] ?? '').toLowerCase();

/**
 * "Zenbox CEO", "Plano Co-Founder and CEO": capitalised words that are no title and no place,
 * then titles only, the last a post in an organisation. The words name the organisation.
 */
function orgBeforeTitle(part: string): string | null {
  const words = part.split(/\s+/);
  let n = 0;
  while (n < words.length && /^\p{Lu}/u.test(words[n]!) && !TITLE_WORDS.has(words[n]!.toLowerCase())) n++;
  if (n === 0 || n === words.length) return null;
  const titles = words.slice(n);
  const isTitle = (w: string) =>
    TITLE_WORDS.has(w.toLowerCase()) || w.split('-').every((p) => TITLE_WORDS.has(p.toLowerCase()));
  // (a unit's word before the post belongs to the title: "bureau chief", "board member")
  // ("chief operating officer", "managing director": a participle before a title word is part of the post)
  const participle = (w: string, i: number) =>
    /^\p{Ll}+ing$/u.test(w) && i + 1 < titles.length && isTitle(titles[i + 1]!);
  if (!titles.every((w, i) => w === 'and' || isTitle(w) || participle(w, i) || (/^\p{Ll}/u.test(w) && KEYWORDS.has(w))))
    return null;
  // "Ruritanian Foreign Ministry spokesman": the body's own word stands among the titles, so the name is longer
  if (titles.some((w) => /^\p{Lu}/u.test(w) && BODY_WORDS.has(w.toLowerCase()))) return null;
  const unit = titles.some((w) => /^\p{Ll}/u.test(w) && KEYWORDS.has(w));
  if (n === 1 && commonPhrase(`${words[0]} ${titles[0]}`)) return null;
  if (!unit && !titles.some((w) => ORG_TITLES.has(w.toLowerCase()))) return null;
  // "Niger's president": a place's, not an organisation's; "Daily Clarion Paris bureau chief": the place is the post's
  const name = words
    .slice(0, n)
    .join(' ')
    // ("Velden Motors' chief executive": a plural's possessive is its apostrophe alone)
    .replace(/(?:[’']s|(?<=s)[’'])$/, '');
  const places = findPlaces(name);
  const where = places.find((p) => name.endsWith(` ${p.phrase}`));
  // (but with no unit word the place ends the body's own name: "Football Australia chief executive")
  if (where && places.length === 1) return unit ? name.slice(0, -where.phrase.length - 1) : name;
  return places.length ? null : name;
}

const commonPhrase = (cand: string): boolean => {
  const m = /^(\p{Lu}\p{Ll}+) (\p{Ll}+)$/u.exec(cand);
  // (not a people's or a party's word: "Afghan team", "Republican committee")
  return (
    !!m &&
    KEYWORDS.has(m[2]!) &&
    isCommonWord(m[1]!.toLowerCase()) &&
    findPlaces(m[1]!).length === 0 &&
    partyOf(m[1]!) === null
  );
};

/** Words a transcript writes in capitals before a turn ("QUESTION (Tom Avery, …):"). */
const TURN_LABELS: ReadonlySet<string> = new Set(speechData.interviewerLabels.map((w) => w.toLowerCase()));
/** A post or a turn written in capitals ("MODERATOR", "ENGINEER", "QUESTION"), unless the table knows it. */
const capitalLabel = (part: string): boolean =>
  /^\p{Lu}{4,}$/u.test(part) &&
  (TITLE_WORDS.has(part.toLowerCase()) || TURN_LABELS.has(part.toLowerCase())) &&
  !TABLE.has(orgKey(part));

/** Community-type organisations: associations, diaspora communities, youth groups. */
export function isCommunityOrg(name: string, communityWords: readonly string[]): boolean {
  const words = new Set(name.toLowerCase().split(/[^\p{L}]+/u));
  return communityWords.some((w) => words.has(w));
}

/** The organisation an article centres on: the one its acronyms name most often. */
export function focusOrganisation(text: string, docAliases: ReadonlyMap<string, string>): string | null {
  const raw = new Map<string, number>();
  for (const m of text.matchAll(/\b[A-Z]{2,6}(?:\s?[/-]\s?[A-Z]{2,6})*\b/g)) raw.set(m[0], (raw.get(m[0]) ?? 0) + 1);
  // one canonical lookup per distinct spelling; country abbreviations ("US", "UK") are not organisations
  const counts = new Map<string, number>();
  for (const [a, n] of raw) {
    if (!isAcronymWord(a.replace(/\s/g, ''))) continue;
    const c = canonicalOrg(a, docAliases);
    counts.set(c, (counts.get(c) ?? 0) + n);
  }
  let best: string | null = null;
  for (const [c, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = c;
  return best;
}
