/** Pure layout for the event timeline's axis and legend (src/charts/EventTimeline.svelte). */

/** Average advance of a character at 11 px system-ui, rounded up so estimates err wide. */
export const CHAR_PX_11 = 6.6;

/**
 * How many ticks to ask the time scale for so that labels of `labelChars` characters,
 * `gap` px apart, fit in `plotWidth` px (at least 2).
 */
export function computeTickCount(plotWidth: number, labelChars: number, gap = 16, charPx = CHAR_PX_11): number {
  return Math.max(2, Math.floor(plotWidth / (labelChars * charPx + gap)));
}

export interface TickLabel {
  /** Centre of the label in px (text-anchor middle). */
  x: number;
  label: string;
}

/**
 * The ticks whose labels can be drawn without touching: left to right, a label is kept
 * when it starts at least `gap` px after the previous kept one ends and stays inside
 * [left, right]. A time scale can return more ticks than asked for; this is the guarantee.
 */
export function thinTickLabels<T extends TickLabel>(ticks: readonly T[], left: number, right: number, gap = 8, charPx = CHAR_PX_11): T[] {
  const kept: T[] = [];
  let end = -Infinity;
  for (const t of ticks) {
    const half = (t.label.length * charPx) / 2;
    if (t.x - half < left - half / 2 || t.x + half > right + half / 2) continue; // a label hanging off the axis
    if (t.x - half < end + gap) continue;
    kept.push(t);
    end = t.x + half;
  }
  return kept;
}

export interface LegendLayout {
  /** Top-left of each item's swatch, relative to the legend's origin. */
  items: { x: number; y: number }[];
  /** Rows used. */
  rows: number;
}

/**
 * Legend positions: equal columns when at least two of the widest item fit in `width`;
 * otherwise items flow like words (swatch, label, gap), a new row when the next would pass
 * `width`, so a phone-width legend takes fewer rows than one column would.
 */
export function computeLegendLayout(labels: readonly string[], width: number, rowHeight = 18, charPx = CHAR_PX_11): LegendLayout {
  const swatch = 16;
  const gap = 14;
  const widths = labels.map((l) => swatch + l.length * charPx + gap);
  const column = Math.max(0, ...widths);
  const columns = Math.floor(width / column);
  if (columns >= 2 || (columns === 1 && labels.length === 1)) {
    const perRow = Math.min(columns, labels.length);
    const step = width / Math.max(perRow, 1);
    const items = labels.map((_, i) => ({ x: Math.round((i % perRow) * step), y: Math.floor(i / perRow) * rowHeight }));
    return { items, rows: Math.ceil(labels.length / Math.max(perRow, 1)) };
  }
  // Too narrow for two columns: flow, each item as wide as its label (one a row when too wide).
  const items: { x: number; y: number }[] = [];
  let [x, row] = [0, 0];
  for (const w of widths) {
    if (x > 0 && x + w - gap > width) [x, row] = [0, row + 1];
    items.push({ x: Math.round(x), y: row * rowHeight });
    x += w;
  }
  return { items, rows: labels.length ? row + 1 : 0 };
}
