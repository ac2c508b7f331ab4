/**
 * The folds the scorer compares by. They copy ../shared/tools/score.mjs character for
 * character, so that both scorers give the same figures on the same corpus.
 */

const HONORIFICS =
  /\b(dr|mr|mrs|ms|madam|madame|amb|ambassador|sen|senator|mp|prof|professor|sir|lord|princess|rep|gen|col|hon)\b\.?/g;

/** A name as the scorer matches it: accents, case, apostrophes, honorifics and punctuation folded ("Dr. Ömer Çelik" → "omer celik"). */
export function foldName(s: string | null | undefined): string {
  return String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(HONORIFICS, ' ')
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every folded form a person answers to (name and aliases); empty folds dropped. */
export function nameKeys(p: { name: string; aliases?: readonly string[] }): Set<string> {
  return new Set([p.name, ...(p.aliases ?? [])].map(foldName).filter(Boolean));
}

/** Quote text compared with curly quotes straightened, whitespace runs collapsed and case folded. */
export function foldQuote(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The keys' older role names ("opposition-leader", US spellings) and the taxonomy's. */
const ROLE_SYNONYMS: Record<string, string> = {
  'opposition-leader': 'organisation-leader',
  'organization-leader': 'organisation-leader',
  'organization-member': 'organisation-member',
};
export const foldRole = (r: string | null | undefined): string | null | undefined =>
  r && Object.hasOwn(ROLE_SYNONYMS, r) ? ROLE_SYNONYMS[r] : r;

/** An affiliation as compared: a folded name without "the", "of", "and", "for", "in". */
export function foldAffiliation(s: string): string {
  return foldName(s)
    .replace(/\b(the|of|and|for|in)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
