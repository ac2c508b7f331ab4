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
  const capped = capCounts(counts, MAX_COUNTRY_BARS, selected);
  // a selected country past the cut has its own bar, so it is not one of the folded
  const folded = counts.length - (capped.length - 1);
  return capped.map((c) =>
    c.key === OTHER ? { key: c.key, label: `Other (${folded})`, count: c.count, inert: true } : { key: c.key, label: countryLabel(c.key), count: c.count },
  );
}
