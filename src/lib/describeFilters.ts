import { countryLabel } from './countryName';
import { FACETS, type Facet, type Filters } from './filters';

export const FACET_LABELS: Readonly<Record<Facet, string>> = {
  country: 'Country',
  role: 'Role',
  affiliation: 'Affiliation',
  event: 'Event',
  term: 'Term',
};

/** How a filter value is shown to people: country names, event titles; anything else as-is. */
export type ValueLabel = (facet: Facet, value: string) => string;

export const defaultValueLabel: ValueLabel = (facet, value) => (facet === 'country' ? countryLabel(value) : value);

/** One line for chart exports and headings: "Country: France (FR) or Spain (ES) · Text: “water”". */
export function describeFilters(f: Filters, label: ValueLabel = defaultValueLabel): string {
  const parts = FACETS.filter((k) => f[k].length).map((k) => `${FACET_LABELS[k]}: ${f[k].map((v) => label(k, v)).join(' or ')}`);
  if (f.text.trim()) parts.push(`Text: “${f.text.trim()}”`);
  return parts.length ? parts.join(' · ') : 'All speakers (no filter)';
}
