import type { TermCounts } from '../corpus/schema';
import { mergeTally, tallyRanges } from '../lib/tokenize';

/** A two-word phrase counts when it occurs at least this often in its document. */
const MIN_PHRASE = 2;

/**
 * 10: term counts per document and per quote, from one tokenisation of each
 * document; a quote counts the two-word phrases frequent in its document.
 */
export function computeTerms(docs: { id: string; text: string }[], quotes: { id: string; documentId: string; start: number; end: number }[]): TermCounts[] {
  const byDoc = new Map<string, typeof quotes>();
  for (const q of quotes) (byDoc.get(q.documentId) ?? byDoc.set(q.documentId, []).get(q.documentId)!).push(q);
  const docTerms: TermCounts[] = [];
  const quoteTerms = new Map<string, TermCounts>();
  for (const d of docs) {
    const qs = byDoc.get(d.id) ?? [];
    const { whole, parts } = tallyRanges(d.text, qs, MIN_PHRASE);
    const phrases = new Set<string>();
    for (const [b, n] of whole.bigrams) if (n >= MIN_PHRASE) phrases.add(b);
    docTerms.push({ kind: 'document', id: d.id, counts: mergeTally(whole, phrases) });
    // quotes are many and summed by the browser: their counts stay in text order, unsorted
    qs.forEach((q, i) => quoteTerms.set(q.id, { kind: 'quote', id: q.id, counts: mergeTally(parts[i]!, phrases, false) }));
  }
  // quotes in corpus order, after the documents
  return [...docTerms, ...quotes.map((q) => quoteTerms.get(q.id)!).filter((t) => t.counts.length > 0)];
}
