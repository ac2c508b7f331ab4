import type { EventStack } from '../lib/computeEventStacks';

export interface PlacedStack {
  readonly stack: EventStack;
  /** Centre of the bar in pixels. */
  readonly cx: number;
}

export interface StackPaths {
  /** One path per series for the highlighted stacks ("" when a series has no segment). */
  readonly on: string[];
  /** The same for the muted (unselected) stacks. */
  readonly off: string[];
}

/**
 * All stacked segments as one SVG path per series (and per highlighted/muted
 * state) instead of one <rect> each: a hundred events × eight series would
 * otherwise be 800 nodes to update on every filter change.
 */
export function computeStackPaths(
  placed: readonly PlacedStack[],
  nSeries: number,
  y: (value: number) => number,
  barWidth: number,
  isOn: (s: EventStack) => boolean,
): StackPaths {
  const on = Array.from({ length: nSeries }, () => '');
  const off = Array.from({ length: nSeries }, () => '');
  const r = (v: number) => Math.round(v * 100) / 100;
  for (const { stack, cx } of placed) {
    const target = isOn(stack) ? on : off;
    let acc = 0;
    stack.values.forEach((v, i) => {
      if (v <= 0 || i >= nSeries) return;
      const y0 = y(acc);
      acc += v;
      // A 0.5 px gap between segments keeps stacked colours apart.
      const y1 = y(acc);
      target[i] += `M${r(cx - barWidth / 2)},${r(y1)}h${r(barWidth)}V${r(Math.max(y1, y0 - 0.5))}h${r(-barWidth)}Z`;
    });
  }
  return { on, off };
}
