import { mulberry32 } from './synthetic/prng';
import { computeSummary, type Summary } from './stats';

/**
 * A fixed workload timed in the same run as the benchmark, so that figures taken on
 * different hosts or days can be compared: this machine's speed varies 2–3× between them,
 * and a figure divided by the calibration time varies much less. Two parts, close to what
 * Podium's own work is made of: `JSON.parse` of a fixed corpus-like buffer, and a regex
 * word count over a fixed text. The inputs depend on nothing but the constants below.
 */

const SEED = 13;
/** Records in the JSON buffer (~2.7 MB) and words in the text (~2.6 MB): ~0.2 s a repetition on this machine. */
const RECORDS = 20_000;
const WORDS = 400_000;
const SYLLABLES = ['ka', 'lo', 'mir', 'den', 'sa', 'vo', 'tri', 'el', 'an', 'ros', 'ul', 'be', 'ni', 'gor', 'fe', 'ta'];

export interface CalibrationInput {
  /** JSON text: an array of speaker-like records. */
  readonly json: string;
  /** Prose-like text: words, commas, sentence ends, paragraph breaks. */
  readonly text: string;
}

let cached: CalibrationInput | undefined;

/** The calibration inputs: the same strings on every call, in every process. */
export function calibrationInput(): CalibrationInput {
  if (cached) return cached;
  const next = mulberry32(SEED);
  const int = (n: number) => Math.floor(next() * n);
  const word = () => Array.from({ length: 1 + int(3) }, () => SYLLABLES[int(SYLLABLES.length)]).join('');
  const records = Array.from({ length: RECORDS }, (_, i) => ({
    id: `s${i}`,
    name: `${word()} ${word()}`,
    country: String.fromCharCode(65 + int(26), 65 + int(26)),
    appearances: Array.from({ length: 1 + int(4) }, () => int(100_000)),
    score: Math.round(next() * 1e6) / 1e3,
    quoted: next() < 0.5,
  }));
  const parts: string[] = [];
  for (let i = 0; i < WORDS; i++) {
    const w = word();
    parts.push(i % 12 === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w);
    const r = int(20);
    parts.push(r === 0 ? '.\n\n' : r === 1 ? ', ' : r === 2 ? '. ' : ' ');
  }
  cached = { json: JSON.stringify(records), text: parts.join('') };
  return cached;
}

/** What one repetition computes; the same on every run (the test checks it), so no part can be skipped. */
export interface CalibrationOutcome {
  readonly records: number;
  readonly words: number;
}

/** One repetition of the workload: parse the buffer, count the words. */
export function runCalibration(input: CalibrationInput = calibrationInput()): CalibrationOutcome {
  const parsed = JSON.parse(input.json) as unknown[];
  return { records: parsed.length, words: countWords(input.text) };
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}+/gu)) n++;
  return n;
}

export interface CalibrationFigures {
  /** Time of one repetition (JSON.parse + word count), ms: the unit every figure is also given in. */
  readonly repetition: Summary;
  readonly jsonParse: Summary;
  readonly wordCount: Summary;
  readonly outcome: CalibrationOutcome;
  readonly bytes: { readonly json: number; readonly text: number };
}

/** Times `runs` repetitions after one untimed one (inputs built beforehand, not timed). */
export function measureCalibration(runs = 5, now: () => number = () => performance.now()): CalibrationFigures {
  const input = calibrationInput();
  let outcome = runCalibration(input);
  const json: number[] = [];
  const words: number[] = [];
  const total: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    const records = (JSON.parse(input.json) as unknown[]).length;
    const t1 = now();
    const count = countWords(input.text);
    const t2 = now();
    outcome = { records, words: count };
    json.push(t1 - t0);
    words.push(t2 - t1);
    total.push(t2 - t0);
  }
  return {
    repetition: computeSummary(total),
    jsonParse: computeSummary(json),
    wordCount: computeSummary(words),
    outcome,
    bytes: { json: Buffer.byteLength(input.json), text: Buffer.byteLength(input.text) },
  };
}

/** Calibration taken at the start and end of a run: one unit from both, so drift in between is averaged. */
export function combineCalibrations(a: CalibrationFigures, b?: CalibrationFigures): { unitMs: number } {
  const samples = [a, b].flatMap((c) => (c ? [c.repetition.median] : []));
  return { unitMs: samples.reduce((s, x) => s + x, 0) / samples.length };
}

/** A duration in calibration units: the same on a host twice as slow. */
export const msInCalibration = (ms: number, unitMs: number) => ms / unitMs;
/** A rate per calibration unit instead of per second (MB/s → MB per unit). */
export const ratePerCalibration = (perSecond: number, unitMs: number) => (perSecond * unitMs) / 1000;
