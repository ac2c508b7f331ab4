/**
 * `npm run bench`: preprocessing throughput at 100 / 1,000 / 10,000 synthetic articles,
 * then the production build in Chromium on a 100k-appearance corpus, then the bundle.
 * Writes bench/results.json and bench/results.md. Options:
 *   --sizes 100,1000,10000  --seed 1  --runs 5  --tree head|work  --budget-min 9.5
 *   --skip-browser  --browser-only (the browser part and bundle alone, on the cached corpus of bench/bigCorpus.ts)  --profile (CPU profiles of a cold load, a warm reload and the clicks into bench/.work/profiles)
 *   --big-runs 1 (timed cold loads of the largest size's whole corpus.jsonl, texts included; 0 skips them)
 *   --big-corpus PATH (that cold load on this corpus.jsonl, with its .version.json beside it, instead of the one a full run wrote)
 *   --baseline-clicks 30 (the clicks also side by side with the build before issue 12, judged by their ratio; 0 skips them)
 *   --rewrite-md (only rewrite results.md from results.json)
 * The last commit is measured by default (`--tree work` for the working tree as it is).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureArticles, WORK_DIR } from './articles';
import { readLinesHeader } from './linesHeader';
import { benchBrowser, benchColdLoads, CLICK_PLAN } from './browser';
import { ensureBigCorpus } from './bigCorpus';
import { measureBundle } from './bundle';
import { combineCalibrations, measureCalibration, type CalibrationFigures } from './calibration';
import { PIPELINE_THREADS, runNlpChild } from './nlpAlone';
import { runPreprocessChild, timeOneShot, versionPath, type BigCorpusInfo } from './preprocess';
import { CLICK_BASELINE, computeTargets, formatResults, type BenchResults } from './results';
import { clickSideBySide, summariseSideBySide, type SideBySideClicks } from './sideBySide';
import { SIZES } from './generate';
import { buildApp, makeSite, prepareRef, prepareTree, REPO } from './tree';
import { findChromium } from '../scripts/chromium.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: SIZES.join(',') },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    tree: { type: 'string', default: 'head' },
    'budget-min': { type: 'string', default: '9.5' },
    'skip-browser': { type: 'boolean', default: false },
    'browser-only': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'big-runs': { type: 'string', default: '1' },
    'big-corpus': { type: 'string' },
    'baseline-clicks': { type: 'string', default: '30' },
    'rewrite-md': { type: 'boolean', default: false },
    out: { type: 'string', default: join(REPO, 'bench', 'results') },
  },
});

// --rewrite-md: only turn the existing results.json into results.md (after a formatter change)
if (process.argv.includes('--rewrite-md')) {
  const out = join(REPO, 'bench', 'results');
  const saved = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as BenchResults;
  const again = { ...saved, targets: computeTargets(saved) };
  writeFileSync(`${out}.json`, `${JSON.stringify(again, null, 2)}\n`);
  writeFileSync(`${out}.md`, formatResults(again));
  console.log(`rewrote ${out}.md`);
  process.exit(0);
}

const started = performance.now();
const startedAt = new Date().toISOString();
const browserOnly = values['browser-only'];
const sizes = browserOnly ? [] : values.sizes.split(',').map(Number).sort((a, b) => a - b);
const seed = Number(values.seed);
const runs = Number(values.runs);
const budgetMs = Number(values['budget-min']) * 60_000 || Infinity; // 0: never cut runs
/** Timed preprocessing runs go on (up to 25) until they add up to this long: the smallest size's median is then of ~20 runs, not 5. */
const MIN_TIMED_MS = 3_000;
/** Articles each size's untimed warm-up analyses before its timed runs (see benchPreprocess). */
const WARMUP_ARTICLES = 250;
/** Time kept back for the browser part when deciding how many preprocessing runs fit. */
const bigRuns = Number(values['big-runs']);
/** One cold load of the 10,000-article corpus.jsonl took 60–100 s on a busy host before issue 13's worker. */
const BIG_LOAD_RESERVE_MS = 90_000;
/** The build before issue 12 made and loaded, and ~2.5 s a step for each of its clicks and this tree's beside them (sideBySide.ts). */
const SIDE_BY_SIDE_RESERVE_MS = 45_000 + Number(values['baseline-clicks']) * 2_500;
const BROWSER_RESERVE_MS = values['skip-browser'] ? 0 : 340_000 + bigRuns * BIG_LOAD_RESERVE_MS + (Number(values['baseline-clicks']) > 0 ? SIDE_BY_SIDE_RESERVE_MS : 0);
/** …and for shaping, validating and writing the browser corpus after the last size's runs. */
const SHAPE_RESERVE_MS = values['skip-browser'] ? 0 : 45_000;
if (values.tree !== 'head' && values.tree !== 'work') throw new Error('--tree is head or work');
const elapsed = () => performance.now() - started;
const log = (s: string) => console.log(`[${(elapsed() / 1000).toFixed(0).padStart(4)} s] ${s}`);

// One run at a time: two runs share the CPU (and would overwrite each other's files).
mkdirSync(WORK_DIR, { recursive: true });
const LOCK = join(WORK_DIR, 'bench.lock');
if (browserOnly && values['skip-browser']) throw new Error('--browser-only and --skip-browser exclude each other');
const holder = existsSync(LOCK) ? Number(readFileSync(LOCK, 'utf8')) : 0;
if (holder && holder !== process.pid && isAlive(holder)) {
  console.error(`Another \`npm run bench\` (pid ${holder}) is running; wait for it, or its timings and these would disturb each other.`);
  process.exit(3);
}
writeFileSync(LOCK, String(process.pid));
process.on('exit', () => rmSync(LOCK, { force: true }));
/** This run's own scratch folder for the build and the served site. */
const RUN_DIR = join(WORK_DIR, `run-${process.pid}`);
mkdirSync(RUN_DIR, { recursive: true });
process.on('exit', () => rmSync(RUN_DIR, { recursive: true, force: true }));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const load0 = loadavg();
// outside bench/: a snapshot's own *.test.ts and *.ts must not join vitest or tsc runs
const tree = prepareTree(values.tree, tmpdir());
log(`measuring ${tree.kind === 'head' ? `commit ${tree.commit.slice(0, 12)} (snapshot ${tree.root})` : `working tree at ${tree.commit.slice(0, 12)}${tree.dirty ? ' with uncommitted changes' : ''}`}`);

// 0. calibration: a fixed workload, so that figures from other hosts and hours compare (again at the end)
const calibrate = (when: string): CalibrationFigures => {
  const c = measureCalibration(5);
  log(`calibration (${when}): ${c.repetition.median.toFixed(0)} ms a repetition (JSON.parse ${c.jsonParse.median.toFixed(0)} ms, word count ${c.wordCount.median.toFixed(0)} ms)`);
  return c;
};
const calibrationStart = calibrate('start');

// 1. articles (cached by size, seed and generator version)
const sets = sizes.map((size) => {
  const t = performance.now();
  const set = ensureArticles(size, seed);
  log(`${size} articles: ${(set.bytes / 1e6).toFixed(1)} MB, ${set.appearances} appearances${set.generated ? `, generated in ${((performance.now() - t) / 1000).toFixed(1)} s` : ' (cached)'}`);
  return set;
});

// 2. wink-nlp alone, then preprocessing, each in its own child process per size
const preprocess: BenchResults['preprocess'][number][] = [];
const nlp: NonNullable<BenchResults['nlp']>[number][] = [];
let big: BigCorpusInfo | undefined;
const bigOut = join(WORK_DIR, `big-corpus-${sizes.at(-1)}-s${seed}.json`);
for (const [i, set] of sets.entries()) {
  const last = i === sets.length - 1;
  // The largest size gets what time is left: runs stop when one more would end past the deadline.
  const deadline = last && Number.isFinite(budgetMs) ? Date.now() + budgetMs - elapsed() - BROWSER_RESERVE_MS - SHAPE_RESERVE_MS : undefined;
  const warmupArticles = WARMUP_ARTICLES;
  log(`wink-nlp alone on ${set.size} articles, ${PIPELINE_THREADS} threads: warm-up on ${warmupArticles}, 3 or more timed runs…`);
  const n = await runNlpChild({ dir: set.dir, threads: PIPELINE_THREADS, runs: 3, minTimedMs: MIN_TIMED_MS, warmupArticles, ...(deadline !== undefined ? { deadline } : {}) });
  nlp.push({ ...n, size: set.size });
  log(`  median ${(n.total.median / 1000).toFixed(2)} s → ${n.mbPerSecond.toFixed(2)} MB/s (${n.total.runs} runs, ${n.tokens} tokens, ${n.sentences} sentences)`);
  log(`preprocess ${set.size} articles: warm-up on ${warmupArticles} (${set.size < warmupArticles ? `the folder ${Math.ceil(warmupArticles / set.size)} times` : 'a prefix'}), ${runs} or more timed runs (at least ${MIN_TIMED_MS / 1000} s of them, at most 25)${deadline ? ` within ${((deadline - Date.now()) / 1000).toFixed(0)} s` : ''}…`);
  const f = await runPreprocessChild({
    root: tree.root,
    dir: set.dir,
    runs,
    minTimedMs: MIN_TIMED_MS,
    warmupArticles,
    ...(deadline !== undefined ? { deadline } : {}),
    truthPath: set.truthPath,
    // the lines format, as `npm run preprocess` writes by default: the big cold load reads it
    ...(last && !values['skip-browser'] ? { out: wholeCorpusPath(set.size), big: { out: bigOut, appearances: 100_000, quotes: 100_000 } } : {}),
  });
  if (f.big) big = f.big;
  const note =
    f.total.runs < runs
      ? `${f.total.runs} timed run${f.total.runs > 1 ? 's' : ''} instead of ${runs}: one run takes ${(f.total.max / 1000).toFixed(0)} s, and \`npm run bench\` must finish within ${values['budget-min']} minutes.`
      : undefined;
  log(
    `  median ${(f.total.median / 1000).toFixed(2)} s → ${f.mbPerSecond.toFixed(2)} MB/s (${(f.mbPerSecond / n.mbPerSecond).toFixed(2)}× wink-nlp alone), ${f.articlesPerSecond.toFixed(0)} articles/s, peak RSS ${f.maxRssMb.toFixed(0)} MB, recall ${f.recall ? (f.recall.recall * 100).toFixed(1) : '?'} %`,
  );
  // informational: what one `npm run preprocess` in a fresh process takes (start-up and cold code included)
  const oneShotMs = await timeOneShot(tree.root, set.dir);
  log(`  one-shot CLI (fresh process): ${(oneShotMs / 1000).toFixed(2)} s → ${(set.bytes / 1e6 / (oneShotMs / 1000)).toFixed(2)} MB/s`);
  preprocess.push({ ...f, size: set.size, runsPlanned: runs, oneShotMs, ...(note ? { note } : {}) });
}
if (browserOnly) big = await ensureBigCorpus(log);
/** The largest size's corpus as the pipeline wrote it (this run's, or with --browser-only a cached one), for the big cold load. */
const wholeSize = sizes.at(-1) ?? Math.max(...SIZES);
const first = preprocess[0];
const lastP = preprocess.at(-1);
const scaling = first && lastP && lastP !== first ? { from: first.size, to: lastP.size, ratio: lastP.msPerArticle / first.msPerArticle } : undefined;

// 3. build, bundle, browser
const skipped: string[] = [];
let browser: BenchResults['browser'];
let bundle: BenchResults['bundle'];
const buildDir = join(RUN_DIR, 'build');
log('vite build…');
const buildMs = buildApp(tree, buildDir);
bundle = measureBundle(buildDir);
log(`  ${(buildMs / 1000).toFixed(1)} s; initial JS ${(bundle.initialJsGzip / 1000).toFixed(1)} kB gz`);
if (values['skip-browser']) skipped.push('browser (--skip-browser)');
else if (!findChromium()) skipped.push('browser: no Chromium found (node scripts/ensure-chromium.mjs)');
else if (!big) skipped.push('browser: no corpus was shaped');
else {
  const siteDir = join(RUN_DIR, 'site');
  makeSite(buildDir, siteDir, big.path, versionPath(big.path));
  const profileDir = values.profile ? join(WORK_DIR, 'profiles') : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  log(`browser: corpus.json ${(big.bytes / 1e6).toFixed(0)} MB, ${big.appearances.to} appearances, ${big.quotes.to} quotes`);
  const figures = await benchBrowser({
    siteDir,
    coldRuns: runs,
    warmRuns: runs,
    clicks: 50,
    expectDocuments: big.documents,
    ...(profileDir ? { profileDir } : {}),
    log: (s) => log(`  ${s}`),
  });
  // issue 12 judges clicks against the build before it: clicked here, side by side, under the same load
  const baselineClicks = Number(values['baseline-clicks']);
  let sideBySide: SideBySideClicks | undefined;
  if (baselineClicks > 0) {
    const ref = prepareRef(CLICK_BASELINE.commit, tmpdir());
    const refSite = join(RUN_DIR, 'site-baseline');
    buildApp(ref, join(RUN_DIR, 'build-baseline'));
    makeSite(join(RUN_DIR, 'build-baseline'), refSite, big.path, versionPath(big.path));
    log(`browser: ${baselineClicks} clicks side by side with ${CLICK_BASELINE.commit} (before issue 12)…`);
    const [before, now] = await clickSideBySide([refSite, siteDir], CLICK_PLAN, baselineClicks);
    sideBySide = summariseSideBySide(CLICK_BASELINE.commit, CLICK_PLAN, before!, now!);
    const r = (f: (x: SideBySideClicks['tree']) => number) => (f(sideBySide!.tree) / f(sideBySide!.baseline)).toFixed(2);
    log(`  ÷ ${CLICK_BASELINE.commit}: → next frame median ${r((x) => x.toFrame.median)}×, p95 ${r((x) => x.toFrame.p95)}×; main thread until quiet median ${r((x) => x.mainThread.median)}×`);
  }
  browser = { ...figures, corpus: big, buildMs, ...(sideBySide ? { sideBySide } : {}) };
}
let bigLoad: BenchResults['bigLoad'];
const whole = values['big-corpus'] ? resolve(values['big-corpus']) : wholeCorpusPath(wholeSize);
if (!values['skip-browser'] && bigRuns > 0 && findChromium()) {
  if (!existsSync(whole) || !existsSync(versionPath(whole))) skipped.push(`cold load at ${wholeSize} articles: no ${whole} and ${versionPath(whole)} (a full run without --browser-only writes them; or give --big-corpus)`);
  else {
    const siteDir = join(RUN_DIR, 'site-whole');
    makeSite(buildDir, siteDir, whole, versionPath(whole));
    const header = readLinesHeader(whole);
    // a corpus given with --big-corpus: its documents are the articles that made it
    const articles = values['big-corpus'] ? (header.counts.documents ?? 0) : wholeSize;
    log(`browser: cold load of the ${articles}-article corpus.jsonl (${(statSync(whole).size / 1e6).toFixed(0)} MB, texts included), ${bigRuns} run${bigRuns > 1 ? 's' : ''}…`);
    const before = measureCalibration(3);
    const f = await benchColdLoads({ siteDir, runs: bigRuns, timeoutMs: 900_000, expectDocuments: header.counts.documents ?? 0, ...(values.profile ? { profileDir: join(WORK_DIR, 'profiles') } : {}), log: (s) => log(`  ${s}`) });
    const after = measureCalibration(3);
    bigLoad = { ...f, corpus: { articles, bytes: statSync(whole).size, documents: header.counts.documents ?? 0, quotes: header.counts.quotes ?? 0 }, calibrationMs: combineCalibrations(before, after).unitMs };
    rmSync(siteDir, { recursive: true, force: true });
  }
}

function wholeCorpusPath(size: number): string {
  return join(WORK_DIR, `corpus-${size}-s${seed}`, 'corpus.jsonl');
}

// 4. write
const calibrationEnd = calibrate('end');
const calibration = { start: calibrationStart, end: calibrationEnd, ...combineCalibrations(calibrationStart, calibrationEnd) };
const chromium = (() => {
  try {
    return execFileSync(findChromium() ?? 'chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
})();
const wallSeconds = elapsed() / 1000;
const environment = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
  'load average (1 min) at start / end': `${load0[0]!.toFixed(2)} / ${loadavg()[0]!.toFixed(2)} (other work on the machine slows the figures)`,
  node: process.version,
  chromium,
  measured: tree.kind === 'head' ? `commit ${tree.commit.slice(0, 12)}` : `working tree at ${tree.commit.slice(0, 12)}${tree.dirty ? ' (uncommitted changes)' : ''}`,
  'synthetic articles': browserOnly ? 'none preprocessed (--browser-only: the cached corpus of bench/bigCorpus.ts)' : `seed ${seed}, sizes ${sizes.join(', ')}`,
};
const partial = { preprocess, nlp, ...(scaling ? { scaling } : {}), ...(browser ? { browser } : {}), ...(bigLoad ? { bigLoad } : {}), ...(bundle ? { bundle } : {}) };
const results: BenchResults = {
  version: 1,
  startedAt,
  wallSeconds,
  environment,
  seed,
  generator: sets.map((s) => ({ size: s.size, files: s.files, bytes: s.bytes, appearances: s.appearances, cached: !s.generated })),
  ...partial,
  calibration,
  targets: computeTargets(partial),
  skipped,
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(`${values.out}.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${values.out}.md`, formatResults(results));
for (const t of results.targets) log(`${t.pass ? 'pass' : 'FAIL'}  ${t.name}: ${t.value.toFixed(2)} ${t.unit} (${t.op} ${t.limit})`);
log(`wrote ${values.out}.json and .md; total ${(wallSeconds / 60).toFixed(1)} min`);
