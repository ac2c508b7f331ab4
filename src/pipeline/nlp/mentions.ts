import titlesData from '../../../data/titles.json';
import rolesData from '../../../data/roles.json';
import speechData from '../../../data/speech.json';
import orgData from '../../../data/organisations.json';
import namesData from '../../../data/names.json';
import { HONORIFICS, MONTHS, NOT_NAME_WORDS, PARTICLES, PARTY_STATE_TAG, WEEKDAYS, normalisePhrase } from './lexicon';
import { findPlaces, isCityOnly, isRegionWord } from './lexicon';
import type { Token, Tokenised } from './tokenise';
import { genderOfGivenName, isEnglishWord, isGivenName, type Gender } from './givenNames';
import { boundedMemo } from './boundedMemo';
import { SPEECH_VERBS } from './attribution';

export type { Gender };

/** A person's name as written in one place, with the descriptor words of its capitalised run ("French President"). */
export interface NameMention {
  /** Tokens [first, last) of the name proper. */
  first: number;
  last: number;
  start: number;
  end: number;
  name: string;
  words: string[];
  /** Tokens [leadFirst, first) of the run that are titles, places or honorifics, not the name. */
  leadFirst: number;
  honorific: string | null;
  gender: Gender | null;
  /** Two or more name words, or a title or honorific before one: a person rather than a bare capitalised word. */
  strong: boolean;
  /** A title or honorific stands in its run ("President", "Dr."). */
  titled: boolean;
  sent: number;
  /** The words as written when the name borrows its surname from the next one ("Mark" of "Mark and Ada Lind"). */
  written?: string;
  /** A name alone after a noun of kinship ("his wife, Priya"): a person's, though no list knows it. */
  kin?: true;
}

const stripDot = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w);
const TITLE_WORDS: ReadonlySet<string> = new Set([...titlesData.titleWords, ...HONORIFICS]);
const POST_NOMINALS: ReadonlySet<string> = new Set(titlesData.postNominals);
/** Letters after a name for an office or an honour ("KC", "MP", "OBE"), with or without dots. */
export const isPostNominalWord = (word: string): boolean => POST_NOMINALS.has(word.replaceAll('.', ''));
export const isPostNominal = (t: Token | undefined): boolean => !!t && isPostNominalWord(t.text);
/**
 * Where a news agency's party–state tag between commas ends: ", D-Wash., said", ", R-S.C., the ranking member,".
 * `k` is the comma before it; the result is the comma after it (or the sentence's end), or -1. (In brackets it is read with any bracket.)
 */
export function partyTagEnd(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== ',' || !/^[DRI]$/.test(toks[k + 1]?.text ?? '') || toks[k + 2]?.text !== '-') return -1;
  let b = k + 3;
  while (b < toks.length && b - k < 8 && toks[b]!.text !== ',' && toks[b]!.sent === toks[k]!.sent) b++;
  const tag = toks
    .slice(k + 1, b)
    .map((t) => t.text)
    .join('');
  const closed = toks[b]?.text === ',' || toks[b]?.sent !== toks[k]!.sent;
  return closed && PARTY_STATE_TAG.exec(tag)?.[0] === tag ? b : -1;
}
/** Every one-word role keyword of the general news lexicon ("director", "senator", "spokesman"), lower case. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  Object.values(rolesData.prose.keywords)
    .flat()
    .filter((k) => !k.includes(' '))
    .map((k) => k.toLowerCase()),
);
/** Words that make a phrase a descriptor of a person: titles, and every single-word role keyword ("scholar", "coach"). */
const ROLE_WORDS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...ROLE_NOUNS]);
/** Words that end or make the name of an organisation or place ("Council", "Times", "Piazza"), lower case. */
const ORG_WORDS: ReadonlySet<string> = new Set([
  ...orgData.keywords,
  ...orgData.nameEndWords,
  ...orgData.placeStartWords,
  ...orgData.mediaWords,
]);
/** "Councils", "Assemblies", "Centers": the plural of a word of ORG_WORDS. */
const pluralOrgWord = (w: string) =>
  w.length > 4 &&
  w.endsWith('s') &&
  (ORG_WORDS.has(w.slice(0, -1)) || (w.endsWith('ies') && ORG_WORDS.has(`${w.slice(0, -3)}y`)));
/** Posts held in an organisation ("CEO", "founder"): the name beside one is the organisation's. */
const ORG_TITLES: ReadonlySet<string> = new Set(titlesData.orgTitles);
/** People who speak for someone else ("spokesperson", "lawyer"): the name after "<one> for" is not theirs. */
const AGENT_TITLES: ReadonlySet<string> = new Set(titlesData.agentTitles);
const GENDER_WORDS = speechData.honorificGender as Record<string, Gender>;

const SAINT_TITLES: ReadonlySet<string> = new Set(namesData.saintTitles);
/** II to XXXIX, as kings and popes are numbered; not "I" (the pronoun) nor a lone "V" or "X" (initials). */
const REGNAL_NUMBER = /^(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})$/;

const CALENDAR: ReadonlySet<string> = new Set<string>([...MONTHS, ...WEEKDAYS]);

/**
 * A word the lexicons set aside (a title, an organisation or heading word) that is also a
 * common given name or surname: "Bill", "Dean", "Page", "Major". Never a place or a day.
 */
/** "Mayor Lindgren": an office first, though a list of given names holds it too (data/names.json officesFirst). */
const OFFICES_FIRST: ReadonlySet<string> = new Set(namesData.officesFirst);
function namesakeWordUncached(t: Token): boolean {
  return surnameWordUncached(t) && findPlaces(t.text).length === 0 && !OFFICES_FIRST.has(t.text.toLowerCase());
}
/** The same, places allowed: as a surname after a given name ("Tom Chad") a place word is the family name. */
function surnameWordUncached(t: Token): boolean {
  if (!isCapital(t) || isAcronym(t) || !/\p{Ll}/u.test(t.text)) return false;
  const w = normalisePhrase(stripDot(t.text));
  if (isGivenName(w) && !CALENDAR.has(w) && !FUNCTION_LIKE.has(w)) return true;
  // ("Enrico Palermo": a city's name, which is no country's, region's or capital's, after a given name)
  return isCityOnly(t.text);
}
const FUNCTION_LIKE: ReadonlySet<string> = new Set(['any', 'had', 'my', 'way', 'may', 'read', 'free']);

/**
 * "retired teacher Gloria Banks", "Gloria Banks said": an ordinary word as the surname after a given name, where the
 * sentence says a person stands there: a post in lower case right before, or a verb of speech right after. (Alone,
 * "Grace Church" or "Victoria Falls" may be anything.) `to` is the token after the run.
 */
function commonWordSurname(toks: readonly Token[], t: Token, to: number): boolean {
  if (toks[to - 1] !== t || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || findPlaces(t.text).length > 0) return false;
  const next = toks[to];
  if (next?.sent === t.sent && SPEECH_VERBS.has(next.lower)) return true;
  const given = toks[to - 2];
  const before = given && toks[to - 3];
  return before?.sent === t.sent && /^\p{Ll}/u.test(before.text) && ROLE_NOUNS.has(before.lower);
}

/** Begins with an upper-case letter (ASCII answered without the Unicode regex: most tokens are). */
const isCapital = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};
const isInitial = (t: Token) => /^\p{Lu}\.?$/u.test(t.text) && t.text.length <= 2;
/** "UN", "U.S.", "NASA"; not an initial ("A.") */
const isAcronym = (t: Token) => /^[\p{Lu}\d.&-]{2,}$/u.test(t.text) && !/\p{Ll}/u.test(t.text) && !isInitial(t);

/** Verbs of speech that are also names ("Said", "Saad"), capitalised. */
const SPOKEN_NAMES: ReadonlySet<string> = new Set(
  speechData.speechVerbs.filter((v) => /^\p{Ll}+$/u.test(v)).map((v) => v[0]!.toUpperCase() + v.slice(1)),
);
/** Every name of the organisation table's organisations. */
const ORG_NAMES = orgData.organisations.flatMap((o) => [o.name, ...o.aliases]);
/** Those names normalised: never a person's name ("Goldman Sachs"). */
const KNOWN_ORGANISATIONS: ReadonlySet<string> = new Set(ORG_NAMES.map((a) => normalisePhrase(a)));
/** Two words that are a known body's whole name ("Red Cross", "Arab League"): the organisation and international tables. */
const BODY_NAMES: ReadonlySet<string> = new Set([
  ...KNOWN_ORGANISATIONS,
  ...orgData.internationalBodies.map(normalisePhrase),
]);
const namedBodyPair = (a: string, b: string) => BODY_NAMES.has(normalisePhrase(`${a} ${b}`));
/** Known acronyms of organisations: never a person's initials. */
const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(ORG_NAMES.filter((a) => /^[\p{Lu}]{2,3}$/u.test(a)));
/** Two or three capitals standing for given names ("KT" Wong), after an honorific ("Dr", "Mr."). */
function capitalInitials(t: Token, before: Token): boolean {
  return (
    /^\p{Lu}{2,3}$/u.test(t.text) &&
    HONORIFICS.has(normalisePhrase(stripDot(before.text))) &&
    !KNOWN_ACRONYMS.has(t.text) &&
    findPlaces(t.text).length === 0
  );
}

/** "J.R.", "A.B.": initials written together, not a country's or a known body's ("U.S.", "U.N."). */
function joinedInitials(t: Token): boolean {
  return (
    /^(?:\p{Lu}\.){2,3}$/u.test(t.text) &&
    !KNOWN_ACRONYMS.has(t.text.replaceAll('.', '')) &&
    findPlaces(t.text).length === 0
  );
}

/** A word that can be part of a person's name: capitalised, not a title, place, organisation or common heading word. */
function isNameWordUncached(t: Token): boolean {
  if (!isCapital(t) || isAcronym(t)) return false;
  const w = normalisePhrase(stripDot(t.text));
  // "A." and "I." are initials here, not the article and the pronoun
  if (isInitial(t) && t.text.endsWith('.')) return !TITLE_WORDS.has(w);
  if (TITLE_WORDS.has(w) || NOT_NAME_WORDS.has(w) || ORG_WORDS.has(w) || isLeadText(t.text)) return false;
  // ("Speakers of Regional Assemblies": the plural of a body's word is none either)
  if (pluralOrgWord(w)) return false;
  return /\p{Ll}/u.test(t.text) || isInitial(t);
}

/** Words of a capitalised run that describe rather than name: titles, honorifics, places, acronyms ("UN"). */
function isLeadWordUncached(t: Token): boolean {
  const w = normalisePhrase(stripDot(t.text));
  return TITLE_WORDS.has(w) || isAcronym(t) || findPlaces(t.text).length > 0 || NOT_NAME_WORDS.has(w);
}

/**
 * What a word is depends on its text alone, and the same words come back in every sentence and article:
 * each answer is remembered per text (bounded), so the lexicon lookups run once per distinct word.
 */
function memoByText(f: (t: Token) => boolean): (t: Token) => boolean {
  return boundedMemo(100_000, f, (t) => t.text);
}
const isNameWord = memoByText(isNameWordUncached);
const isLeadWord = memoByText(isLeadWordUncached);
const namesakeWord = memoByText(namesakeWordUncached);
const surnameWord = memoByText(surnameWordUncached);

/** A hyphenated descriptor ("Co-Founder", "Vice-Chair"). */
const isLeadText = (text: string) =>
  TITLE_WORDS.has(normalisePhrase(stripDot(text)).replace(/ /g, '-')) ||
  text.split('-').every((w) => TITLE_WORDS.has(w.toLowerCase()));

/** Tokens joined without a space by a hyphen or apostrophe ("Jean-Luc", "O'Brien") belong to one word. */
function joinedAt(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  return t.spaceBefore === '' && (t.text === '-' || t.text === '‐' || /^['’]\p{L}/u.test(t.text));
}

/**
 * Every capitalised run of a document split into descriptor words and a
 * person-name tail ("UN Secretary General | Mara Jean-Luc"). Runs that end in
 * an organisation or place word ("Supreme Court", "Paris Climate Accord") give no name.
 */
export function findNameMentions(doc: Tokenised): NameMention[] {
  const toks = doc.tokens;
  const out: NameMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isCapital(t) || t.pos === 'PUNCT') {
      i++;
      continue;
    }
    // the run: capitalised words, name particles between them, hyphen joins; within one sentence
    let j = i + 1;
    while (j < toks.length && toks[j]!.sent === t.sent) {
      const u = toks[j]!;
      if (
        joinedAt(toks, j) &&
        j + 1 < toks.length &&
        toks[j + 1]!.spaceBefore === '' &&
        /\p{L}/u.test(toks[j + 1]!.text)
      ) {
        j += 2;
        continue;
      }
      if (u.spaceBefore === '' && /^['’]\p{L}/u.test(u.text) && u.lower !== "'s" && u.lower !== '’s') {
        j++;
        continue;
      }
      if (isCapital(u) && u.pos !== 'PUNCT') j++;
      else if (
        PARTICLES.has(u.text) &&
        j + 1 < toks.length &&
        (isCapital(toks[j + 1]!) ||
          (joinedAt(toks, j + 1) && toks[j + 2] && isCapital(toks[j + 2]!)) ||
          // "van der Berg", "de la Cruz": two particles before the surname
          (PARTICLES.has(toks[j + 1]!.text) && toks[j + 2] !== undefined && isCapital(toks[j + 2]!)))
      )
        j++;
      else break;
    }
    splitRun(toks, i, j, out);
    i = j;
  }
  return sharedSurnames(toks, out);
}

/**
 * "Mark and Ada Lind", "the prize went to Tom and Eva Roe": a given name alone, then "and" and a full name
 * with a given name first, is a second person of that surname. The given name becomes a full mention.
 */
function sharedSurnames(toks: Token[], found: NameMention[]): NameMention[] {
  const at = new Map(found.map((m, k) => [m.first, k]));
  const out: NameMention[] = [];
  // surnames of the full names so far: "Smith and Ana Lind" after "Jo Smith" is Jo Smith and Ana Lind
  const surnames = new Set<string>();
  for (const m of found) {
    if (m.words.length >= 2) surnames.add(m.words[m.words.length - 1]!);
    if (m.words.length >= 2 && m.leadFirst === m.first && toks[m.first - 1]?.lower === 'and' && m.first >= 2) {
      const g = m.first - 2;
      const t = toks[g]!;
      const single = at.has(g) ? found[at.get(g)!]! : null;
      const alone = single ? single.words.length === 1 && single.leadFirst === g : isCapital(t);
      const firstNames =
        isGivenName(m.words[0]!) && isGivenName(t.text) && !surnames.has(t.text) && findPlaces(t.text).length === 0;
      // the given name stands alone: nothing capitalised glued before it ("New York and Ada Lind")
      if (alone && firstNames && !(g > 0 && isCapital(toks[g - 1]!) && toks[g - 1]!.sent === t.sent)) {
        const surname = m.words.slice(1);
        const mention: NameMention = {
          first: g,
          last: g + 1,
          start: t.start,
          end: t.end,
          name: [t.text, ...surname].join(' '),
          words: [t.text, ...surname],
          leadFirst: single?.leadFirst ?? g,
          honorific: null,
          gender: genderOfGivenName(t.text),
          strong: true,
          titled: false,
          sent: t.sent,
          written: t.text,
        };
        if (single) out[out.lastIndexOf(single)] = mention;
        else out.push(mention);
      }
    }
    out.push(m);
  }
  return out;
}

const sliceWords = (toks: Token[], k: number, e: number) =>
  toks
    .slice(k, e)
    .map((x) => x.text)
    .join('');

/**
 * "commissioner Aline Dumas", "from Grace Obi": a capitalised word the tagger read as a verb, after a lower-case
 * word of the same sentence (or a given name after a comma: "secretary, Rose Wafula,"), begins a name (mid-sentence, only a name is capitalised). At a sentence's start or
 * after a quotation it does when a speech verb follows the run ("Aline Dumas said"); otherwise it is a verb
 * ("Regarding Varga's").
 */
function taggedAsVerb(toks: Token[], k: number, to: number): boolean {
  const t = toks[k]!;
  if (t.pos !== 'VERB' || !isNameWord(toks[k + 1]!)) return false;
  const prev = toks[k - 1];
  if (prev !== undefined && prev.sent === t.sent && /^\p{Ll}/u.test(prev.text)) return true;
  // "Kenya's environment secretary, Rose Wafula, said": after a comma inside a sentence, a verb is not capitalised
  if (prev !== undefined && prev.sent === t.sent && prev.text === ',' && isGivenName(t.text)) return true;
  const next = toks[to];
  return next !== undefined && next.sent === t.sent && SPEECH_VERBS.has(next.lower);
}

/** Parts of speech that never begin a name: "Regarding Varga's", "Then Smith". */
const NOT_NAME_START = new Set(['VERB', 'ADP', 'ADV', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'INTJ', 'PART', 'NUM']);

/** "Shareholder Kari Lunde said": a common English word opening the sentence (the run's first word `s`). */
function commonWordOpening(toks: Token[], words: readonly { first: number; last: number }[], s: number): boolean {
  const w = words[s]!;
  if (s !== 0 || w.last - w.first !== 1) return false;
  const t = toks[w.first]!;
  return toks[w.first - 1]?.sent !== t.sent && isEnglishWord(t.lower);
}

/** A capitalised participle that opens its sentence and is followed by no verb ("Visiting coach", "Speaking later"). */
export function participleOpening(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  return (
    toks[k - 1]?.sent !== t.sent &&
    t.pos === 'VERB' &&
    /(?:ing|ed)$/.test(t.lower) &&
    next !== undefined &&
    next.pos !== 'VERB' &&
    next.pos !== 'AUX' &&
    !isGivenName(t.text)
  );
}

/** A word of a run: its tokens [first, last) and its text (hyphen-joined pieces are one word). */
interface RunWord {
  first: number;
  last: number;
  text: string;
}
/** A one-token title word that is no organisation's word ("Chairman", not "Court"). */
function trailingTitle(w: RunWord): boolean {
  const n = normalisePhrase(stripDot(w.text));
  return w.last - w.first === 1 && TITLE_WORDS.has(n) && !ORG_WORDS.has(n);
}
/** A one-token word that can be part of a person's name. */
const nameWordAlone = (toks: Token[], w: RunWord) => w.last - w.first === 1 && isNameWord(toks[w.first]!);
/** ("North Dakota Gov.": two words that make a place count too, though neither is one alone) */
const twoWordPlace = (lead: readonly RunWord[], k: number) =>
  k > 0 && findPlaces(`${lead[k - 1]!.text} ${lead[k]!.text}`).some((p) => p.index === 0 && p.phrase.includes(' '));

function splitRun(toks: Token[], from: number, to: number, out: NameMention[]): void {
  // a lone capitalised word that cannot be a name word ("The", "But", "UN") gives no name: the common case, answered
  // before any of the words below are gathered
  if (to - from === 1 && !isNameWord(toks[from]!)) return;
  // "Visiting coach Ana Lo …", "Speaking later, …": a participle opening its sentence, before no verb of its own
  if (to - from === 1 && participleOpening(toks, from)) return;
  if (
    NOT_NAME_START.has(toks[from]!.pos) &&
    to - from > 1 &&
    toks[from + 1]!.spaceBefore !== '' &&
    !taggedAsVerb(toks, from, to)
  )
    from++;
  // group hyphen-joined pieces into words
  const words: RunWord[] = [];
  for (let k = from; k < to;) {
    let e = k + 1;
    while (
      e < to &&
      (joinedAt(toks, e) ||
        (toks[e]!.spaceBefore === '' && joinedAt(toks, e - 1)) ||
        (/^['’]\p{L}/u.test(toks[e]!.text) && toks[e]!.spaceBefore === ''))
    )
      e++;
    words.push({ first: k, last: e, text: e === k + 1 ? toks[k]!.text : sliceWords(toks, k, e) });
    k = e;
  }
  // "Dr. Ada Obi Chairman/CEO, …": a person's title glued after a full name (no comma) ends the run there
  // (not an organisation's word: "the Ada Obi Supreme Court hearing")
  // "Helen Achebe KC", "Sir Ian Marrow OBE": letters after the name are no part of it
  while (
    words.length > 2 &&
    words[words.length - 1]!.last - words[words.length - 1]!.first === 1 &&
    isPostNominal(toks[words[words.length - 1]!.first])
  )
    words.length--;
  let end = words.length;
  while (end > 2 && trailingTitle(words[end - 1]!)) end--;
  if (end < words.length && end >= 2 && nameWordAlone(toks, words[end - 1]!) && nameWordAlone(toks, words[end - 2]!))
    words.length = end;
  // the name: the longest tail of name words (particles allowed inside)
  let s = words.length;
  while (s > 0) {
    const w = words[s - 1]!;
    const single = w.last - w.first === 1 ? toks[w.first]! : null;
    const prev = s >= 2 && words[s - 2]!.last - words[s - 2]!.first === 1 ? toks[words[s - 2]!.first]! : null;
    const ok = single
      ? isNameWord(single) ||
        // "Nadia Said Okoro", "Ahmed Said": a capitalised verb of speech inside a name, after a name word, is a
        // name (a verb is not capitalised mid-sentence)
        (s >= 2 &&
          SPOKEN_NAMES.has(single.text) &&
          isNameWord(toks[words[s - 2]!.first]!) &&
          toks[words[s - 2]!.first]!.sent === single.sent) ||
        // "J.R. Whitfield", "A.B. Tan": initials written together, before the surname
        (s < words.length && joinedInitials(single) && isNameWord(toks[words[s]!.first]!)) ||
        // "Dr KT Wong", "Mr PK Osei": a given name as capital initials without dots, after an honorific
        (s < words.length && s >= 2 && capitalInitials(single, toks[words[s - 2]!.first]!)) ||
        (PARTICLES.has(single.text) && s < words.length) ||
        // "Pope Linus IX", "King Olaf III": a regnal number after a name word is part of the name
        (s >= 2 && REGNAL_NUMBER.test(single.text) && isNameWord(toks[words[s - 2]!.first]!)) ||
        // "Bill Ruiz", "Dean Moss": a given name the lexicons also list as a word, before a surname
        (s === words.length - 1 && namesakeWord(single) && !ORG_WORDS.has(normalisePhrase(words[s]!.text))) ||
        // "Jordan Ellis", "Georgia Hale": a country's name that is also a given name, before a surname that is no
        // English word ("Jordan Valley" stays a place)
        (s === words.length - 1 &&
          isGivenName(single.text) &&
          findPlaces(single.text).some((p) => p.kind === 'country') &&
          isNameWord(toks[words[s]!.first]!) &&
          !isEnglishWord(words[s]!.text.toLowerCase())) ||
        // "Tom Major", "Ann Page", "Tom Chad", "Enrico Palermo": such a word or a city's name as the surname, after a
        // given name that ends the run there; so is a title word ("Dana Priest", "Mark Boss")
        (s === words.length &&
          prev !== null &&
          (surnameWord(single) ||
            (TITLE_WORDS.has(single.lower) && /^\p{Lu}\p{Ll}+$/u.test(single.text)) ||
            commonWordSurname(toks, single, to)) &&
          !ORG_WORDS.has(single.lower) &&
          isNameWord(prev) &&
          isGivenName(prev.text))
      : /\p{Ll}/u.test(w.text) && !isLeadWord(toks[w.first]!) && !isLeadText(w.text);
    if (!ok) break;
    s--;
  }
  // a trailing organisation or place word ends a non-person run
  if (s === words.length) return;
  // a lower-case particle does not begin a name ("de", "van"); a capitalised one may be a given name ("Ben", "Al")
  while (s < words.length && PARTICLES.has(words[s]!.text) && /^\p{Ll}/u.test(words[s]!.text)) s++;
  if (s >= words.length) return;
  // "the founder of Bright Path", "CEO of Zenbox", "Convention on River Basins": (part of) the name of a body,
  // not a person, unless a given name stands in it ("Minister of the Interior Ana Silva")
  if (continuesBodyName(toks, from, words.length) && !words.some((w) => isGivenName(w.text))) return;
  // "Council on Housing Relations Maria Lopes", "Governor of Maryland Chris Oduya": a word before a
  // given name that is no given name itself ends the organisation or place, not the person's name
  // (only when the run follows a preposition: it then starts inside a name of a place or organisation)
  const afterPreposition = from > 0 && /^(of|on|for|from|at|in|with|-|–)$/.test(toks[from - 1]!.lower);
  if (afterPreposition)
    for (let k = words.length - 2; k > s; k--)
      if (
        isGivenName(words[k]!.text) &&
        !isGivenName(words[k - 1]!.text) &&
        words.length - k >= 2 &&
        // "Salem Rashid Al Kaabi": a particle that is also a given name ("Al") inside a name is no start
        !(PARTICLES.has(words[k]!.text) && isNameWord(toks[words[k - 1]!.first]!))
      ) {
        s = k;
        break;
      }
  // "Maryland Chris Oduya": a place before a given name; "Organiser Maria Gomez": an occupation
  // (never before a particle: "– Prof. Jan de Vries" keeps "Jan")
  if (
    words.length - s >= 3 &&
    !PARTICLES.has(words[s + 1]!.text) &&
    ((isGivenName(words[s + 1]!.text) &&
      (afterPreposition || findPlaces(words[s]!.text).some((p) => p.kind !== 'institution'))) ||
      (ROLE_NOUNS.has(normalisePhrase(words[s]!.text)) && !isGivenName(words[s]!.text)) ||
      // (a common word only before a known given name: "Pilar de la Fuente" stays whole)
      (commonWordOpening(toks, words, s) && !isGivenName(words[s]!.text) && isGivenName(words[s + 1]!.text)))
  )
    s++;
  // a place name is not a person's ("New Zealand", "Oslo Fjord")
  const tailText = words
    .slice(s)
    .map((w) => w.text)
    .join(' ');
  const tailPlaces = findPlaces(tailText);
  if (
    tailPlaces.some(
      (p) => p.kind !== 'institution' && p.index === 0 && p.phrase.split(/\s+/).length >= words.length - s,
    )
  )
    return;
  // the whole run's places: the tail's when the name is the whole run
  if (
    (s === 0 ? tailPlaces : findPlaces(words.map((w) => w.text).join(' '))).some(
      (p) =>
        p.kind !== 'institution' &&
        p.phrase.includes(' ') &&
        words.slice(s).some((w) => p.phrase.split(/\s+/).includes(w.text)),
    )
  )
    return;
  let lead = words.slice(0, s);
  // a sentence-initial or other capitalised word that is not a descriptor ("Yesterday", "Thanks") is not part of the title
  let cut = lead.length;
  for (;;) {
    if (
      cut > 0 &&
      (isLeadWord(toks[lead[cut - 1]!.first]!) ||
        isLeadText(lead[cut - 1]!.text) ||
        ROLE_NOUNS.has(normalisePhrase(lead[cut - 1]!.text)))
    )
      cut--;
    // (only before a descriptor already taken: "… of Hong Kong Ana Lo" keeps the place with its "of")
    else if (cut > 1 && cut < lead.length && twoWordPlace(lead, cut - 1)) cut -= 2;
    else break;
  }
  // "Facebook CEO", "Skyway Airlines CEO": an organisation's name before a title stays with the title
  while (
    cut > 0 &&
    cut < lead.length &&
    (TITLE_WORDS.has(normalisePhrase(stripDot(lead[cut]!.text))) ||
      isLeadText(lead[cut]!.text) ||
      ORG_WORDS.has(normalisePhrase(lead[cut]!.text)) ||
      namedBodyPair(lead[cut - 1]!.text, lead[cut]!.text)) &&
    // (past a place or region too: "European Commission President"; and any word of a body's own name before the
    // body's word: "World Bank President", "Arab League Secretary-General")
    (!NOT_NAME_WORDS.has(normalisePhrase(lead[cut - 1]!.text)) ||
      isRegionWord(lead[cut - 1]!.text) ||
      findPlaces(lead[cut - 1]!.text).length > 0 ||
      ((ORG_WORDS.has(normalisePhrase(lead[cut]!.text)) || namedBodyPair(lead[cut - 1]!.text, lead[cut]!.text)) &&
        !CALENDAR.has(normalisePhrase(lead[cut - 1]!.text)))) &&
    toks[lead[cut - 1]!.first]!.pos === 'PROPN'
  )
    cut--;
  lead = lead.slice(cut);
  const nameWords = words.slice(s);
  const first = nameWords[0]!.first;
  const last = nameWords[nameWords.length - 1]!.last;
  const leadWords = lead.map((w) => normalisePhrase(stripDot(w.text)));
  const honorific = leadWords.length
    ? HONORIFICS.has(leadWords[leadWords.length - 1]!)
      ? leadWords[leadWords.length - 1]!
      : null
    : null;
  // "St. Peter's Basilica", "Saint Mary's Hospital": a saint's name is a church, a place or a day, not a speaker
  if (leadWords.length && SAINT_TITLES.has(leadWords[leadWords.length - 1]!)) return;
  // a word alone is as likely a surname ("Hill" for Mary Hill) as a given name: its gender comes from a title only
  let gender: Gender | null = nameWords.length >= 2 ? genderOfGivenName(nameWords[0]!.text) : null;
  for (const w of leadWords) gender = GENDER_WORDS[w] ?? gender;
  const hasTitle = leadWords.some((w) => TITLE_WORDS.has(w));
  const realWords = nameWords.filter((w) => !isInitial(toks[w.first]!));
  const kin = namedByKin(toks, first, nameWords);
  // a firm named like a person ("Goldman Sachs"): the organisation table knows it
  if (!hasTitle && KNOWN_ORGANISATIONS.has(normalisePhrase(sliceText(toks, first, last)))) return;
  out.push({
    first,
    last,
    start: toks[first]!.start,
    end: toks[last - 1]!.end,
    name: toks[0] ? sliceText(toks, first, last) : '',
    words: nameWords.map((w) => w.text),
    leadFirst: lead.length ? lead[0]!.first : first,
    honorific,
    gender,
    // ("J. R. Ewing": initials before a surname name a person as fully as a given name)
    strong:
      realWords.length >= 2 ||
      hasTitle ||
      kin ||
      (nameWords.length >= 2 && realWords.length === 1 && realWords[0] === nameWords.at(-1)),
    titled: hasTitle,
    sent: toks[first]!.sent,
    ...(kin ? { kin } : {}),
  });
}

const KINSHIP: ReadonlySet<string> = new Set(namesData.kinshipNouns);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);
/** "his wife, Priya", "Ana Lo's son Mateo": a name word alone after a possessive and a noun of kinship is a person's. */
function namedByKin(toks: readonly Token[], first: number, words: readonly { text: string }[]): true | false {
  if (words.length !== 1) return false;
  let k = first - 1;
  if (toks[k]?.text === ',') k--;
  if (!KINSHIP.has(toks[k]?.lower ?? '')) return false;
  const owner = toks[k - 1];
  return owner !== undefined && (POSSESSIVE_PRONOUNS.has(owner.lower) || /^['’]s?$/.test(owner.text));
}

/** A post's or a body's word ("Minister", "Department"). */
const postOrBody = (t: Token | undefined) => !!t && (TITLE_WORDS.has(t.lower) || ORG_WORDS.has(t.lower));

/**
 * A title and "of the" ("secretary of the Global Water Compact"), a post in an organisation
 * and "of" ("founder of Bright Path"), or a body's name and a preposition, right before token `from`.
 */
function continuesBodyName(toks: Token[], at: number, words: number): boolean {
  // back over capitalised words the run left out, whatever their tag ("of Turning/VERB Tide")
  let from = at;
  while (from > 0 && /^\p{Lu}/u.test(toks[from - 1]!.text) && toks[from - 1]!.sent === toks[at]!.sent) from--;
  // "Convention on River Basins", "Council for Harbour Trade": the short rest of an organisation's name
  // (a longer run may end in a person: "University of Lagos Ikeja Ada Obi")
  const prep = toks[from - 1]?.lower;
  const head = toks[from - 2];
  if (
    words <= 3 &&
    (prep === 'on' || prep === 'for' || prep === 'of') &&
    head &&
    isCapital(head) &&
    (ORG_WORDS.has(head.lower) || pluralOrgWord(head.lower))
  )
    return true;
  // "Minister of Economy", "Department of Ports and Shipping": one word after a post's or body's "of" is its portfolio
  // (or two: "Minister of Water Resources, Nurlan Abenov,"; a person's name has a given name, see the caller)
  // (two only after a capitalised post: "the lawyer of Nurlan Abenov" names a person)
  if ((words === 1 || (words === 2 && head !== undefined && isCapital(head))) && prep === 'of' && postOrBody(head))
    return true;
  // "Federal Minister for Economic Affairs", "Commissioner for Home Affairs": a post's portfolio after "for"
  if (words <= 3 && prep === 'for' && head !== undefined && TITLE_WORDS.has(head.lower)) return true;
  if (words === 1 && prep === 'and' && toks[from - 3]?.lower === 'of' && postOrBody(toks[from - 4])) return true;
  const the = prep === 'the';
  const k = the ? from - 2 : from - 1;
  // "a spokesperson for Harbour Transit", "a lawyer for the Reed Creek residents": whom they speak for
  if (toks[k]?.lower === 'for' && AGENT_TITLES.has(normalisePhrase(toks[k - 1]?.text ?? ''))) return true;
  if (toks[k]?.lower !== 'of') return false;
  const title = normalisePhrase(stripDot(toks[k - 1]?.text ?? ''));
  return ORG_TITLES.has(title) || (the && TITLE_WORDS.has(title));
}

function sliceText(toks: Token[], first: number, last: number): string {
  let s = '';
  for (let k = first; k < last; k++) s += (k > first ? toks[k]!.spaceBefore.replace(/\s+/g, ' ') : '') + toks[k]!.text;
  return s;
}

export { TITLE_WORDS, ROLE_WORDS, ORG_WORDS, ORG_TITLES, AGENT_TITLES, isAcronym };
