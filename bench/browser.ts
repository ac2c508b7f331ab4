/**
 * Browser benchmark: the production build, served locally, in Debian's Chromium via
 * playwright-core. Cold load (fresh profile: fetch, validate, IndexedDB write) and warm
 * reload (IndexedDB → memory) to the first country bar; filter click → DOM and → next
 * frame; JS heap after load. Timings are taken in the page (performance.now()).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { computeSummary, type Summary } from './stats';
import { withTraceProfile } from './traceProfile';

export interface BrowserOptions {
  /** A built app (dist/ copy) whose corpus.json is the one to measure. */
  readonly siteDir: string;
  /** Timed cold loads, each in a fresh profile, after one untimed (default 5). */
  readonly coldRuns?: number;
  /** Timed warm reloads after one untimed (default 5). */
  readonly warmRuns?: number;
  /** Timed filter clicks after `warmupClicks` untimed ones (default 50 and 5). */
  readonly clicks?: number;
  readonly warmupClicks?: number;
  /** Longest wait for one load, ms (default 180 s). */
  readonly timeoutMs?: number;
  /** Write Chrome CPU profiles of one cold load and of the clicks here (for diagnosis). */
  readonly profileDir?: string;
  readonly log?: (line: string) => void;
  /** Documents the served corpus has: the page's count is checked against it after each load. */
  readonly expectDocuments?: number;
}

export interface LoadSample {
  /** navigation start → first `[data-chart="country"] rect` in the DOM (a first load's preliminary one, when the version file has a summary) */
  readonly firstChart: number;
  /** navigation start → the country chart drawn from the corpus itself (no preliminary figures on the page) */
  readonly dashboard?: number;
  /**
   * navigation start → the load status strip gone: the whole corpus validated and stored
   * (cold), or its texts and term counts read (warm). The charts are usable from `firstChart`.
   */
  readonly loaded: number;
  /** navigation start → corpus.json fully received (cold only) */
  readonly corpusFetched?: number;
  /** navigation start → each load stage shown by the status strip (Read, Parse, Validate, Store) */
  readonly stages: readonly [string, number][];
}

/** What a step clicks: a bar of that chart (`terms`: the top-terms chart), an event's bar, or "Clear all filters". */
export type ClickKind = 'country' | 'role' | 'event' | 'organisation' | 'terms' | 'clear';
export const CLICK_KINDS: readonly ClickKind[] = ['country', 'role', 'event', 'organisation', 'terms', 'clear'];

export interface ClickSample {
  readonly kind: ClickKind;
  /** t0 → the last DOM mutation the click caused */
  readonly toDom: number;
  /** t0 → the frame showing that mutation has been rendered (rAF, then a posted message) */
  readonly toFrame: number;
  readonly mutated: boolean;
}

export interface BrowserFigures {
  readonly cold: Summary & { readonly samples: readonly LoadSample[] };
  readonly warm: Summary & { readonly samples: readonly LoadSample[] };
  readonly clicks: {
    readonly toDom: Summary;
    readonly toFrame: Summary;
    readonly byKind: Readonly<Record<string, { toDom: Summary; toFrame: Summary }>>;
    readonly noEffect: number;
  };
  /** Used JS heap after load, after a forced GC (MB): after each cold load, and after the clicks. */
  readonly heapAfterLoadMb: Summary;
  readonly heapAfterClicksMb: number;
  readonly counts: Readonly<Record<string, string>>;
  readonly userAgent: string;
}

/** Installed before any page script: records when the first country bar and each load stage appear, and when loading ends. */
const INIT_SCRIPT = `(() => {
  const b = (window.__bench = { firstChart: null, dashboard: null, loaded: null, stages: [] });
  let last = '';
  const check = () => {
    const now = document.querySelector('[data-testid="load-status"] li.now');
    const s = now ? now.textContent.trim() : '';
    if (s !== last) { last = s; b.stages.push([s, performance.now()]); }
    const chart = document.querySelector('[data-chart="country"] rect');
    const t = performance.now();
    if (b.firstChart === null && chart) b.firstChart = t;
    if (b.dashboard === null && chart && !document.querySelector('[data-testid="preview"]')) b.dashboard = t;
    if (b.firstChart !== null && !document.querySelector('[data-testid="load-status"]')) {
      b.loaded = performance.now();
      mo.disconnect();
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
})();`;

interface PageBench {
  firstChart: number | null;
  dashboard: number | null;
  loaded: number | null;
  stages: [string, number][];
}

/** Wait until loading has ended (the first chart came before), then read the page's timings. */
async function waitForLoad(page: Page, timeoutMs: number): Promise<LoadSample> {
  await page.waitForFunction(() => (window as unknown as { __bench?: PageBench }).__bench?.loaded != null, undefined, { timeout: timeoutMs, polling: 50 });
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: PageBench }).__bench;
    const res = performance.getEntriesByType('resource').find((e) => /\/corpus\.jsonl?(\?|$)/.test(e.name)) as PerformanceResourceTiming | undefined;
    return { firstChart: b.firstChart!, dashboard: b.dashboard ?? b.loaded!, loaded: b.loaded!, stages: b.stages.filter(([s]) => s !== ''), ...(res && res.transferSize > 0 ? { corpusFetched: res.responseEnd } : {}) };
  });
}

/** The documents count shown once loading has ended. */
async function shownDocuments(page: Page): Promise<number> {
  const text = await page.locator('[data-testid="count-documents"]').first().textContent({ timeout: 30_000 });
  return Number((text ?? '').replace(/[^0-9]/g, ''));
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/**
 * One click measured in the page: t0, click, then frames until the DOM has been quiet for
 * a whole frame. `toDom` is the last mutation's time; `toFrame` the end of the first
 * frame after it (rAF callback, then a message posted from it runs after style, layout
 * and paint of that frame). Plain JS in a string: the page must not see tsx's helpers.
 */
const CLICK_SCRIPT = `window.__benchClick = async (kind, n) => {
  let el;
  if (kind === 'clear') el = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Clear all filters');
  else {
    const sel = kind === 'event' ? '[data-chart="event"] [data-testid="event-bar"][role="button"]' : '[data-chart="' + kind + '"] [data-testid="bar"][role="button"]';
    const all = [...document.querySelectorAll(sel)];
    el = all.length ? all[n % all.length] : undefined;
  }
  if (!el) return null;
  const frame = () => new Promise((ok) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => ok(performance.now());
    ch.port2.postMessage(0);
  }));
  let last = -1;
  const mo = new MutationObserver(() => { last = performance.now(); });
  mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const t0 = performance.now();
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  let frameEnd = await frame();
  let seen = last;
  // settle: keep going while the last frame brought more mutations (lazy chunks, async work)
  for (let i = 0; i < 600; i++) {
    const end = await frame();
    if (last === seen) break;
    seen = last;
    frameEnd = end;
  }
  // left observing: __benchSettled() reads the last mutation of work deferred past the quiet frame
  window.__benchSettled = () => {
    mo.disconnect();
    return last < 0 ? 0 : last - t0;
  };
  if (last < 0) return { kind, toDom: frameEnd - t0, toFrame: frameEnd - t0, mutated: false };
  return { kind, toDom: last - t0, toFrame: frameEnd - t0, mutated: true };
};`;

async function timeClick(page: Page, kind: ClickKind, n: number): Promise<ClickSample | undefined> {
  const r = await page.evaluate(([k, i]) => (window as unknown as { __benchClick: (k: string, n: number) => Promise<ClickSample | null> }).__benchClick(k, i), [kind, n] as const);
  return r ?? undefined;
}

/** `npm run bench`'s steps: country, role, another country (two selected), event, clear all. */
export const CLICK_PLAN: readonly ClickKind[] = ['country', 'role', 'country', 'event', 'clear'];

async function openProfile(executablePath: string): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'podium-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(INIT_SCRIPT + CLICK_SCRIPT);
  const cdp = await context.newCDPSession(page);
  return {
    context,
    page,
    cdp,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function withProfile<T>(cdp: CDPSession, path: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (!path) return fn();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
  }
}

/**
 * A cold load's profiles: every thread's (the corpus loader's worker too) from a trace, as
 * `<path without .cpuprofile>.<n>.<thread>.cpuprofile` and a `.txt` summary of self time.
 */
function withColdProfile<T>(cdp: CDPSession, path: string | undefined, fn: () => Promise<T>): Promise<T> {
  return path ? withTraceProfile(cdp, path.replace(/\.cpuprofile$/, ''), fn) : fn();
}

/** Runs `warmupClicks` untimed then `clicks` timed steps of CLICK_PLAN on a loaded page. */
async function runClickPlan(page: Page, warmupClicks: number, clicks: number): Promise<ClickSample[]> {
  const samples: ClickSample[] = [];
  for (let i = 0; i < warmupClicks + clicks; i++) {
    let kind = CLICK_PLAN[i % CLICK_PLAN.length]!;
    let sample = await timeClick(page, kind, i * 7 + Math.floor(i / CLICK_PLAN.length));
    // the chosen kind has nothing to click under the current filter: clear, or start one
    for (const k of ['clear', 'country'] as const) {
      if (sample) break;
      kind = k;
      sample = await timeClick(page, kind, i);
    }
    if (!sample) throw new Error(`nothing to click for step ${i} (${kind})`);
    if (i >= warmupClicks) samples.push(sample);
  }
  return samples;
}

/**
 * Main-thread time one click cost, from Chromium's Performance.getMetrics (ms of thread time),
 * from the click until the page has been quiet for 0.4 s: work it deferred is included.
 */
export interface ClickCost {
  readonly task: number;
  readonly script: number;
  readonly style: number;
  readonly layout: number;
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'toplevel'].join(',');

/** A loaded page of one build, ready for clicks (bench/clicks.ts): `step(i)` times step i of its plan. */
/** A click timed by a ClickSession: also when its deferred DOM updates ended, and its main-thread cost. */
export interface SettledClick extends ClickSample {
  /** t0 → the last DOM mutation before the page went quiet (panels out of view caught up); ≥ toDom */
  readonly toSettled: number;
  readonly cost: ClickCost;
}

export interface ClickSession {
  /** Time step i of the plan; with `profileTo`, also write a CPU profile of that click alone (until quiet) there (a Chromium trace if it ends in .trace.json). */
  step(i: number, profileTo?: string): Promise<SettledClick>;
  /** Page errors and console errors so far. */
  readonly errors: readonly string[];
  startProfile(): Promise<void>;
  stopProfile(path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves `siteDir`, opens it in a fresh Chromium profile and waits until the corpus is
 * loaded and the lazy parts have arrived (one cold load, untimed: it only fills IndexedDB
 * and memory). Several sessions can be open at once, so two builds can take turns click by
 * click under the same load.
 */
export async function openClickSession(siteDir: string, plan: readonly ClickKind[] = CLICK_PLAN, timeoutMs = 180_000): Promise<ClickSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs`.');
  const { server, url } = (await serve({ dir: siteDir, port: 0 })) as { server: Server; url: string };
  const errors: string[] = [];
  const s = await openProfile(executablePath);
  const close = async () => {
    await s.close();
    await new Promise<void>((ok) => server.close(() => ok()));
  };
  try {
    s.page.on('pageerror', (e) => errors.push(e.message));
    s.page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await s.page.goto(url, { waitUntil: 'commit' });
    await waitForLoad(s.page, timeoutMs);
    await s.page.waitForLoadState('networkidle');
  } catch (e) {
    await close();
    throw e;
  }
  await s.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => {
    const { metrics: m } = await s.cdp.send('Performance.getMetrics');
    const get = (name: string) => (m.find((x) => x.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
  };
  /**
   * Wait until the page's main thread has been quiet for QUIET_MS (at most SETTLE_MAX_MS): work a
   * click leaves for later (panels out of view catching up when idle, the URL written after a
   * pause) is that click's cost, and must not run during the next click or between readings.
   */
  const settle = async (from: ClickCost) => {
    const POLL_MS = 50;
    const QUIET_MS = 400;
    const SETTLE_MAX_MS = 5000;
    const readings = [from.task];
    for (let waited = 0; waited < SETTLE_MAX_MS; waited += POLL_MS) {
      await new Promise((ok) => setTimeout(ok, POLL_MS));
      readings.push((await metrics()).task);
      // quiet: no poll saw more than 1 ms of tasks (reading the metrics costs ~0.4 ms a poll)
      const k = Math.ceil(QUIET_MS / POLL_MS);
      if (readings.length > k && readings.slice(-k - 1).every((r, j, xs) => j === 0 || r - xs[j - 1]! < 1)) break;
    }
    return s.page.evaluate(() => (window as unknown as { __benchSettled: () => number }).__benchSettled());
  };
  const timed = async (kind: ClickKind, n: number) => {
    const before = await metrics();
    const sample = await timeClick(s.page, kind, n);
    if (!sample) return undefined;
    const toSettled = await settle(await metrics());
    const after = await metrics();
    const cost = { task: after.task - before.task, script: after.script - before.script, style: after.style - before.style, layout: after.layout - before.layout };
    return { ...sample, toSettled: Math.max(toSettled, sample.toDom), cost };
  };
  const startProfile = async () => {
    await s.cdp.send('Profiler.enable');
    await s.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await s.cdp.send('Profiler.start');
  };
  const stopProfile = async (path: string) => {
    const { profile } = await s.cdp.send('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
  };
  // A Chromium trace (main-thread tasks, style, layout, paint, idle callbacks) for a breakdown of where a click's time goes.
  let traceEvents: unknown[] = [];
  s.cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
  const startTrace = async () => {
    traceEvents = [];
    await s.cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  };
  const stopTrace = async (path: string) => {
    const done = new Promise<void>((ok) => s.cdp.once('Tracing.tracingComplete', () => ok()));
    await s.cdp.send('Tracing.end');
    await done;
    writeFileSync(path, JSON.stringify({ traceEvents }));
  };
  return {
    errors,
    async step(i, profileTo) {
      let kind = plan[i % plan.length]!;
      const trace = profileTo?.endsWith('.trace.json');
      if (profileTo) await (trace ? startTrace() : startProfile());
      let sample = await timed(kind, i * 7 + Math.floor(i / plan.length));
      if (profileTo) await (trace ? stopTrace(profileTo) : stopProfile(profileTo));
      for (const k of ['clear', 'country'] as const) {
        if (sample) break;
        kind = k;
        sample = await timed(kind, i);
      }
      if (!sample) throw new Error(`nothing to click for step ${i} (${kind})`);
      return sample;
    },
    startProfile,
    stopProfile,
    close,
  };
}

export async function benchBrowser(o: BrowserOptions): Promise<BrowserFigures> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs`.');
  const coldRuns = o.coldRuns ?? 5;
  const warmRuns = o.warmRuns ?? 5;
  const clicks = o.clicks ?? 50;
  const warmupClicks = o.warmupClicks ?? 5;
  const timeout = o.timeoutMs ?? 180_000;
  const log = o.log ?? (() => {});
  const checkCorpus = async (page: Page) => {
    if (o.expectDocuments === undefined) return;
    const shown = await shownDocuments(page);
    if (shown !== o.expectDocuments) throw new Error(`the page shows ${shown} documents, the benchmark corpus has ${o.expectDocuments}: was the site changed under us?`);
  };
  const { server, url } = (await serve({ dir: o.siteDir, port: 0 })) as { server: Server; url: string };
  const errors: string[] = [];
  try {
    const cold: LoadSample[] = [];
    const heap: number[] = [];
    let userAgent = '';
    // Cold loads, each in a fresh profile; the last profile stays open for warm reloads and clicks.
    let s: Awaited<ReturnType<typeof openProfile>> | undefined;
    for (let r = 0; r <= coldRuns; r++) {
      s = await openProfile(executablePath);
      s.page.on('pageerror', (e) => errors.push(e.message));
      const keep = r === coldRuns;
      try {
        const page = s.page;
        const profilePath = o.profileDir && r === 1 ? join(o.profileDir, 'cold-load.cpuprofile') : undefined;
        const sample = await withColdProfile(s.cdp, profilePath, async () => {
          await page.goto(url, { waitUntil: 'commit' });
          return waitForLoad(page, timeout);
        });
        userAgent ||= await page.evaluate(() => navigator.userAgent);
        await checkCorpus(page);
        if (r > 0) {
          cold.push(sample);
          heap.push(await heapMb(s.cdp));
        }
        const own = sample.dashboard !== undefined && sample.dashboard > sample.firstChart ? ` (preliminary; the corpus's own ${sample.dashboard.toFixed(0)} ms)` : '';
        log(`cold ${r === 0 ? 'warm-up' : r}: first chart ${sample.firstChart.toFixed(0)} ms${own}, all stored ${sample.loaded.toFixed(0)} ms`);
      } finally {
        if (!keep) await s.close();
      }
    }
    if (!s) throw new Error('no cold run');
    try {
      const warm: LoadSample[] = [];
      for (let r = 0; r <= warmRuns; r++) {
        const profilePath = o.profileDir && r === 1 ? join(o.profileDir, 'warm-load.cpuprofile') : undefined;
        const sample = await withProfile(s.cdp, profilePath, async () => {
          await s.page.reload({ waitUntil: 'commit' });
          return waitForLoad(s.page, timeout);
        });
        await checkCorpus(s.page);
        if (r > 0) warm.push(sample);
        log(`warm ${r === 0 ? 'warm-up' : r}: first chart ${sample.firstChart.toFixed(0)} ms, all read ${sample.loaded.toFixed(0)} ms`);
      }
      // let the lazy parts (map geometry) arrive before clicking
      await s.page.waitForLoadState('networkidle');
      const counts = await s.page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('[data-testid^="count-"]')].map((e) => [e.getAttribute('data-testid')!.slice(6), e.textContent ?? ''])),
      );
      const clickPath = o.profileDir ? join(o.profileDir, 'clicks.cpuprofile') : undefined;
      const samples = await withProfile(s.cdp, clickPath, () => runClickPlan(s.page, warmupClicks, clicks));
      log(`clicks: median ${computeSummary(samples.map((c) => c.toFrame)).median.toFixed(1)} ms to next frame`);
      const heapAfterClicksMb = await heapMb(s.cdp);
      const byKind: Record<string, { toDom: Summary; toFrame: Summary }> = {};
      for (const k of new Set(samples.map((c) => c.kind))) {
        const of = samples.filter((c) => c.kind === k);
        byKind[k] = { toDom: computeSummary(of.map((c) => c.toDom)), toFrame: computeSummary(of.map((c) => c.toFrame)) };
      }
      if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
      return {
        cold: { ...computeSummary(cold.map((c) => c.firstChart)), samples: cold },
        warm: { ...computeSummary(warm.map((c) => c.firstChart)), samples: warm },
        clicks: {
          toDom: computeSummary(samples.map((c) => c.toDom)),
          toFrame: computeSummary(samples.map((c) => c.toFrame)),
          byKind,
          noEffect: samples.filter((c) => !c.mutated).length,
        },
        heapAfterLoadMb: computeSummary(heap),
        heapAfterClicksMb,
        counts,
        userAgent,
      };
    } finally {
      await s.close();
    }
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

export interface ColdLoadFigures {
  readonly samples: readonly LoadSample[];
  /** Used JS heap after each load, after a forced GC (MB). */
  readonly heapAfterLoadMb: readonly number[];
  readonly userAgent: string;
}

/**
 * Cold loads alone (each in a fresh profile, `warmup` untimed ones first), for a corpus too
 * big for the full benchBrowser round of warm reloads and clicks: the 10,000-article one.
 */
export async function benchColdLoads(o: Pick<BrowserOptions, 'siteDir' | 'timeoutMs' | 'profileDir' | 'log' | 'expectDocuments'> & { runs: number; warmup?: number }): Promise<ColdLoadFigures> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs`.');
  const { server, url } = (await serve({ dir: o.siteDir, port: 0 })) as { server: Server; url: string };
  const samples: LoadSample[] = [];
  const heap: number[] = [];
  let userAgent = '';
  const warmup = o.warmup ?? 0;
  try {
    for (let r = 0; r < warmup + o.runs; r++) {
      const s = await openProfile(executablePath);
      const errors: string[] = [];
      s.page.on('pageerror', (e) => errors.push(e.message));
      try {
        const profilePath = o.profileDir && r === warmup ? join(o.profileDir, 'cold-load-big.cpuprofile') : undefined;
        const sample = await withColdProfile(s.cdp, profilePath, async () => {
          await s.page.goto(url, { waitUntil: 'commit' });
          return waitForLoad(s.page, o.timeoutMs ?? 600_000);
        });
        userAgent ||= await s.page.evaluate(() => navigator.userAgent);
        if (o.expectDocuments !== undefined) {
          const shown = await shownDocuments(s.page);
          if (shown !== o.expectDocuments) throw new Error(`the page shows ${shown} documents, the corpus has ${o.expectDocuments}`);
        }
        if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
        // a load that failed part-way can still show the corpus (the one stored): it must not pass for a load
        const banner = await s.page.locator('[data-testid="load-error"]').allTextContents();
        if (banner.length) throw new Error(`the load ended with an error: ${banner.join(' | ').slice(0, 300)}`);
        if (r >= warmup) {
          samples.push(sample);
          heap.push(await heapMb(s.cdp));
        }
        const own = sample.dashboard !== undefined && sample.dashboard > sample.firstChart ? ` (preliminary; the corpus's own ${sample.dashboard.toFixed(0)} ms)` : '';
        o.log?.(`cold ${r < warmup ? 'warm-up' : r - warmup + 1}: first chart ${sample.firstChart.toFixed(0)} ms${own}, all stored ${sample.loaded.toFixed(0)} ms${r >= warmup ? `, heap ${heap.at(-1)!.toFixed(0)} MB` : ''}`);
      } finally {
        await s.close();
      }
    }
    return { samples, heapAfterLoadMb: heap, userAgent };
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}
