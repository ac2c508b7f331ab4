import type { CountMode } from './countUnits';
import { EMPTY_FILTERS, FACETS, type Filters } from './filters';
import { normaliseTermQuery } from './normaliseTerm';

export type TermSource = 'quote' | 'document';
export type EventSplit = 'role' | 'country';

/** Everything a shared link restores: the filters plus how the page is viewed. */
export interface UrlState {
  readonly filters: Filters;
  /** Speaker whose detail is open. */
  readonly speaker: string | null;
  readonly terms: TermSource;
  readonly split: EventSplit;
  /** What a chart's count stands for: a speaker once per event, or once per article mention. */
  readonly count: CountMode;
}

export const DEFAULT_URL_STATE: UrlState = { filters: EMPTY_FILTERS, speaker: null, terms: 'quote', split: 'role', count: 'event' };

/**
 * Read a query string ("?country=FR&country=GB&q=water"). Repeated keys carry
 * several values, so values containing commas ("Acme, Inc.") survive. Unknown
 * keys and malformed values fall back to defaults.
 */
export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const list = (k: string) => [...new Set(p.getAll(k).filter((v) => v !== ''))];
  const filters: Filters = {
    country: list('country'),
    role: list('role'),
    affiliation: list('affiliation'),
    event: list('event'),
    // a term typed into the address bar is looked up as the pipeline counted it ("Party’s" is "party"); one that is
    // no term (a stop word) stays as typed, and matches nothing
    term: [...new Set(list('term').map((t) => normaliseTermQuery(t) ?? t))],
    text: p.get('q') ?? '',
  };
  return {
    filters,
    speaker: p.get('speaker') || null,
    terms: p.get('terms') === 'document' ? 'document' : 'quote',
    split: p.get('split') === 'country' ? 'country' : 'role',
    count: p.get('count') === 'article' ? 'article' : 'event',
  };
}

/** The canonical query string for a state ("" when everything is default), so equal states give equal URLs. */
export function formatUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  for (const facet of FACETS) for (const v of s.filters[facet]) p.append(facet, v);
  if (s.filters.text !== '') p.set('q', s.filters.text);
  if (s.speaker) p.set('speaker', s.speaker);
  if (s.terms !== 'quote') p.set('terms', s.terms);
  if (s.split !== 'role') p.set('split', s.split);
  if (s.count !== 'event') p.set('count', s.count);
  const q = p.toString();
  return q ? `?${q}` : '';
}
