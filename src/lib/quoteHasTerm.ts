import type { CorpusIndex } from './corpusIndex';
import { recordsWithTerms, type TermTable } from './termTable';

const termIdsOf = (table: TermTable, terms: readonly string[]): number[] => terms.map((t) => table.idOf.get(t)).filter((id) => id !== undefined);

/**
 * A test "does the quote at position qi contain any of `terms`": from the
 * corpus's term counts when it has them, else as a whole-word match in the
 * quote text (so corpora without term counts are still filterable).
 */
export function quoteTermTest(index: CorpusIndex, terms: readonly string[]): (qi: number) => boolean {
  const table = index.quoteTerms;
  if (table.present) {
    const flags = recordsWithTerms(table, termIdsOf(table, terms));
    return (qi) => flags[qi] === 1;
  }
  const lower = index.quoteTextLower();
  return (qi) => terms.some((t) => containsWords(lower[qi]!, t));
}

/** Flags by document position: documents whose full text has any of `terms` (term counts, else a text match). Do not modify. */
export function documentTermFlags(index: CorpusIndex, terms: readonly string[]): Uint8Array {
  const table = index.documentTerms;
  const docs = index.corpus.documents;
  if (table.present) return recordsWithTerms(table, termIdsOf(table, terms));
  const out = new Uint8Array(docs.length);
  docs.forEach((d, r) => {
    const lower = d.text.toLowerCase();
    out[r] = terms.some((t) => containsWords(lower, t)) ? 1 : 0;
  });
  return out;
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
