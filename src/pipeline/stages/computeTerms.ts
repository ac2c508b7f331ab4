import type { Terms } from '../../corpus/schema';
import { tallyDocument, TermTable } from './12-terms';
import { mergeTallies } from './15-mergeTerms';
import { tokenise } from '../nlp/tokenise';

type Row = Terms['rows'][number];

/** Term counts of `docs` and their `quotes`: document rows in the order of `docs`, then quote rows in the order of `quotes`. */
export function computeTerms(
  docs: { id: string; text: string }[],
  quotes: { id: string; documentId: string; start: number; end: number }[],
): Terms {
  const byDoc = new Map<string, typeof quotes>();
  for (const q of quotes) (byDoc.get(q.documentId) ?? byDoc.set(q.documentId, []).get(q.documentId)!).push(q);
  const table = new TermTable();
  const terms = mergeTallies(
    docs.map((d) => {
      const qs = byDoc.get(d.id) ?? [];
      return {
        id: d.id,
        names: table.names,
        tally: tallyDocument(table, d.text, tokenise(d.text).tokens, qs),
        quoteIds: qs.map((q) => q.id),
      };
    }),
  );
  // quote rows in the order of `quotes` (mergeTallies lists them document by document)
  const at = new Map(quotes.map((q, i) => [q.id, i]));
  const rank = (r: Row) => (r.kind === 'document' ? -1 : at.get(r.id)!);
  terms.rows.sort((a, b) => rank(a) - rank(b));
  return terms;
}
