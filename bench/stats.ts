/** Summary statistics over benchmark run samples (milliseconds, usually). */
export interface Summary {
  readonly runs: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly median: number;
  readonly p95: number;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of samples by linear interpolation between closest ranks
 * (R-7, as d3.quantile and numpy's default), so the median of an even count is the mean
 * of the middle two. NaN for no samples. The input is not reordered.
 */
export function quantile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 1) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
  const sorted = samples.slice().sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (b - a) * (h - lo);
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

export function computeSummary(samples: readonly number[]): Summary {
  if (samples.length === 0) return { runs: 0, min: Number.NaN, max: Number.NaN, mean: Number.NaN, median: Number.NaN, p95: Number.NaN };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const x of samples) {
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
  }
  return { runs: samples.length, min, max, mean: sum / samples.length, median: median(samples), p95: quantile(samples, 0.95) };
}

export interface MeasureOptions {
  /** Untimed runs first, so JIT warm-up and cold caches do not count. Default 1. */
  readonly warmup?: number;
  /** Timed runs. Default 5. */
  readonly runs?: number;
  /** Clock in milliseconds; injectable for tests. Default performance.now. */
  readonly now?: () => number;
}

export interface Measurement extends Summary {
  /** Each timed run's duration in ms, in run order. */
  readonly samples: readonly number[];
}

/** Times `fn` (sync or async) `runs` times after `warmup` untimed calls, one call at a time. */
export async function measure(fn: () => unknown, { warmup = 1, runs = 5, now = () => performance.now() }: MeasureOptions = {}): Promise<Measurement> {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    await fn();
    samples.push(now() - t0);
  }
  return { ...computeSummary(samples), samples };
}
