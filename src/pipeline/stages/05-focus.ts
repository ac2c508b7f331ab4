import { countryWordAt } from '../nlp/lexicon';
import { focusOrganisation, learnAliases } from '../nlp/orgs';
import { focusPlaceOf } from '../nlp/proseAttributes';
import type { LayoutDated } from './04-layoutDate';

export interface Focused extends LayoutDated {
  /** The country the article is about, by its names and demonyms (focusCountryOf). */
  focusCountry: string | null;
  /**
   * The same from the places the prose names: the fallback for people the prose alone presents. Asked on demand
   * (and answered once): it scans the whole text, and most articles never need it.
   */
  proseFocus: () => string | null;
  /** The organisation the article is about. */
  focusOrg: string | null;
  /** Short forms the article defines for organisations ("the Water Council (WC)"). */
  orgAliases: Map<string, string>;
}

/** Stage 05: what the article is about (a country, an organisation), to fill in what its speakers leave unsaid. */
export function findFocus(s: LayoutDated): Focused {
  const orgAliases = learnAliases(s.doc.text);
  return {
    ...s,
    focusCountry: focusCountryOf(s.doc.text),
    proseFocus: once(() => focusPlaceOf(s.doc.text)),
    focusOrg: focusOrganisation(s.doc.text, orgAliases),
    orgAliases,
  };
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
}

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
/** What `\w` matches: [A-Za-z0-9_] */
const isAsciiWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** The country an article is about: the one its text names most (names and demonyms). */
export function focusCountryOf(text: string): string | null {
  const counts = new Map<string, number>();
  // the words /\b[A-Z][a-z]+\b/g matches, by hand (one pass, no string per word), looked up as they come
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90 || (i > 0 && isAsciiWordChar(text.charCodeAt(i - 1)))) continue;
    let j = i + 1;
    while (j < n && isAsciiLower(text.charCodeAt(j))) j++;
    if (j === i + 1 || (j < n && isAsciiWordChar(text.charCodeAt(j)))) continue;
    const h = countryWordAt(text, i, j);
    if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
    i = j - 1;
  }
  // only a clear favourite: mentioned often, and twice as often as any other country
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 4 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}
