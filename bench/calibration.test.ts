import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { calibrationInput, combineCalibrations, countWords, measureCalibration, msInCalibration, ratePerCalibration, runCalibration } from './calibration';

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

describe('calibration workload', () => {
  it('is built from constants only: the same bytes in every process', () => {
    const input = calibrationInput();
    // pinned: a change to the inputs would make figures taken before and after incomparable
    expect([input.json.length, input.text.length]).toEqual([2_233_860, 2_328_882]);
    expect([sha(input.json), sha(input.text)]).toEqual(['27432633b0acabaa', '494c6bdfdf0d41b9']);
  });

  it('computes the same outcome on every repetition', () => {
    expect(runCalibration()).toEqual({ records: 20_000, words: 400_000 });
    expect(runCalibration()).toEqual(runCalibration());
  });

  it.each([
    ['Kalo mirden, sa.\n\nVo', 4],
    ['', 0],
    ['Å ø-é', 3],
  ])('counts the words of %j', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('times each part of each repetition with the given clock', () => {
    let t = 0;
    const f = measureCalibration(3, () => (t += 10));
    expect(f.repetition).toMatchObject({ runs: 3, median: 20 });
    expect(f.jsonParse.median).toBe(10);
    expect(f.wordCount.median).toBe(10);
    expect(f.outcome).toEqual({ records: 20_000, words: 400_000 });
  });
});

describe('figures relative to calibration', () => {
  it.each([
    ['a duration on a host twice as slow', msInCalibration(2000, 400), msInCalibration(1000, 200)],
    ['a rate on a host twice as slow', ratePerCalibration(1, 400), ratePerCalibration(2, 200)],
  ])('%s is the same', (_, slow, fast) => {
    expect(slow).toBeCloseTo(fast, 12);
  });

  it('averages the start and end calibrations', () => {
    const f = (median: number) => ({ ...measureCalibration(1), repetition: { runs: 1, min: median, max: median, mean: median, median, p95: median } });
    expect(combineCalibrations(f(200), f(300)).unitMs).toBe(250);
    expect(combineCalibrations(f(200)).unitMs).toBe(200);
  });
});
