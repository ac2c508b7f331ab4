import type { Terms } from '../corpus/schema';
import { tallyRanges, type TermTally } from '../lib/tokenize';

/** A two-word phrase counts when it occurs at least this often in its document. */
const MIN_PHRASE = 2;

type Row = Terms['rows'][number];

/**
 * 10: term counts per document and per quote in the corpus's compact form (one
 * vocabulary, flat [termIndex, count, …] rows), from one tokenisation of each
 * document; a quote counts the two-word phrases frequent in its document.
 * Terms are numbered as they come and renumbered once at the end, exactly as
 * `encodeTerms` would order them (total count, then term), without building
 * [term, count] pairs for every record first.
 */
export function computeTerms(docs: { id: string; text: string }[], quotes: { id: string; documentId: string; start: number; end: number }[]): Terms {
  const byDoc = new Map<string, typeof quotes>();
  for (const q of quotes) (byDoc.get(q.documentId) ?? byDoc.set(q.documentId, []).get(q.documentId)!).push(q);
  const ids = new Map<string, number>();
  const names: string[] = [];
  const totals: number[] = [];
  const flat = (t: TermTally, phrases: ReadonlySet<string>, sorted: boolean): number[] => {
    const pairs: [string, number][] = [...t.terms];
    for (const [b, n] of t.bigrams) if (phrases.has(b)) pairs.push([b, n]);
    if (sorted) pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out = new Array<number>(pairs.length * 2);
    pairs.forEach(([term, n], k) => {
      let id = ids.get(term);
      if (id === undefined) {
        id = names.length;
        ids.set(term, id);
        names.push(term);
        totals.push(0);
      }
      totals[id]! += n;
      out[2 * k] = id;
      out[2 * k + 1] = n;
    });
    return out;
  };
  const docRows: Row[] = [];
  const quoteRows = new Map<string, Row>();
  for (const d of docs) {
    const qs = byDoc.get(d.id) ?? [];
    const { whole, parts } = tallyRanges(d.text, qs, MIN_PHRASE);
    const phrases = new Set<string>();
    for (const [b, n] of whole.bigrams) if (n >= MIN_PHRASE) phrases.add(b);
    // documents sorted by count; quotes are many and summed by the browser: text order
    docRows.push({ kind: 'document', id: d.id, counts: flat(whole, phrases, true) });
    qs.forEach((q, i) => quoteRows.set(q.id, { kind: 'quote', id: q.id, counts: flat(parts[i]!, phrases, false) }));
  }
  const rows = [...docRows, ...quotes.map((q) => quoteRows.get(q.id)!).filter((r) => r.counts.length > 0)];
  // vocabulary by total count, ties by term: frequent terms get short indices
  const order = names.map((_, i) => i).sort((a, b) => totals[b]! - totals[a]! || (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const renumber = new Int32Array(names.length);
  order.forEach((old, i) => (renumber[old] = i));
  for (const r of rows) {
    const c = r.counts as number[];
    for (let k = 0; k < c.length; k += 2) c[k] = renumber[c[k]!]!;
  }
  return { vocabulary: order.map((i) => names[i]!), rows };
}
