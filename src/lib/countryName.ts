import { COUNTRY_NAMES } from './countryNames';

/** The facet value used for speakers with no country (ISO codes are two letters, so no clash). */
export const UNSPECIFIED = 'none';

/** English name for an ISO alpha-2 code; unknown codes are shown as-is. */
export function countryName(code: string | null): string {
  if (code === null || code === UNSPECIFIED) return 'Unspecified';
  return COUNTRY_NAMES[code] ?? code;
}

/** "France (FR)", or "Unspecified". */
export function countryLabel(code: string | null): string {
  if (code === null || code === UNSPECIFIED) return 'Unspecified';
  const name = COUNTRY_NAMES[code];
  return name ? `${name} (${code})` : code;
}
