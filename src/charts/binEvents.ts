import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3';
import type { EventStack } from '../lib/computeEventStacks';

const DAY_MS = 86_400_000;

export interface BinInterval {
  /** "day", "week", "month", "quarter" or "year": for labels ("events summed by month"). */
  readonly name: string;
  readonly interval: TimeInterval | CountableTimeInterval;
  /** Typical length in ms (a month is 30.4 days): for bar widths. */
  readonly ms: number;
}

const INTERVALS: readonly BinInterval[] = [
  { name: 'day', interval: utcDay, ms: DAY_MS },
  { name: 'week', interval: utcWeek, ms: 7 * DAY_MS },
  { name: 'month', interval: utcMonth, ms: 30.44 * DAY_MS },
  { name: 'quarter', interval: utcMonth.every(3)!, ms: 91.31 * DAY_MS },
  { name: 'year', interval: utcYear, ms: 365.25 * DAY_MS },
];

/**
 * The finest calendar interval that cuts lo…hi into at most `maxBins` bins (years when
 * even those are too many: the chart then has bars narrower than wished, never overlapping).
 */
export function chooseBinInterval(lo: Date, hi: Date, maxBins: number): BinInterval {
  const span = Math.max(0, hi.getTime() - lo.getTime());
  return INTERVALS.find((b) => span / b.ms + 1 <= maxBins) ?? INTERVALS[INTERVALS.length - 1]!;
}

export interface EventBin {
  /** Start of the bin (UTC, inclusive); the bin ends where the interval's next one starts. */
  readonly start: Date;
  readonly end: Date;
  /** The bin's events, in date order. */
  readonly stacks: readonly EventStack[];
  /** Speakers per series summed over the events (a speaker at two events counts twice). */
  readonly values: readonly number[];
  readonly total: number;
}

/**
 * Dated event stacks (sorted by date, as computeEventStacks returns them) summed into
 * the interval's calendar bins; bins without events are left out. Inputs are not changed.
 */
export function binEventStacks(dated: readonly EventStack[], interval: BinInterval['interval'], parse: (date: string) => Date): EventBin[] {
  const bins: { start: Date; end: Date; stacks: EventStack[]; values: number[]; total: number }[] = [];
  let current: (typeof bins)[number] | undefined;
  for (const s of dated) {
    const d = parse(s.event.date!);
    if (!current || d >= current.end) {
      const start = interval.floor(d);
      current = { start, end: interval.offset(start, 1), stacks: [], values: s.values.map(() => 0), total: 0 };
      bins.push(current);
    }
    current.stacks.push(s);
    current.total += s.total;
    s.values.forEach((v, i) => (current!.values[i] = (current!.values[i] ?? 0) + v));
  }
  return bins;
}
