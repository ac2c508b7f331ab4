import { HONORIFICS, NOT_NAME_WORDS, PARTICLES, ROLES } from './lexicon';
import orgData from '../../../data/organisations.json';
import { FUNCTION_WORDS } from '../../lib/normaliseTerm';
import { boundedMemo } from './boundedMemo';
import { isGivenName } from './givenNames';

const ORG_WORDS: ReadonlySet<string> = new Set(orgData.keywords);

/** A word of a line with what separates it from the previous word. */
export interface Tok {
  readonly raw: string;
  /** lower-case, diacritics kept, trailing dot dropped */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly sep: string;
}

/** Initialisms ("U.S.", "U.N.") are one token; other words may keep one trailing dot ("Dr."). */
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-/][\p{L}\p{M}\p{N}]+)*\.?/gu;
const KEEP_DOT = new Set(['ph', 'd', 'st', 'jr', 'sr', 'p', 'g', 'no']);

/**
 * Lines are read by several layout rules, and looked back over once per surname
 * (06-layoutSpeakers): the words of the last lines read are kept. Callers never
 * change the list they are given.
 */
const recentWords = boundedMemo(512, (text: string): readonly Tok[] => tokenWords(text, Infinity));

/** The words of `text`, the first `limit` of them at most (a caller that reads only the start need not tokenise the rest). */
export function wordTokens(text: string, limit = Infinity): readonly Tok[] {
  if (limit !== Infinity) return tokenWords(text, limit);
  return recentWords(text);
}

function tokenWords(text: string, limit: number): Tok[] {
  const out: Tok[] = [];
  let prev = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (out.length >= limit) break;
    let raw = m[0];
    const base = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    const lower = base.toLowerCase();
    // "Dr." and "W." keep their dot; a sentence-final dot does not belong to the word
    if (raw.endsWith('.') && !(HONORIFICS.has(lower) || KEEP_DOT.has(lower) || /^(?:\p{Lu}\.?)+$/u.test(base)))
      raw = base;
    out.push({ raw, norm: lower, start: m.index, end: m.index + raw.length, sep: text.slice(prev, m.index) });
    prev = m.index + raw.length;
  }
  return out;
}

export const isHonorific = (t: Tok) => HONORIFICS.has(t.norm);
/** Courtesy forms ("Dr.", "Mrs.") belong to the name's surface; "MP" or "Senator" are titles. */
const PERSONAL = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'madam',
  'madame',
  'mme',
  'dr',
  'prof',
  'sir',
  'dame',
  'lady',
  'princess',
  'prince',
  'sheikh',
]);
export const isPersonalHonorific = (t: Tok) => PERSONAL.has(t.norm);
export const isAcronym = (t: Tok) => /^[\p{Lu}\d]{2,}(?:[-/][\p{Lu}\d]{2,})*$/u.test(t.raw);
const isCapitalisedWord = (t: Tok) => /^\p{Lu}\p{Ll}+$/u.test(t.raw) && !HONORIFICS.has(t.norm);
const isInitial = (t: Tok) => /^\p{Lu}\.$/u.test(t.raw);
const spaceOnly = (sep: string) => /^[ \t\u00a0]+$/.test(sep);

/** Capitalised, has lower-case letters, and is not a common heading word, place or title. */
export function isNameWord(t: Tok): boolean {
  // most words start with an ASCII letter: no regex for those that are lower case
  const c = t.raw.charCodeAt(0);
  if ((c < 128 ? !(c >= 65 && c <= 90) : !/^\p{Lu}/u.test(t.raw)) || !/\p{Ll}/u.test(t.raw) || t.raw.endsWith('.'))
    return false;
  const n = t.norm.endsWith('s') ? t.norm.replace(/[’']s$/, '') : t.norm;
  // "Coalition", "Association": organisation words end organisation names, not people's
  return !NOT_NAME_WORDS.has(n) && !ORG_WORDS.has(n);
}

/** Every word used in roles: "member", "senator", "President-elect". */
export const ROLE_WORDS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  // role words proper: not the "of" and "the" inside "member of the European Parliament"
  for (const list of Object.values(ROLES.keywords))
    for (const k of list) for (const w of k.split(/\s+/)) if (!FUNCTION_WORDS.has(w)) s.add(w);
  for (const w of ROLES.formerMarkers) s.add(w);
  for (const w of [
    'human',
    'rights',
    'expert',
    'elect',
    'deputy',
    'vice',
    'senior',
    'keynote',
    'speaker',
    'chief',
    'executive',
  ])
    s.add(w);
  return s;
})();

/** A word that may stand before a name as its descriptor: "Swedish MP", "XYZ member", "Dr.". */
export function isDescriptorWord(t: Tok): boolean {
  if (isHonorific(t) || isAcronym(t)) return true;
  const n = t.norm.replace(/[’']s$/, '');
  return (
    ROLE_WORDS.has(n) ||
    n.split('-').every((p) => ROLE_WORDS.has(p)) ||
    (NOT_NAME_WORDS.has(n) && /^\p{Lu}/u.test(t.raw))
  );
}

export interface NameRun {
  from: number;
  to: number;
  /** the name without honorifics, as written */
  text: string;
}

/**
 * The longest person name starting at token `i`: name words, inner particles
 * ("de", "van") and initials ("W."), only spaces between them. `lowerVocab`
 * holds the document's lower-case words: a surname the text also writes in
 * lower case ("Situation") is an ordinary word.
 */
export function nameRunAt(
  toks: readonly Tok[],
  i: number,
  text: string,
  lowerVocab: { has(w: string): boolean },
  min = 2,
): NameRun | null {
  let j = i;
  let lastName = -1;
  while (j < toks.length && j - i < 6) {
    const t = toks[j]!;
    if (j > i && !spaceOnly(t.sep)) break;
    const next = toks[j + 1];
    // "Carmen Africa Lopez": a capitalised common word may sit between two name words
    const inner = j > i && isCapitalisedWord(t) && next !== undefined && spaceOnly(next.sep) && isNameWord(next);
    if (isNameWord(t) || (j > i && capitalSurname(toks, j))) lastName = j;
    else if (!(j > i && (PARTICLES.has(t.raw) || isInitial(t) || inner))) break;
    j++;
  }
  if (lastName < i || !isNameWord(toks[i]!)) return null;
  const to = lastName + 1;
  const count = toks.slice(i, to).filter((t, k) => isNameWord(t) || (k > 0 && capitalSurname(toks, i + k))).length;
  if (count < min) return null;
  if (lowerVocab.has(toks[lastName]!.norm)) return null;
  // "Foreign Affairs Committee": capitalised words before an organisation word are its name
  const after = toks[lastName + 1];
  if (after && spaceOnly(after.sep) && /^\p{Lu}/u.test(after.raw) && ORG_WORDS.has(after.norm)) return null;
  const written = text.slice(toks[i]!.start, toks[lastName]!.end);
  return { from: i, to, text: capitalSurname(toks, lastName) ? titleCaseCapitals(written) : written };
}

/**
 * "Maria KOVALENKO", "Ana LÓPEZ-REYES": rolls from European institutions write surnames in capitals. A word in
 * capitals of four letters or more, after a given name from the lists, is that person's surname.
 */
function capitalSurname(toks: readonly Tok[], j: number): boolean {
  const t = toks[j]!;
  const prev = toks[j - 1];
  return (
    prev !== undefined &&
    spaceOnly(t.sep) &&
    /^\p{Lu}[\p{Lu}'’-]{3,}$/u.test(t.raw) &&
    !/\p{Ll}/u.test(t.raw) &&
    isNameWord(prev) &&
    isGivenName(prev.raw) &&
    !NOT_NAME_WORDS.has(t.norm) &&
    !ORG_WORDS.has(t.norm) &&
    !ROLE_WORDS.has(t.norm)
  );
}

/** "Maria KOVALENKO" -> "Maria Kovalenko": each word in capitals written as a name. */
function titleCaseCapitals(name: string): string {
  return name.replace(/[\p{L}'’]{2,}/gu, (w) =>
    /\p{Ll}/u.test(w) ? w : w.replace(/^(.)(.*)$/u, (_, a: string, b: string) => a + b.toLowerCase()),
  );
}

export interface NameHit {
  /** first token, honorifics included */
  from: number;
  /** first token of the name proper */
  nameFrom: number;
  to: number;
  name: string;
  surface: string;
}

const FOLLOWERS = new Set([
  'from',
  'of',
  'representing',
  'at',
  'in',
  'with',
  'for',
  'and',
  'who',
  'said',
  'says',
  'added',
]);

/**
 * The first person name within `maxSkip` words of `from`, skipping a title
 * before it ("Former Australian Minister Maarten de Graaf", "Deputy Foreign
 * Minister Guadalupe Montoya"). A name must end the text or be followed by
 * punctuation, a lower-case word or a preposition, not by another capitalised
 * word ("Foreign Minister" is a title, not a person).
 */
export function findName(
  toks: readonly Tok[],
  from: number,
  text: string,
  lowerVocab: { has(w: string): boolean },
  min = 2,
  maxSkip = 7,
  anyLower = false,
): NameHit | null {
  for (let s = from; s < toks.length && s <= from + maxSkip; s++) {
    const t = toks[s]!;
    if (s > from && /[.!?;:“”"]/.test(t.sep)) return null;
    if (!anyLower && /^\p{Ll}/u.test(t.raw) && !isDescriptorWord(t) && !FOLLOWERS.has(t.norm)) return null;
    if (!isNameWord(t)) continue;
    const run = nameRunAt(toks, s, text, lowerVocab, min);
    if (!run) continue;
    const next = toks[run.to];
    if (next && spaceOnly(next.sep) && !/^\p{Ll}/u.test(next.raw)) continue;
    // one word ("Saint Vincentian …") may be a title: a full name later in the same clause wins
    if (run.to - run.from === 1 && min === 1) {
      const later = findName(toks, run.to, text, lowerVocab, 2, from + maxSkip - run.to, anyLower);
      if (later && !toks.slice(run.to, later.from).some((t) => /[,;]/.test(t.sep))) return later;
    }
    let h = s;
    while (h > from && isHonorific(toks[h - 1]!) && s - h < 2 && spaceOnly(toks[h]!.sep)) h--;
    return {
      from: h,
      nameFrom: s,
      to: run.to,
      name: run.text,
      surface: text.slice(toks[h]!.start, toks[run.to - 1]!.end),
    };
  }
  return null;
}

/** "Dr. Jane Doe" -> "jane doe": the key one person's name forms share in a document. */
export function nameKey(name: string): string {
  return nameKeys(name);
}

/** A document asks for the key of each name form many times, and names recur across articles: each is folded once (bounded). */
const nameKeys = boundedMemo(10_000, foldName);

function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[\s.]+/)
    .filter((w) => w && !HONORIFICS.has(w))
    .join(' ');
}

/** ASCII slug: "Élodie Durand" -> "elodie-durand". */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
