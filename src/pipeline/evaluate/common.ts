/** What the scorers share: the corpus as read, and small helpers. */
import type { Corpus } from '../../corpus/schema';

/** What the scorer reads of a corpus (the bench passes a whole one). */
/** What the scorer reads of a corpus: the documents' texts are not needed (the quotes carry their words). */
export type ScoredCorpus = Pick<Corpus, 'speakers' | 'appearances'> &
  Partial<Pick<Corpus, 'events' | 'quotes'>> & { documents: Omit<Corpus['documents'][number], 'text'>[] };

/** Joins the parts of a map key (names and files hold no NUL). */
export const SEP = '\u0000';
export const basename = (f: string) => f.slice(f.lastIndexOf('/') + 1);
export const share = (n: number, of: number) => (of ? n / of : null);

/** Appends v to the list at m[k]. */
export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
