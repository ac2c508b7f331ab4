import { describe, expect, it } from 'vitest';
import { computeSummary, measure, median, quantile } from './stats';

describe('quantile', () => {
  it.each([
    [[5], 0.5, 5],
    [[1, 2, 3], 0.5, 2],
    [[4, 1, 3, 2], 0.5, 2.5], // even count: mean of the middle two, input unsorted
    [[1, 2, 3, 4, 5], 0, 1],
    [[1, 2, 3, 4, 5], 1, 5],
    [[1, 2, 3, 4, 5], 0.25, 2],
    [[10, 20], 0.95, 19.5], // interpolated between closest ranks
    [Array.from({ length: 100 }, (_, i) => i + 1), 0.95, 95.05],
  ] as const)('quantile(%j, %d) = %d', (xs, p, expected) => {
    expect(quantile(xs, p)).toBeCloseTo(expected, 10);
  });

  it('is NaN for no samples and rejects p outside [0, 1]', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('computeSummary', () => {
  it.each([
    [[7], { runs: 1, min: 7, max: 7, mean: 7, median: 7, p95: 7 }],
    [[3, 1, 2, 10], { runs: 4, min: 1, max: 10, mean: 4, median: 2.5, p95: 8.95 }],
  ] as const)('%j', (xs, expected) => {
    const s = computeSummary(xs);
    for (const [k, v] of Object.entries(expected)) expect(s[k as keyof typeof s]).toBeCloseTo(v, 10);
  });

  it('gives NaN statistics and zero runs for no samples', () => {
    expect(computeSummary([])).toMatchObject({ runs: 0, median: Number.NaN });
  });
});

describe('measure', () => {
  it('runs warm-up calls untimed, then times each run', async () => {
    let calls = 0;
    const readings = [0, 5, 10, 11, 20, 23]; // start/end of each timed run
    const m = await measure(() => void calls++, { warmup: 2, runs: 3, now: () => readings.shift() ?? Number.NaN });
    expect(calls).toBe(5);
    expect(m.samples).toEqual([5, 1, 3]);
    expect(m).toMatchObject({ runs: 3, min: 1, max: 5, median: 3 });
  });

  it('awaits async functions one at a time', async () => {
    let running = 0;
    let maxRunning = 0;
    await measure(
      async () => {
        maxRunning = Math.max(maxRunning, ++running);
        await new Promise((r) => setTimeout(r, 1));
        running--;
      },
      { warmup: 1, runs: 3 },
    );
    expect(maxRunning).toBe(1);
  });

  it('measures real time with the default clock', async () => {
    const m = await measure(() => new Promise((r) => setTimeout(r, 5)), { warmup: 0, runs: 2 });
    expect(m.min).toBeGreaterThanOrEqual(4);
  });

  it('rejects a run count below one', async () => {
    await expect(measure(() => 0, { runs: 0 })).rejects.toThrow(RangeError);
  });
});
