import type { Count } from './countSpeakers';
import { capCounts, OTHER } from './countSpeakers';
import { countryLabel } from './countryName';

/** Bars the country chart shows at most; the rest fold into one "Other (n)" bar. */
export const MAX_COUNTRY_BARS = 20;

export interface CountryBar {
  key: string;
  label: string;
  count: number;
  /** The folded "Other" bar: not clickable. */
  inert?: boolean;
}

/** The country chart's bars for counts by country, most first; selected countries are never folded. */
export function computeCountryBars(counts: readonly Count[], selected: readonly string[] = []): CountryBar[] {
  return capCounts(counts, MAX_COUNTRY_BARS, selected).map((c) =>
    c.key === OTHER ? { key: c.key, label: `Other (${counts.length - MAX_COUNTRY_BARS})`, count: c.count, inert: true } : { key: c.key, label: countryLabel(c.key), count: c.count },
  );
}
