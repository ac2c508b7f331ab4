/** A character range of a text, [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One run of text inside which the same spans are active. */
export interface Run {
  readonly start: number;
  readonly end: number;
  /** Indices (into the spans given) of the spans covering this run, in ascending order. */
  readonly active: readonly number[];
  /** Indices of the spans whose last character is this run's (where an attribution label goes); a span cut off by the range's end does not end here. */
  readonly ends: readonly number[];
}

/**
 * Cut `[from, to)` of a text into runs at every span boundary, so markup can wrap
 * each run in the marks of the spans covering it (overlapping and nested spans
 * included, which nested `<mark>`s cannot express). Spans are clamped to the range;
 * empty ones are ignored; consecutive runs with the same active spans are one run.
 * Plain text between spans is a run with no active spans. O((runs + spans) log spans).
 */
export function segmentText(from: number, to: number, spans: readonly Span[]): Run[] {
  if (to <= from) return [];
  const cuts = new Set<number>([from, to]);
  const live: number[] = [];
  spans.forEach((s, i) => {
    const a = Math.max(from, s.start);
    const b = Math.min(to, s.end);
    if (b <= a) return;
    live.push(i);
    cuts.add(a);
    cuts.add(b);
  });
  const points = [...cuts].sort((a, b) => a - b);
  // span indices by clamped start, so each cut only admits the spans starting there
  live.sort((i, j) => Math.max(from, spans[i]!.start) - Math.max(from, spans[j]!.start) || i - j);
  const runs: Run[] = [];
  let open: number[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p]!;
    const b = points[p + 1]!;
    open = open.filter((i) => spans[i]!.end > a);
    while (next < live.length && Math.max(from, spans[live[next]!]!.start) <= a) open.push(live[next++]!);
    const active = [...open].sort((x, y) => x - y);
    const ends = active.filter((i) => spans[i]!.end === b);
    const last = runs[runs.length - 1];
    if (last && last.ends.length === 0 && sameList(last.active, active)) runs[runs.length - 1] = { start: last.start, end: b, active, ends };
    else runs.push({ start: a, end: b, active, ends });
  }
  return runs;
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
