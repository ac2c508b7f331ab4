/**
 * A cold load of one given corpus (corpus.jsonl or corpus.json) in the production build,
 * with the calibration measured beside it:
 *   npm run build && tsx bench/coldLoad.ts --corpus /tmp/big/corpus.jsonl [--runs 1] [--warm-runs 1] [--build dist] [--profile DIR] [--cold-only] [--timeout 600]
 * Prints first chart, fully stored (load strip gone) and JS heap after load (forced GC),
 * absolute and in calibration units, against the issue's limits (10 s, 1.5 s, 600 MB).
 * For corpora too big for the full `npm run bench` run (10,000 articles and more).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readLinesHeader } from './linesHeader';
import { benchBrowser, benchColdLoads } from './browser';
import { combineCalibrations, measureCalibration } from './calibration';
import { versionPath } from './preprocess';
import { makeSite } from './tree';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    runs: { type: 'string', default: '1' },
    build: { type: 'string', default: 'dist' },
    /** write Chrome CPU profiles of one cold load and of the clicks into this folder */
    profile: { type: 'string' },
    /** only the timed cold loads: no untimed one before them, no warm reload or clicks after */
    'cold-only': { type: 'boolean', default: false },
    /** warm reloads timed after the cold loads (after one untimed) */
    'warm-runs': { type: 'string', default: '1' },
    /** how long one load may take, in seconds (a 50,000-article corpus on a busy host takes longer than the default) */
    timeout: { type: 'string', default: '600' },
  },
});
if (!values.corpus) {
  console.error('usage: tsx bench/coldLoad.ts --corpus <corpus.jsonl|corpus.json> [--runs 1] [--build dist]');
  process.exit(2);
}
const corpus = resolve(values.corpus);
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

/** Documents in the corpus: a lines file's header says; a corpus.json is not parsed (it may be too long for a string). */
function documentsIn(path: string): number | undefined {
  return /\.jsonl$/i.test(path) ? readLinesHeader(path).counts.documents : undefined;
}

const before = measureCalibration(5);
log(`calibration: 1 cal = ${before.repetition.median.toFixed(1)} ms`);
const site = mkdtempSync(join(tmpdir(), 'podium-cold-'));
try {
  makeSite(resolve(values.build), site, corpus, versionPath(corpus));
  const expectDocuments = documentsIn(corpus);
  const common = { siteDir: site, timeoutMs: Number(values.timeout) * 1000, ...(values.profile ? { profileDir: resolve(values.profile) } : {}), ...(expectDocuments ? { expectDocuments } : {}), log };
  if (values.profile) mkdirSync(resolve(values.profile), { recursive: true });
  const f = values['cold-only'] ? await coldOnly(common) : await benchBrowser({ ...common, coldRuns: Number(values.runs), warmRuns: Number(values['warm-runs']), clicks: 5, warmupClicks: 1 });
  const after = measureCalibration(5);
  const cal = combineCalibrations(before, after).unitMs;
  const row = (name: string, ms: number, limit: number, unit = 'ms') => log(`${ms <= limit ? 'pass' : 'FAIL'}  ${name}: ${ms.toFixed(0)} ${unit}${unit === 'ms' ? ` (${(ms / cal).toFixed(1)} cal)` : ''}, limit ${limit} ${unit}`);
  log(`corpus ${corpus}: ${expectDocuments ?? '?'} documents; ${f.cold.samples.length} cold load(s); 1 cal = ${cal.toFixed(1)} ms (before ${before.repetition.median.toFixed(1)}, after ${after.repetition.median.toFixed(1)})`);
  const stored = f.cold.samples.map((s) => s.loaded).sort((a, b) => a - b);
  // --runs 0: only the untimed cold load, to fill IndexedDB for the warm reloads
  if (stored.length) {
    row('cold load → fully stored (median)', stored[Math.floor((stored.length - 1) / 2)]!, 10_000);
    row('cold load → first chart (median)', f.cold.median, 1_500);
    row('JS heap after load (median)', f.heapAfterLoadMb.median, 600, 'MB');
  }
  if (f.warm && f.clicks) log(`warm reload → first chart ${f.warm.median.toFixed(0)} ms (${(f.warm.median / cal).toFixed(1)} cal; runs ${f.warm.samples.map((s) => s.firstChart.toFixed(0)).join(', ')}), all read ${f.warm.samples.map((s) => s.loaded.toFixed(0)).join(', ')} ms; clicks ${f.clicks.toDom.median.toFixed(1)} ms median to DOM`);
} finally {
  rmSync(site, { recursive: true, force: true });
}

/** `--cold-only`: the timed cold loads alone, in benchBrowser's shape (first chart as `cold.median`). */
async function coldOnly(o: Omit<Parameters<typeof benchColdLoads>[0], 'runs'>) {
  const c = await benchColdLoads({ ...o, runs: Number(values.runs) });
  const first = c.samples.map((s) => s.firstChart).sort((a, b) => a - b);
  const heap = [...c.heapAfterLoadMb].sort((a, b) => a - b);
  const mid = <T>(xs: T[]) => xs[Math.floor((xs.length - 1) / 2)]!;
  for (const s of c.samples) log(`stages: ${s.stages.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', ')}`);
  return { cold: { samples: c.samples, median: mid(first) }, heapAfterLoadMb: { median: mid(heap) }, warm: undefined, clicks: undefined };
}
