import { normalisePhrase, PARTICLES } from './lexicon';
import type { Gender, NameMention } from './mentions';
import { isEnglishWord, isGivenName } from './givenNames';
import { ofAParty } from './orgs';
import { isCommonWord, type Token } from './tokenise';

/** One person of one document, with every form the document names them by. */
export interface Person {
  id: number;
  /** Forms as written, with how often each appears. */
  forms: Map<string, number>;
  /** Lower-case words of the fullest form. */
  words: string[];
  gender: Gender | null;
  /** Descriptor strings as written ("French President", "executive secretary of the UN…"). */
  descriptors: string[];
  /** Offsets of the descriptor strings' sources, for evidence. */
  mentions: NameMention[];
  /** Set once descriptors are known: see looksPersonal. */
  personal: boolean;
}

const wordsOf = (m: NameMention) => m.words.map((w) => normalisePhrase(w)).filter(Boolean);
/** "el sakka" → "sakka": a surname written joined to its particle ("el-Sakka", "al-Amin") is also used without it. */
function particleTail(word: string): string | null {
  const space = word.indexOf(' ');
  return space > 0 && PARTICLES.has(word.slice(0, space)) ? word.slice(space + 1) : null;
}
/** The words a name can be called by: its own, and its joined surnames without their particle. */
const callableWords = (words: readonly string[]) =>
  words.flatMap((x) => {
    const tail = particleTail(x);
    return tail ? [x, tail] : [x];
  });
const isInitialWord = (w: string) => w.length === 1;
/** A word of initials as written: "J.", "A.B.". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * Mentions -> people of one document. Full names (two or more words) make a
 * person; a surname, a given name or a titled single word ("President Varga",
 * "Mr Ruiz") then joins the nearest earlier person it is part of, else the
 * nearest later one; a titled single word with no full name stands alone.
 * Returns the person of each mention (-1 for an untitled word that names no one).
 */
export function resolvePeople(mentions: readonly NameMention[]): { people: Person[]; personOf: Int32Array } {
  const people: Person[] = [];
  const personOf = new Int32Array(mentions.length).fill(-1);
  const add = (m: NameMention, p: Person) => {
    p.forms.set(m.name, (p.forms.get(m.name) ?? 0) + 1);
    // the given name alone, as the article writes it, stays a form (an alias) of the full name it stands for
    if (m.written) p.forms.set(m.written, (p.forms.get(m.written) ?? 0) + 1);
    p.mentions.push(m);
    p.gender ??= m.gender;
  };
  // people by each word of their name: lookups stay proportional to namesakes, not to everyone in a long text
  const byWord = new Map<string, Person[]>();
  const index = (p: Person) => {
    for (const x of callableWords(p.words)) {
      const list = byWord.get(x) ?? byWord.set(x, []).get(x)!;
      if (!list.includes(p)) list.push(p);
    }
  };
  // pass 1: full names
  mentions.forEach((m, i) => {
    const w = wordsOf(m);
    if (w.filter((x) => !isInitialWord(x)).length < 2) return;
    // "De Luca", "Van Berg": a surname with its particle, for pass 2 to join to the full name
    if (w.length === 2 && PARTICLES.has(m.words[0]!)) return;
    const same =
      (byWord.get(w[0]!) ?? []).find((p) => sameFullName(p.words, w)) ??
      // (not "van der Berg": a surname with its particles joins in pass 2, by the nearest full name)
      (PARTICLES.has(m.words[0]!) ? undefined : compoundSurnameOf(byWord.get(w[0]!) ?? [], w));
    if (same) {
      if (w.length > same.words.length) {
        same.words = w;
        index(same);
      }
      add(m, same);
      personOf[i] = same.id;
      return;
    }
    const p = newPerson(people.length, w);
    people.push(p);
    index(p);
    add(m, p);
    personOf[i] = p.id;
  });
  // pass 2: single words join the nearest person whose name holds them (measured to full-name mentions, in text order)
  // (a person's mentions are counted by surname once per bare surname: their words are made once, and only read)
  const read = new Map<NameMention, readonly string[]>();
  const wordsRead = (x: NameMention) => read.get(x) ?? read.set(x, wordsOf(x)).get(x)!;
  const bySurname = (p: Person, key: string) =>
    p.mentions.filter((x) => callableWords(wordsRead(x)).includes(key)).length;
  const anchors = people.map((p) => p.mentions.slice());
  mentions.forEach((m, i) => {
    if (personOf[i]! >= 0) return;
    const w = wordsOf(m);
    const key = w[w.length - 1];
    if (!key) return;
    let best = -1;
    let bestDist = Infinity;
    const candidates = (byWord.get(key) ?? []).filter(
      (p) =>
        w.every((x) => p.words.includes(x) || callableWords(p.words).includes(x)) &&
        !(m.gender && p.gender && m.gender !== p.gender) &&
        p.words.length > 1,
    );
    // "Holm said" after both John Holm and Lena Holm, each named as often: no one in particular; the one the
    // article names most by that surname otherwise ("Varga" for Leo Varga, not his son named once). Mentions by
    // the given name alone ("Lena said") do not count: they say nothing of whom the bare surname means.
    const namesakes = candidates
      .filter((p) => p.words[p.words.length - 1] === key || particleTail(p.words[p.words.length - 1]!) === key)
      .map((p) => ({ p, n: bySurname(p, key) }))
      .sort((a, b) => b.n - a.n)
      .map(({ p }) => p);
    if (namesakes.length > 1 && bySurname(namesakes[0]!, key) === bySurname(namesakes[1]!, key)) return;
    if (namesakes.length > 1) {
      add(m, namesakes[0]!);
      personOf[i] = namesakes[0]!.id;
      return;
    }
    for (const p of candidates) {
      // earlier mentions are preferred: a later full name only when no earlier one fits
      const d = distanceTo(anchors[p.id] ?? [], m.start);
      if (d < bestDist) {
        bestDist = d;
        best = p.id;
      }
    }
    if (best >= 0) {
      add(m, people[best]!);
      personOf[i] = best;
    } else {
      const same = (byWord.get(key) ?? []).find((p) => p.words.length === 1);
      // ("his wife, Priya", then "Priya said": the name alone means the person named by kin)
      if (!m.strong && !same?.mentions.some((x) => x.kin)) return;
      const p = same ?? newPerson(people.length, w);
      if (!same) {
        people.push(p);
        index(p);
      }
      add(m, p);
      personOf[i] = p.id;
    }
  });
  return { people, personOf };
}

/**
 * How far the nearest of a person's full-name mentions is from `at`: an
 * earlier one by its distance, a later one after every earlier one (1e9 +).
 * Full-name mentions are added in text order, so a binary search finds it.
 */
function distanceTo(mentions: readonly NameMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return at - mentions[lo - 1]!.start;
  return lo < mentions.length ? 1e9 + mentions[lo]!.start - at : Infinity;
}

const newPerson = (id: number, words: string[]): Person => ({
  id,
  forms: new Map(),
  words,
  gender: null,
  descriptors: [],
  mentions: [],
  personal: false,
});

/**
 * "García López" after "María José García López": the one person named so far whose name ends in these words and
 * has more (a compound surname used alone).
 */
function compoundSurnameOf(people: readonly Person[], w: readonly string[]): Person | undefined {
  const found = people.filter(
    (p) => p.words.length > w.length && w.every((x, k) => p.words[p.words.length - w.length + k] === x),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Same person: equal words, or one form adds words to the other with first and last word in common ("Tomás Ruiz" ~ "Tomás Ruiz Vega"). */
function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) return a.every((x, i) => x === b[i]);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short[0] === long[0] && short.every((x) => long.includes(x));
}

/** The form to show: the fullest form, and among equally full ones the most frequent (a typo that appears once loses). */
export function canonicalForm(p: Person): string {
  let best = '';
  let bestWords = 0;
  let bestCount = 0;
  for (const [form, count] of p.forms) {
    const n = form.split(/\s+/).length;
    if (n > bestWords || (n === bestWords && count > bestCount)) {
      best = form;
      bestWords = n;
      bestCount = count;
    }
  }
  return best;
}

/** A mention of p followed by a verb and "it" or "its" ("X said it would …", "X said that its …"). */
function calledIt(p: Person, toks: readonly Token[]): boolean {
  return p.mentions.some((m) => {
    if (toks[m.last]?.pos !== 'VERB') return false;
    const k = toks[m.last + 1]?.lower === 'that' ? m.last + 2 : m.last + 1;
    return /^(?:it|its)$/.test(toks[k]?.lower ?? '');
  });
}

/**
 * Evidence that a name is a person's, beyond a verb of speech: a title or
 * honorific, a descriptor, a common given name, or a surname used alone
 * elsewhere in the article. "York Times said" or "Disease Control said" has none.
 */
export function looksPersonal(p: Person, toks: readonly Token[] = []): boolean {
  // ("of the River Group" alone says nothing: places and bodies are "of" something too; but a party's members are
  // people: "Joost Mol of the Conservative Party")
  if (
    p.descriptors.some((d) => !/^of\s/.test(d) || ofAParty(d)) ||
    p.mentions.some((m) => m.titled || m.honorific || m.kin)
  )
    return true;
  if (isGivenName(p.words[0] ?? '')) return true;
  // "said Pernille Dahl, who heads a port authority": a relative clause for a person ("which" is for a thing)
  if (p.words.length >= 2 && p.mentions.some((m) => toks[m.last]?.text === ',' && toks[m.last + 1]?.lower === 'who'))
    return true;
  // "J. R. Ewing", "A.B. Tan": initials before a surname
  if (p.mentions.some((m) => m.words.length >= 2 && m.words.slice(0, -1).every((w) => INITIALS.test(w)))) return true;
  // "Amina Yusuf", "Tesfaye Bekele": given names beyond the English lists; two or more words of which none is an
  // English word ("Disease Control", "Harbour Lights" are)
  // (particles inside aside: "Pilar de la Cruz")
  const core = p.words.filter((w) => !PARTICLES.has(w));
  if (core.length >= 2 && core.every((w) => w.length > 1 && !isEnglishWord(w))) return true;
  // "Piet Berg", "Tarja Lind": two words of which neither is ordinary English (a dictionary's rare words are surnames
  // too); not a body the text goes on to call "it" ("Boko Haram said it had …")
  if (core.length === 2 && core.every((w) => w.length > 1 && !isCommonWord(w)) && !calledIt(p, toks)) return true;
  // "Savannah Okafor", "Pilar de la Cruz": a given name that is also a word, before a surname that is none
  const last = core[core.length - 1] ?? '';
  if (core.length === 2 && last.length > 1 && !isEnglishWord(last)) return true;
  // the surname alone ("Varga"), not the first word of a product or company name alone ("Orbital" of "Orbital Cargo")
  const surname = p.words[p.words.length - 1];
  // (not a word used as a modifier, "Rovers coach": a team or company before the post of one of its people)
  const modifier = (m: NameMention) => toks[m.last]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[m.last]!.text);
  return (
    p.words.length >= 2 &&
    p.mentions.some((m) => m.words.length === 1 && normalisePhrase(m.words[0]!) === surname && !modifier(m))
  );
}
