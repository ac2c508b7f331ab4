/**
 * Whether a single capitalised word before a post ("Software chief", "Varga spokesman") names a body: not when it is
 * an ordinary word capitalised only to open sentences, nor when it is a person's surname.
 */
import { escapeRegExp, HONORIFICS } from './lexicon';
import { isGivenName } from './givenNames';
import { isCommonWord } from './tokenise';

/** What may stand before a sentence's first word: nothing (a line's start), an end mark, an opening quote or bracket. */
const OPENS_SENTENCE = /(?:^|[.!?:;]["”’)]?|["“‘(]|[-–—•])\s*$/u;

/**
 * Whether a capitalised word is an ordinary lower-case word the text only capitalises to open a sentence, and uses in
 * lower case elsewhere: "Software chief Ines Odede said … laptops and software" names no body "Software"; "said
 * Apple chief …", an "Apple" inside a sentence, or no "apple" anywhere leaves the company.
 */
export function onlySentenceCase(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(lower)) return false;
  const whole = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'gu');
  let found = false;
  for (const m of text.matchAll(whole(word))) {
    found = true;
    // the text before it on its line
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (!OPENS_SENTENCE.test(text.slice(Math.max(lineStart, m.index - 40), m.index))) return false;
  }
  // (and the text uses it as an ordinary word elsewhere: "the union", "software"; "Apple chief Tim Cook" at a
  // sentence's start, with no "apple" in the text, keeps its company)
  return found && whole(lower).test(text);
}

/**
 * Whether a capitalised word is a person's surname in this text ("Varga spokesman" after "Anna Varga", "Varga
 * adviser" after "President Varga"): a given name or an honorific (data/names.json) stands right before it somewhere.
 */
export function namedAsPerson(word: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const re = new RegExp(`(\\p{Lu}\\p{Ll}+\\.?)\\s+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re))
    if (isGivenName(m[1]!) || HONORIFICS.has(m[1]!.toLowerCase().replace(/\.$/, ''))) return true;
  return false;
}
