/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;
export const OTHER_COLOUR = '#9a9a9a';
export const BAR_COLOUR = '#0072B2';
export const BAR_MUTED = '#a9c8df';

/** Colour for the i-th series; the "other" series is always grey. */
export function seriesColour(i: number, isOther = false): string {
  return isOther ? OTHER_COLOUR : OKABE_ITO[i % OKABE_ITO.length]!;
}
