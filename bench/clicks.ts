/**
 * The browser click benchmark alone, for before/after comparisons on a noisy host:
 *   npm run bench:clicks -- --trees a218bb5,work --clicks 100
 * Each tree in --trees ('work' = this working tree, 'head' = the last commit, or any commit)
 * is built and opened in its own Chromium (one untimed cold load each; all stay open). Then
 * the trees take turns click by click: step i of the plan (--plan, default country, role,
 * country, event, clear all, event alone, organisation, clear all, top term, clear all; `npm run bench`
 * runs the first five) is timed in every tree before step i + 1, so they share the
 * host's load as evenly as a noisy host allows. The calibration workload
 * (bench/calibration.ts) is timed between blocks of 10 steps and each click is also given
 * in the unit of its block. The corpus is the one `npm run bench` shapes (100,000
 * appearances and quotes from 1,000 synthetic articles), made once with this tree's pipeline
 * and cached in bench/.work/. With two or more trees the last is compared with the first:
 * it passes when its median and p95 → next frame are within +20% (--max-ratio) of the
 * first's, in ms and in calibration units alike (the trees ran side by side), and so is each
 * kind of click's median → next frame; each kind's main-thread time is compared beside it.
 * --no-minify builds without minifying (readable function names in profiles).
 * --profile writes a CPU profile of each tree's timed clicks to bench/.work/profiles/;
 * --profile-kind event instead one profile per timed click planned as that kind (until the
 * page is quiet), as bench/.work/profiles/<kind>-<tree>/<step>.cpuprofile, to add up;
 * --trace-kind role,event the same as Chromium traces (<step>.trace.json: tasks, style, layout, paint),
 * which `npx tsx bench/traceSummary.ts <dir>…` breaks down per click.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WORK_DIR } from './articles';
import { ensureBigCorpus } from './bigCorpus';
import { CLICK_KINDS, openClickSession, type ClickCost, type ClickKind, type SettledClick } from './browser';
import { measureCalibration } from './calibration';
import { versionPath } from './preprocess';
import { computeSummary, type Summary } from './stats';
import { buildApp, makeSite, prepareRef, prepareTree, type SourceTree } from './tree';

const { values } = parseArgs({
  options: {
    trees: { type: 'string', default: 'work' },
    clicks: { type: 'string', default: '50' },
    profile: { type: 'boolean', default: false },
    'profile-kind': { type: 'string' },
    'trace-kind': { type: 'string' },
    'no-minify': { type: 'boolean', default: false },
    'max-ratio': { type: 'string', default: '1.2' },
    plan: { type: 'string', default: 'country,role,country,event,clear,event,organisation,clear,terms,clear' },
  },
});
const plan = values.plan.split(',').map((k) => {
  if (!CLICK_KINDS.includes(k as ClickKind)) throw new Error(`--plan: unknown kind '${k}' (kinds: ${CLICK_KINDS.join(', ')})`);
  return k as ClickKind;
});
const clicks = Number(values.clicks);
const maxRatio = Number(values['max-ratio']);
const t0 = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${s}`);

mkdirSync(WORK_DIR, { recursive: true });
const RUN_DIR = join(WORK_DIR, `clicks-${process.pid}`);
mkdirSync(RUN_DIR, { recursive: true });
process.on('exit', () => rmSync(RUN_DIR, { recursive: true, force: true }));

// The corpus: 1,000 articles through this tree's pipeline, shaped to 100k appearances and quotes (cached).
const bigPath = (await ensureBigCorpus(log)).path;

interface Tree {
  readonly name: string;
  readonly tree: SourceTree;
  readonly site: string;
  readonly samples: SettledClick[];
  /** One calibration unit (ms) per round: the mean of the medians before and after its clicks. */
  readonly cal: number[];
  /** Each click's → next frame divided by its round's unit. */
  readonly inCal: number[];
}
const trees: Tree[] = values.trees.split(',').map((name, i) => {
  const tree = name === 'work' || name === 'head' ? prepareTree(name, tmpdir()) : prepareRef(name, tmpdir());
  const build = join(RUN_DIR, `build-${i}`);
  const ms = buildApp(tree, build, values['no-minify'] ? ['--minify', 'false'] : []);
  const site = join(RUN_DIR, `site-${i}`);
  makeSite(build, site, bigPath, versionPath(bigPath));
  log(`${name}: ${tree.commit.slice(0, 12)}${tree.dirty ? ' + uncommitted changes' : ''}, built in ${(ms / 1000).toFixed(1)} s`);
  return { name, tree, site, samples: [], cal: [], inCal: [] };
});

const sessions = [];
for (const t of trees) {
  sessions.push(await openClickSession(t.site, plan));
  log(`${t.name}: loaded`);
}
const warmup = 5;
const BLOCK = 10;
const loads: number[] = [loadavg()[0]!];
if (values.profile) {
  mkdirSync(join(WORK_DIR, 'profiles'), { recursive: true });
  for (const s of sessions) await s.startProfile();
}
let unit = measureCalibration(3).repetition.median;
const units: number[] = [unit];
for (let i = 0; i < warmup + clicks; i++) {
  if (i >= warmup && (i - warmup) % BLOCK === 0 && i > warmup) {
    unit = measureCalibration(3).repetition.median;
    units.push(unit);
    loads.push(loadavg()[0]!);
  }
  // alternate which tree goes first, so neither always clicks right after the calibration
  const order = i % 2 ? [...trees.keys()].reverse() : [...trees.keys()];
  for (const k of order) {
    const traced = (values['trace-kind'] ?? values['profile-kind'])?.split(',') ?? [];
    const kind = plan[i % plan.length]!;
    const kindDir = i >= warmup && traced.includes(kind) ? join(WORK_DIR, 'profiles', `${kind}-${trees[k]!.name}`) : undefined;
    if (kindDir) mkdirSync(kindDir, { recursive: true });
    const sample = await sessions[k]!.step(i, kindDir && join(kindDir, values['trace-kind'] ? `${i}.trace.json` : `${i}.cpuprofile`));
    if (i < warmup) continue;
    trees[k]!.samples.push(sample);
    trees[k]!.inCal.push(sample.toFrame / unit);
  }
  if (i >= warmup && (i - warmup + 1) % BLOCK === 0) log(`${i - warmup + 1} of ${clicks} steps; 1 cal = ${unit.toFixed(1)} ms; load ${loadavg()[0]!.toFixed(2)}`);
}
for (const t of trees) t.cal.push(...units);
for (const [k, s] of sessions.entries()) {
  if (values.profile) await s.stopProfile(join(WORK_DIR, 'profiles', `clicks-${trees[k]!.name}.cpuprofile`));
  const errors = s.errors;
  await s.close();
  if (errors.length) throw new Error(`${trees[k]!.name}: page errors: ${errors.slice(0, 3).join(' | ')}`);
}

const fmt = (s: Summary, unit = 'ms', d = 1) => `median ${s.median.toFixed(d)} ${unit} / p95 ${s.p95.toFixed(d)} ${unit}`;
console.log(`\nPlan: ${plan.join(', ')}. Clicks → next frame, ${clicks} clicks per tree taking turns (load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}):`);
const summaries = trees.map((t) => {
  const ms = computeSummary(t.samples.map((s) => s.toFrame));
  const cal = computeSummary(t.inCal);
  const byKind = [...new Set(t.samples.map((s) => s.kind))]
    .map((k) => {
      const of = t.samples.filter((s) => s.kind === k);
      return `${k} ${computeSummary(of.map((s) => s.toFrame)).median.toFixed(1)} (all panels ${computeSummary(of.map((s) => s.toSettled)).median.toFixed(1)}, main thread ${computeSummary(of.map((s) => s.cost.task)).median.toFixed(1)})`;
    })
    .join(', ');
  const cost = (k: keyof ClickCost) => computeSummary(t.samples.map((s) => s.cost[k])).median.toFixed(1);
  console.log(`  ${t.name} (${t.tree.commit.slice(0, 12)}${t.tree.dirty ? '+' : ''}): ${fmt(ms)}; ${fmt(cal, 'cal', 3)}; 1 cal = ${computeSummary(t.cal).min.toFixed(1)}–${computeSummary(t.cal).max.toFixed(1)} ms (median ${computeSummary(t.cal).median.toFixed(1)}); median by kind (ms): ${byKind}; main thread per click until quiet (median ms, thread time): task ${cost('task')}, script ${cost('script')}, style ${cost('style')}, layout ${cost('layout')}`);
  return { name: t.name, ms, cal, samples: t.samples };
});
if (summaries.length >= 2) {
  const base = summaries[0]!;
  const last = summaries.at(-1)!;
  const ratios = [last.ms.median / base.ms.median, last.ms.p95 / base.ms.p95, last.cal.median / base.cal.median, last.cal.p95 / base.cal.p95];
  // each kind on its own: a cheap kind's gain must not hide another's loss in the overall median
  const kinds = CLICK_KINDS.filter((k) => base.samples.some((s) => s.kind === k) || last.samples.some((s) => s.kind === k));
  const kindRows = kinds.map((k) => {
    const of = (xs: typeof base.samples) => xs.filter((s) => s.kind === k);
    const [b, l] = [of(base.samples), of(last.samples)];
    const med = (xs: typeof b, f: (s: (typeof b)[number]) => number) => (xs.length ? computeSummary(xs.map(f)).median : NaN);
    const figure = (name: string, f: (s: SettledClick) => number) => {
      const [x, y] = [med(b, f), med(l, f)];
      return { ratio: y / x, text: `${name} ${x.toFixed(1)} → ${y.toFixed(1)} ms = ${(y / x).toFixed(2)}×` };
    };
    const wall = figure('→ next frame', (s) => s.toFrame);
    const settled = figure('→ all panels updated', (s) => s.toSettled);
    const thread = figure('main thread', (s) => s.cost.task);
    return { k, wall: wall.ratio, text: `${k} (n ${b.length}/${l.length}): ${wall.text}, ${settled.text}, ${thread.text}${wall.ratio <= maxRatio ? '' : '  ← over the limit'}` };
  });
  const pass = ratios.every((r) => r <= maxRatio) && kindRows.every((r) => r.wall <= maxRatio);
  const [m, p, mc, pc] = ratios.map((r) => `${r.toFixed(2)}×`);
  console.log(`  ${last.name} ÷ ${base.name}, median by kind (${base.name} → ${last.name}):`);
  for (const r of kindRows) console.log(`    ${r.text}`);
  console.log(`  ${last.name} ÷ ${base.name}: median ${m} (${mc} in cal), p95 ${p} (${pc} in cal); limit ${maxRatio}× overall and for each kind's median → next frame → ${pass ? 'pass' : 'FAIL'}`);
}
