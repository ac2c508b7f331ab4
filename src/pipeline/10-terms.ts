import type { TermCounts } from '../corpus/schema';
import { countTerms, frequentBigrams } from '../lib/tokenize';

/** 10: term counts per document and per quote; a quote counts the two-word phrases frequent in its document. */
export function computeTerms(docs: { id: string; text: string }[], quotes: { id: string; documentId: string; text: string }[]): TermCounts[] {
  const out: TermCounts[] = [];
  const phrases = new Map<string, Set<string>>();
  for (const d of docs) {
    const p = frequentBigrams(d.text);
    phrases.set(d.id, p);
    out.push({ kind: 'document', id: d.id, counts: countTerms(d.text, p) });
  }
  for (const q of quotes) out.push({ kind: 'quote', id: q.id, counts: countTerms(q.text, phrases.get(q.documentId)) });
  return out;
}
