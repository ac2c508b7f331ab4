/**
 * Cold loads of several builds taking turns, each timed and charged by thread CPU read from
 * /proc (no profiler, so nothing slows the load):
 *   npx tsx bench/coldTurns.ts --corpus /tmp/big/corpus.jsonl --rounds 3 [--warm] DIR_A DIR_B …
 * Each DIR is a production build (`npx vite build --outDir DIR`), or `DIR@CORPUS` to load that build with
 * a corpus of its own (two wire forms of one corpus side by side); each round loads every
 * build once in a fresh profile, in the order given. Prints per load: first chart, fully
 * stored, JS heap after a forced GC, the calibration unit just before, and CPU seconds by
 * thread: worker0 (the loader), worker1 (its chunk writer), the page's main thread
 * (`chromium`), the renderer's thread pool (`rPool`: IndexedDB's value wrapping, GC helpers),
 * and the browser and other processes. With `--warm`, a warm reload follows each cold load
 * (IndexedDB → memory), timed and charged the same way. Other work on the host stretches wall time far more
 * than it stretches these CPU figures.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { measureCalibration } from './calibration';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    rounds: { type: 'string', default: '1' },
    warm: { type: 'boolean', default: false },
    marks: { type: 'boolean', default: false },
  },
});
if ((!values.corpus && !positionals.every((p) => p.includes('@'))) || !positionals.length) {
  console.error('usage: tsx bench/coldTurns.ts --corpus corpus.jsonl [--rounds N] BUILD_DIR…');
  process.exit(2);
}

/**
 * The page's first chart and the end of loading, as bench/browser.ts records them, and the first
 * chart of the corpus itself (`dashboard`: the same, once no preliminary figures are up).
 */
const INIT = `(() => {
  const b = (window.__bench = { firstChart: null, dashboard: null, loaded: null });
  const check = () => {
    const chart = document.querySelector('[data-chart="country"] rect');
    const t = performance.now();
    if (b.firstChart === null && chart) b.firstChart = t;
    if (b.dashboard === null && chart && !document.querySelector('[data-testid="preview"]')) b.dashboard = t;
    if (b.firstChart !== null && !document.querySelector('[data-testid="load-status"]')) { b.loaded = performance.now(); mo.disconnect(); }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
})();`;

interface ThreadCpu {
  name: string;
  type: string;
  ms: number;
}

/** CPU so far of every thread of the Chromium processes whose command line names `profile`, by pid/tid. */
function threadCpu(profile: string): Map<string, ThreadCpu> {
  const out = new Map<string, ThreadCpu>();
  for (const pid of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    let cmd: string;
    let tids: string[];
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes(profile)) continue;
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // the process ended meanwhile
    }
    const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    for (const tid of tids) {
      try {
        const st = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
        // utime and stime, in clock ticks (100 a second)
        out.set(`${pid}/${tid}`, {
          name: st.slice(st.indexOf('(') + 1, st.lastIndexOf(')')),
          type,
          ms: (Number(f[11]) + Number(f[12])) * 10,
        });
      } catch {
        // the thread ended meanwhile: its last poll stands
      }
    }
  }
  return out;
}

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found.');
const work = mkdtempSync(join(tmpdir(), 'podium-turns-'));
const sites = positionals.map((arg, i) => {
  const [dir, own] = arg.split('@') as [string, string | undefined];
  const corpus = own ? resolve(own) : resolve(values.corpus!);
  const site = join(work, `site-${i}`);
  cpSync(resolve(dir), site, { recursive: true });
  for (const name of ['corpus.json', 'corpus.jsonl', 'corpus.version.json']) rmSync(join(site, name), { force: true });
  symlinkSync(corpus, join(site, /\.jsonl$/i.test(corpus) ? 'corpus.jsonl' : 'corpus.json'));
  const version = corpus.replace(/\.jsonl?$/i, '.version.json');
  if (existsSync(version)) cpSync(version, join(site, 'corpus.version.json'));
  return { dir: arg, site };
});
try {
  for (let r = 0; r < Number(values.rounds); r++)
    for (const { dir, site } of sites) {
      const cal = measureCalibration(3).repetition.median;
      const { server, url } = (await serve({ dir: site, port: 0 })) as {
        server: import('node:http').Server;
        url: string;
      };
      const profile = mkdtempSync(join(work, 'profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1280, height: 900 },
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.addInitScript(INIT);
        const cold = await measureLoad(profile, () => page.goto(url, { waitUntil: 'commit' }), page, context);
        console.log(`${dir}: cold: ${cold}; 1 cal = ${cal.toFixed(1)} ms`);
        if (values.warm)
          console.log(
            `${dir}: warm: ${await measureLoad(profile, () => page.reload({ waitUntil: 'commit' }), page, context)}`,
          );
      } finally {
        await context.close();
        server.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** One load started by `go`, until the load status goes: its figures and each thread's CPU meanwhile, as a line. */
async function measureLoad(
  profile: string,
  go: () => Promise<unknown>,
  page: import('playwright-core').Page,
  context: import('playwright-core').BrowserContext,
): Promise<string> {
  const before = threadCpu(profile);
  /** Each thread's last CPU reading and when it was first seen (the loader's worker starts before its writer). */
  const seen = new Map<string, ThreadCpu & { first: number }>();
  const t0 = Date.now();
  const poll = () => {
    for (const [k, v] of threadCpu(profile)) seen.set(k, { ...v, first: seen.get(k)?.first ?? Date.now() - t0 });
  };
  const timer = setInterval(poll, 100);
  /** Lines `@mark <epoch ms> <label>` the build logs (a build with timeline marks), from the page and its workers. */
  const marks: [number, string][] = [];
  const onConsole = (m: import('playwright-core').ConsoleMessage) => {
    const got = /^@mark (\d+(?:\.\d+)?) (.*)$/s.exec(m.text());
    if (got) marks.push([Number(got[1]), got[2]!]);
  };
  const watchWorker = (w: import('playwright-core').Worker) => w.on('console', onConsole);
  if (values.marks) {
    page.on('console', onConsole);
    page.on('worker', watchWorker);
  }
  await go();
  // each thread's CPU up to the first chart (polled closely: the wait is most of what this process does meanwhile)
  await page.waitForFunction(() => (window as unknown as { __bench?: { firstChart: number | null } }).__bench?.firstChart != null, undefined, { timeout: 600_000, polling: 20 });
  const atFirst = threadCpu(profile);
  await page.waitForFunction(
    () => (window as unknown as { __bench?: { loaded: number | null } }).__bench?.loaded != null,
    undefined,
    { timeout: 600_000, polling: 50 },
  );
  poll();
  clearInterval(timer);
  const b = await page.evaluate(
    () => (window as unknown as { __bench: { firstChart: number; dashboard: number; loaded: number } }).__bench,
  );
  if (values.marks) {
    page.off('console', onConsole);
    page.off('worker', watchWorker);
    const origin = await page.evaluate(() => performance.timeOrigin);
    marks.push([origin + b.firstChart, 'bench: first chart'], [origin + b.loaded, 'bench: loaded']);
    for (const [t, label] of marks.sort((x, y) => x[0] - y[0])) console.log(`  ${(t - origin).toFixed(0).padStart(6)} ${label}`);
  }
  const docs = (await page.locator('[data-testid="count-documents"]').first().textContent())?.trim();
  const errors = await page.locator('[data-testid="load-error"]').allTextContents();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  const workers = [...seen.entries()]
    .filter(([, v]) => v.name.startsWith('DedicatedWorker'))
    .sort((a, b) => a[1].first - b[1].first || Number(a[0].split('/')[1]) - Number(b[0].split('/')[1]));
  /** CPU ms by thread group from `before` to the readings `at` (default: the last of each thread). */
  const cpuBy = (at?: Map<string, ThreadCpu>): Record<string, number> => {
    const cpu: Record<string, number> = {};
    for (const [k, v] of seen) {
      const ms = (at ? (at.get(k)?.ms ?? 0) : v.ms) - (before.get(k)?.ms ?? 0);
      if (ms <= 0) continue;
      const group = v.name.startsWith('DedicatedWorker')
        ? `worker${workers.findIndex(([w]) => w === k)}`
        : v.type !== 'renderer'
          ? v.type
          : v.name.startsWith('ThreadPool')
            ? 'rPool'
            : v.name;
      cpu[group] = (cpu[group] ?? 0) + ms;
    }
    return cpu;
  };
  const cpu = cpuBy();
  const first = cpuBy(atFirst);
  const total = Object.values(cpu).reduce((a, b) => a + b, 0);
  const top = Object.entries(cpu)
    .sort((a, b) => b[1] - a[1])
    .filter(([, ms]) => ms >= 100)
    .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)}`)
    .join(', ');
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const firstCpu = ['worker0', 'chromium'].map((k) => `${k} ${((first[k] ?? 0) / 1000).toFixed(2)}`).join(', ');
  const dashboard = b.dashboard > b.firstChart ? ` (preliminary; the corpus's own at ${b.dashboard.toFixed(0)} ms)` : '';
  return `first chart ${b.firstChart.toFixed(0)} ms${dashboard} (CPU s to it: ${firstCpu}), loaded ${b.loaded.toFixed(0)} ms, heap ${heap.toFixed(0)} MB, ${docs} documents${errors.length ? `, ERROR ${errors.join(' | ').slice(0, 200)}` : ''}; CPU s ${(total / 1000).toFixed(1)}: ${top}; load ${load}`;
}
