import type { CorpusIndex } from './corpusIndex';

/**
 * Whether the quote at corpus position `qi` contains `term`: from its term counts
 * when the corpus has them, else as a whole-word match in its text (corpora
 * without term counts are still filterable).
 */
export function quoteHasTerm(index: CorpusIndex, qi: number, term: string): boolean {
  const q = index.corpus.quotes[qi]!;
  const counts = index.termsByQuote.get(q.id);
  if (counts) return counts.some(([t]) => t === term);
  return containsWords(index.quoteTextLower()[qi]!, term);
}

/** Whole-word, case-insensitive containment ("art" is not in "party"). */
export function containsWords(lowerText: string, term: string): boolean {
  const needle = term.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lowerText.indexOf(needle, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : lowerText[at - 1]!;
    const after = lowerText[at + needle.length] ?? '';
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

export function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}'’-]/u.test(c);
}
