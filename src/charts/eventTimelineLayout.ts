import { max, scaleLinear, scaleTime, timeFormat, utcFormat, type ScaleLinear } from 'd3';
import type { EventStack } from '../lib/computeEventStacks';
import { computeLegendLayout, computeTickCount, thinTickLabels, type LegendLayout } from '../lib/timelineLayout';
import { wrapLines } from '../lib/wrapLines';
import { binEventStacks, chooseBinInterval, type EventBin } from './binEvents';

export interface TimelineSeries {
  readonly key: string;
  readonly label: string;
  readonly isOther: boolean;
}

export interface TimelineInput {
  readonly dated: readonly EventStack[];
  readonly undated: readonly EventStack[];
  readonly series: readonly TimelineSeries[];
  readonly width: number;
  /** Plural noun for a bar's count in labels and tooltips ("speakers"). */
  readonly unit: string;
  /** What a bar's height is, for the axis caption ("distinct speakers"). */
  readonly measure: string;
}

/** One clickable mark (an event, or a bin of events) with everything its elements show. */
export interface TimelineMark {
  readonly key: string;
  readonly cx: number;
  /** What the stacked paths draw (a bin's summed values). */
  readonly stack: EventStack;
  readonly ids: readonly string[];
  readonly label: string;
  readonly tooltip: string;
  /** Event title drawn above the bar, wrapped, when there is room. */
  readonly title?: readonly string[];
  /** The title's centre (kept inside the chart) and top line's baseline. */
  readonly titleX?: number;
  readonly titleY?: number;
  /** The count's baseline above the bar. */
  readonly countY: number;
  /** The hit area: the plot's full height, so it moves only with the mark, never with the count. */
  readonly hitX: number;
}

export interface TimelineLayout {
  readonly legend: LegendLayout;
  readonly plotRight: number;
  readonly plotTop: number;
  readonly height: number;
  /** Height of the band under the plot (axis, its labels and the caption). */
  readonly bottom: number;
  readonly y: ScaleLinear<number, number>;
  /** Horizontal grid lines: integer ticks of the count axis and where they are. */
  readonly yTicks: readonly { readonly t: number; readonly y: number }[];
  /** Date axis labels. */
  readonly ticks: readonly { readonly t: Date; readonly x: number; readonly label: string }[];
  readonly caption: readonly string[];
  readonly markWidth: number;
  readonly hitWidth: number;
  readonly marks: readonly TimelineMark[];
  /** Whether each bar's count fits above it. */
  readonly showCounts: boolean;
}

export const TIMELINE_MARGIN = { top: 16, right: 16, left: 40 } as const;
/** Height of the bars' area; the chart grows with its legend, titles and caption instead. */
const PLOT_HEIGHT = 190;
export const TITLE_LINE = 13;
/** At most this many undated events get a band of their own at the right (the rest are in the data table). */
const MAX_UNDATED = 6;

const parse = (d: string) => new Date(`${d}T00:00:00Z`);
export const undatedX = (plotRight: number, i: number) => plotRight + 36 + i * 28;

/**
 * Everything the event timeline draws that depends on its data and size, in one pass: a selection
 * change reads none of it (only which marks are pressed and which stacked path a bar is in). In one
 * value, so a data change reaches each mark's elements through one node of the component's
 * reactive graph, not through a dozen derived values each read by every mark.
 */
export function computeTimelineLayout({ dated, undated, series, width, unit, measure }: TimelineInput): TimelineLayout {
  const m = TIMELINE_MARGIN;
  // The legend flows in the chart's width: rows of columns, or wrapped like words on a phone.
  const legend = computeLegendLayout(
    series.map((k) => k.label),
    width - m.left - m.right,
  );
  const legendHeight = legend.rows * 18 + 6;
  // Undated events get their own band at the right, after a gap.
  const shownUndated = undated.slice(0, MAX_UNDATED);
  const undatedWidth = shownUndated.length ? 28 * shownUndated.length + 40 : 0;
  const plotRight = width - m.right - undatedWidth;
  const dates = dated.map((s) => parse(s.event.date!));
  const lo = dates[0] ?? new Date(0);
  const hi = dates[dates.length - 1] ?? lo;
  const pad = Math.max(86400000 * 3, (hi.getTime() - lo.getTime()) * 0.04);
  const x = scaleTime()
    .domain([new Date(lo.getTime() - pad), new Date(hi.getTime() + pad)])
    .range([m.left, plotRight]);
  const barWidth = Math.max(3, Math.min(28, (plotRight - m.left) / Math.max(1, dated.length) / 1.6));
  const [d0, d1] = x.domain() as [Date, Date];
  const fmt = timeFormat((d1.getTime() - d0.getTime()) / 86400000 > 400 ? '%b %Y' : '%d %b %Y');
  // As many ticks as labels of this format fit, then any the scale added that would touch are dropped.
  const asked = x.ticks(computeTickCount(plotRight - m.left, fmt(d0).length));
  const ticks = thinTickLabels(
    asked.map((t) => ({ t, x: x(t), label: fmt(t) })),
    m.left,
    plotRight,
  );
  // Event titles above bars only when few enough to read: wrapped in the room between neighbours.
  const titleRoom = new Map<string, number>();
  if (dated.length <= 8) {
    const xs = dated.map((s) => x(parse(s.event.date!)));
    dated.forEach((s, i) =>
      titleRoom.set(s.event.id, Math.min(xs[i]! - (xs[i - 1] ?? -Infinity), (xs[i + 1] ?? Infinity) - xs[i]!, 340)),
    );
  }
  const wrapTitle = (t: string, px: number) => wrapLines(t, Math.max(8, Math.floor(px / 7.2)), 4);
  // More events than one per 3 px would overlap: they are summed into calendar bins instead,
  // at least ~8 px apart, so each bar stays wide enough to see and click.
  const plotWidth = plotRight - m.left;
  const binning =
    dated.length <= plotWidth / 3 ? undefined : chooseBinInterval(d0, d1, Math.max(1, Math.floor(plotWidth / 8)));

  const breakdown = (values: readonly number[]) =>
    series
      .map((k, i) => (values[i] ? `${k.label}: ${values[i]}` : ''))
      .filter(Boolean)
      .join('\n');
  type Placed = Omit<TimelineMark, 'countY' | 'hitX' | 'titleX' | 'titleY'>;
  const eventMark = (s: EventStack, cx: number): Placed => ({
    key: s.event.id,
    cx,
    stack: s,
    ids: [s.event.id],
    label: `${s.event.title}, ${s.event.date ?? 'undated'}: ${s.total} ${unit}`,
    tooltip: `${s.event.title} (${s.event.date ?? 'undated'}): ${s.total} ${unit}\n${breakdown(s.values)}`,
    ...(titleRoom.has(s.event.id) ? { title: wrapTitle(s.event.title, titleRoom.get(s.event.id)!) } : {}),
  });
  const binName =
    binning?.name === 'day' || binning?.name === 'week'
      ? utcFormat('%d %b %Y')
      : binning?.name === 'year'
        ? utcFormat('%Y')
        : utcFormat('%b %Y');
  const binMark = (b: EventBin): Placed => {
    const when = binning!.name === 'week' ? `week of ${binName(b.start)}` : binName(b.start);
    const events = `${b.stacks.length} ${b.stacks.length === 1 ? 'event' : 'events'}`;
    const shown = b.stacks.slice(0, 5).map((s) => `${s.event.date} ${s.event.title}`);
    return {
      key: `bin-${b.start.toISOString().slice(0, 10)}`,
      cx: (x(b.start) + x(b.end)) / 2,
      // The bin's first event stands in for it (computeStackPaths only reads values).
      stack: { event: b.stacks[0]!.event, total: b.total, values: b.values },
      ids: b.stacks.map((s) => s.event.id),
      label: `${when}: ${events}, ${b.total} ${unit} summed over them`,
      tooltip: `${when}: ${events}, ${b.total} ${unit} summed over them\n${breakdown(b.values)}\n\n${shown.join('\n')}${b.stacks.length > shown.length ? '\n…' : ''}`,
    };
  };
  const placed: Placed[] = [
    ...(binning
      ? binEventStacks(dated, binning.interval, parse).map(binMark)
      : dated.map((s) => eventMark(s, x(parse(s.event.date!))))),
    ...shownUndated.map((s, i) => eventMark(s, undatedX(plotRight, i))),
  ];
  // Headroom above the tallest bar for its count and its event title's lines.
  const headroom = 16 + TITLE_LINE * Math.max(1, ...placed.map((mk) => mk.title?.length ?? 0));
  const caption = wrapLines(
    binning
      ? `Event date, events summed by ${binning.name} · bar height = ${measure} per event, summed`
      : `Event date · bar height = ${measure}`,
    Math.floor((width - m.left - m.right) / 6.2),
    3,
  );
  const bottom = 26 + 14 * caption.length;
  const height = m.top + legendHeight + headroom + PLOT_HEIGHT + bottom;
  const y = scaleLinear()
    .domain([0, max(placed, (mk) => mk.stack.total) ?? 1])
    .nice(5)
    .range([height - bottom, m.top + legendHeight + headroom]);
  const markWidth = binning ? Math.max(1, Math.min(28, (x(new Date(binning.ms)) - x(new Date(0))) * 0.8)) : barWidth;
  const hitWidth = Math.max(8, markWidth);
  const marks = placed.map((mk): TimelineMark => {
    const top = y(mk.stack.total);
    const withTitle = mk.title && {
      titleX: Math.max(
        m.left + (Math.max(...mk.title.map((l) => l.length)) * 7.2) / 2,
        Math.min(width - (Math.max(...mk.title.map((l) => l.length)) * 7.2) / 2, mk.cx),
      ),
      titleY: top - 17 - TITLE_LINE * (mk.title.length - 1),
    };
    return { ...mk, ...withTitle, countY: top - 4, hitX: mk.cx - hitWidth / 2 };
  });
  return {
    legend,
    plotRight,
    plotTop: m.top + legendHeight,
    height,
    bottom,
    y,
    yTicks: y
      .ticks(5)
      .filter(Number.isInteger)
      .map((t) => ({ t, y: y(t) })),
    ticks,
    caption,
    markWidth,
    hitWidth,
    marks,
    showCounts: markWidth >= 8,
  };
}
