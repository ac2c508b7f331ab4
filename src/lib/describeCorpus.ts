import type { Corpus } from '../corpus';

export interface CorpusExtent {
  readonly articles: number;
  readonly events: number;
  /** Events whose date is not known (date null). */
  readonly undated: number;
  /** Earliest and latest known event dates, or null when no event has one. */
  readonly from: string | null;
  readonly to: string | null;
  /** Distinct outlets named by the articles, most articles first; articles without one are not counted. */
  readonly outlets: readonly string[];
}

/** What a corpus covers, for the orientation header. */
export function describeCorpus(corpus: Pick<Corpus, 'documents' | 'events'>): CorpusExtent {
  const dates = corpus.events.flatMap((e) => (e.date ? [e.date] : [])).sort();
  const outlets = new Map<string, number>();
  for (const d of corpus.documents) if (d.outlet?.trim()) outlets.set(d.outlet.trim(), (outlets.get(d.outlet.trim()) ?? 0) + 1);
  return {
    articles: corpus.documents.length,
    events: corpus.events.length,
    undated: corpus.events.length - dates.length,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    outlets: [...outlets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([o]) => o),
  };
}

const n = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/**
 * "12 articles from 3 outlets (A, B, C) about 4 events, 2021-03-01 to 2022-12-03, 1 undated".
 * At most `maxOutlets` outlets are named.
 */
export function formatCorpusExtent(x: CorpusExtent, maxOutlets = 3): string {
  const named = x.outlets.slice(0, maxOutlets).join(', ') + (x.outlets.length > maxOutlets ? ', …' : '');
  const outlets = x.outlets.length ? ` from ${n(x.outlets.length, 'outlet', 'outlets')} (${named})` : ' (outlets not recorded)';
  const span = x.from === null ? '' : x.from === x.to ? `, ${x.from}` : `, ${x.from} to ${x.to}`;
  const undated = x.undated === 0 ? '' : x.undated === x.events ? ', all undated' : `, ${x.undated} undated`;
  return `${n(x.articles, 'article', 'articles')}${outlets} about ${n(x.events, 'event', 'events')}${span}${undated}`;
}
