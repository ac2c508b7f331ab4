/** The facets a speaker can be filtered by; values within a facet are OR-ed, facets AND-ed. */
export const FACETS = ['country', 'role', 'affiliation', 'event', 'term'] as const;
export type Facet = (typeof FACETS)[number];

export interface Filters {
  readonly country: readonly string[];
  readonly role: readonly string[];
  readonly affiliation: readonly string[];
  readonly event: readonly string[];
  readonly term: readonly string[];
  /** Free text matched against quotes and what a speaker is known by: names, aliases, titles, organisations, role, country and demonym (see speakerSearch). */
  readonly text: string;
}

export const EMPTY_FILTERS: Filters = { country: [], role: [], affiliation: [], event: [], term: [], text: '' };

/** True when no facet value and no text is set. */
export function isEmptyFilters(f: Filters): boolean {
  return FACETS.every((k) => f[k].length === 0) && f.text.trim() === '';
}

/** A new Filters with `value` added to or removed from `facet` (input untouched). */
export function toggleFilter(f: Filters, facet: Facet, value: string): Filters {
  const values = f[facet];
  return { ...f, [facet]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] };
}

export function removeFilter(f: Filters, facet: Facet, value: string): Filters {
  return { ...f, [facet]: f[facet].filter((v) => v !== value) };
}
