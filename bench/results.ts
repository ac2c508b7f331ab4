import type { BrowserFigures, ColdLoadFigures } from './browser';
import type { BundleFigures } from './bundle';
import { msInCalibration, ratePerCalibration, type CalibrationFigures } from './calibration';
import type { NlpAloneFigures } from './nlpAlone';
import type { BigCorpusInfo, PreprocessFigures } from './preprocess';
import type { SideBySideClicks } from './sideBySide';
import { formatMs, formatReport, type BenchResult } from './report';
import { computeSummary as summarise, type Summary } from './stats';

/** Everything `npm run bench` measured; written as bench/results.json. */
export interface BenchResults {
  readonly version: 1;
  readonly startedAt: string;
  readonly wallSeconds: number;
  readonly environment: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly generator: readonly { size: number; files: number; bytes: number; appearances: number; cached: boolean }[];
  readonly preprocess: readonly (PreprocessFigures & {
    size: number;
    runsPlanned: number;
    /** One `npm run preprocess` in a fresh process, wall ms (informational: start-up and cold code included). */
    oneShotMs?: number;
    note?: string;
  })[];
  /** ms per article at the largest size ÷ at the smallest (1 = perfectly linear). */
  readonly scaling?: { readonly from: number; readonly to: number; readonly ratio: number };
  /** wink-nlp alone over the same articles, on as many threads as the pipeline, per size. */
  readonly nlp?: readonly (NlpAloneFigures & { size: number })[];
  /**
   * The fixed calibration workload (calibration.ts), timed at the start and the end of the
   * run; `unitMs` (their mean median) is the unit every figure is also given in.
   */
  readonly calibration?: { readonly start: CalibrationFigures; readonly end?: CalibrationFigures; readonly unitMs: number };
  readonly browser?: BrowserFigures & {
    readonly corpus: BigCorpusInfo;
    readonly buildMs: number;
    /** The click plan in this tree and in the build before issue 12 taking turns (`--baseline-clicks`, 0 to skip). */
    readonly sideBySide?: SideBySideClicks;
  };
  /** Cold loads of the largest size's whole corpus (corpus.jsonl, texts included), issue 13's limits. */
  readonly bigLoad?: BigLoadFigures;
  readonly bundle?: BundleFigures;
  readonly targets: readonly Target[];
  /** Parts that could not run, with the reason. */
  readonly skipped: readonly string[];
}

/** Cold loads of the largest preprocessed corpus as the pipeline wrote it (bench/browser.ts benchColdLoads). */
export interface BigLoadFigures extends ColdLoadFigures {
  readonly corpus: { readonly articles: number; readonly bytes: number; readonly documents: number; readonly quotes: number };
  /** 1 cal (ms) measured just before and after these loads. */
  readonly calibrationMs: number;
}

export interface Target {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly op: '≤' | '≥';
  readonly limit: number;
  readonly pass: boolean;
  /** 1 cal where the figure was measured (its own process), if known. */
  readonly calibrationMs?: number;
}

/**
 * The floors on the 2-core machine: issue 5's, with preprocessing's from issue 11 (which
 * made the pipeline tag every sentence with wink-nlp): ≥ 2 MB/s and ≥ 0.5× wink-nlp alone.
 */
export const TARGETS = {
  preprocessMbPerSecond: 2,
  preprocessVsNlp: 0.5,
  scalingRatio: 1.3,
  coldLoadMs: 3000,
  warmReloadMs: 1000,
  filterMedianMs: 30,
  filterP95Ms: 60,
  initialJsGzipKb: 200,
  /** Issue 13: a cold load of the 10,000-article corpus, texts included. */
  bigStoredMs: 10_000,
  bigFirstChartMs: 1_500,
  bigHeapMb: 600,
} as const;

/**
 * Clicks before issue 12's panels (quotes list, organisation table, reader, distinctive
 * terms, count toggle, orientation header): issue 12 allows clicks +20% slower than at
 * a218bb5. `npm run bench` clicks that build and this tree side by side in the same run
 * (bench/sideBySide.ts) and judges their ratio. The absolute figures are bench/results.md at
 * a218bb5 (2026-12-04, another host, 2 × Intel Xeon, load 0.8, no calibration recorded): they
 * judge only a results.json without a side-by-side comparison (an older one, or a run with
 * `--baseline-clicks 0`), in ms, which says more about the host than the code.
 */
export const CLICK_BASELINE: { readonly commit: string; readonly medianMs: number; readonly p95Ms: number; readonly allowed: number } = {
  commit: 'a218bb5',
  medianMs: 21.1,
  p95Ms: 39.0,
  allowed: 1.2,
};

const target = (name: string, value: number, unit: string, op: Target['op'], limit: number): Target => ({
  name,
  value,
  unit,
  op,
  limit,
  pass: Number.isFinite(value) && (op === '≤' ? value <= limit : value >= limit),
});

/** Each target beside the figure it judges. */
export function computeTargets(r: Pick<BenchResults, 'preprocess' | 'scaling' | 'browser' | 'bundle' | 'nlp' | 'bigLoad'>): Target[] {
  const out: Target[] = [];
  for (const p of r.preprocess) {
    const size = p.size.toLocaleString('en-US');
    out.push({ ...target(`Preprocessing throughput, ${size} articles (end to end)`, p.mbPerSecond, 'MB/s', '≥', TARGETS.preprocessMbPerSecond), ...(p.calibrationMs ? { calibrationMs: p.calibrationMs } : {}) });
    const nlp = r.nlp?.find((n) => n.size === p.size);
    if (nlp) out.push(target(`Preprocessing ÷ wink-nlp alone, ${size} articles (same threads)`, p.mbPerSecond / nlp.mbPerSecond, '×', '≥', TARGETS.preprocessVsNlp));
  }
  if (r.scaling) out.push(target(`Cost per article, ${r.scaling.to.toLocaleString('en-US')} vs ${r.scaling.from.toLocaleString('en-US')} articles (linear ≤ 1.3)`, r.scaling.ratio, '×', '≤', TARGETS.scalingRatio));
  // the smallest size is the noisiest and carries per-run fixed costs: also judge the last step
  const [a, b] = r.preprocess.slice(-2);
  if (r.scaling && a && b && r.preprocess.length > 2)
    out.push(target(`Cost per article, ${b.size.toLocaleString('en-US')} vs ${a.size.toLocaleString('en-US')} articles (extra check, same limit)`, b.msPerArticle / a.msPerArticle, '×', '≤', TARGETS.scalingRatio));
  if (r.browser) {
    out.push(target('Cold load to first chart (median)', r.browser.cold.median, 'ms', '≤', TARGETS.coldLoadMs));
    out.push(target('Warm reload to first chart (median)', r.browser.warm.median, 'ms', '≤', TARGETS.warmReloadMs));
    out.push(target('Filter click → next frame, median', r.browser.clicks.toFrame.median, 'ms', '≤', TARGETS.filterMedianMs));
    out.push(target('Filter click → next frame, p95', r.browser.clicks.toFrame.p95, 'ms', '≤', TARGETS.filterP95Ms));
    const b = CLICK_BASELINE;
    const pct = `+${Math.round((b.allowed - 1) * 100)}%`;
    const side = r.browser.sideBySide;
    if (side) {
      const how = `÷ ${side.commit} (before issue 12) clicked side by side in this run, ${pct} allowed`;
      out.push(target(`Filter click → next frame, median, ${how}`, side.tree.toFrame.median / side.baseline.toFrame.median, '×', '≤', b.allowed));
      out.push(target(`Filter click → next frame, p95, ${how}`, side.tree.toFrame.p95 / side.baseline.toFrame.p95, '×', '≤', b.allowed));
      out.push(target(`Filter click → main thread until quiet, median, ${how}`, side.tree.mainThread.median / side.baseline.mainThread.median, '×', '≤', b.allowed));
    } else
      for (const [what, now, then] of [['median', r.browser.clicks.toFrame.median, b.medianMs], ['p95', r.browser.clicks.toFrame.p95, b.p95Ms]] as const)
        out.push(target(`Filter click → next frame, ${what}, within ${pct} of before issue 12 (${b.commit}: ${then} ms, another host and day)`, now, 'ms', '≤', Math.round(b.allowed * then * 10) / 10));
  }
  if (r.bigLoad) {
    const g = r.bigLoad;
    const size = g.corpus.articles.toLocaleString('en-US');
    const cal = { calibrationMs: g.calibrationMs };
    out.push({ ...target(`Cold load, ${size} articles (texts included) → fully stored (median)`, median(g.samples.map((s) => s.loaded)), 'ms', '≤', TARGETS.bigStoredMs), ...cal });
    out.push({ ...target(`Cold load, ${size} articles → first chart (median)`, median(g.samples.map((s) => s.firstChart)), 'ms', '≤', TARGETS.bigFirstChartMs), ...cal });
    out.push(target(`Cold load, ${size} articles → JS heap after load (median)`, median([...g.heapAfterLoadMb]), 'MB', '≤', TARGETS.bigHeapMb));
  }
  if (r.bundle) out.push(target('Initial JS, gzipped', r.bundle.initialJsGzip / 1000, 'kB', '≤', TARGETS.initialJsGzipKb));
  return out;
}

const num = (v: number, digits = 1) => (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—');
const kb = (bytes: number) => `${num(bytes / 1000)} kB`;
const mb = (bytes: number) => `${num(bytes / 1e6)} MB`;

function formatValue(t: Target): string {
  return t.unit === 'ms' ? formatMs(t.value) : `${num(t.value, t.unit === '×' || t.unit === 'MB/s' ? 2 : 1)} ${t.unit}`;
}

function table(header: string[], rows: string[][], align?: string[]): string {
  const a = align ?? header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [`| ${header.join(' | ')} |`, `| ${a.join(' | ')} |`, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');
}

/**
 * A figure in calibration units: a duration as a multiple of the calibration time ("cal"),
 * a rate per calibration time instead of per second. Ratios, sizes and memory do not
 * depend on the machine's speed and are left as they are.
 */
export function relativeTo(value: number, unit: string, unitMs: number | undefined): string {
  if (unitMs === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'ms') return `${num(msInCalibration(value, unitMs), 2)} cal`;
  if (unit === 'MB/s') return `${num(ratePerCalibration(value, unitMs), 3)} MB/cal`;
  return 'n/a';
}

function formatCalibration(c: NonNullable<BenchResults['calibration']>): string[] {
  const part = (name: string, f: CalibrationFigures) =>
    `${name}: ${formatMs(f.repetition.median)} a repetition (median of ${f.repetition.runs}; JSON.parse ${formatMs(f.jsonParse.median)}, word count ${formatMs(f.wordCount.median)})`;
  return [
    `**Calibration** (bench/calibration.ts): a fixed workload timed in this run, in the main process at its start and end, and in each child process (3 repetitions before and 3 after its timed runs; preprocessing and wink-nlp rows use their own process's unit, the host being as busy for both) — \`JSON.parse\` of a fixed ${mb(c.start.bytes.json)} buffer and a regex word count over a fixed ${mb(c.start.bytes.text)} text. ${[part('at the start', c.start), ...(c.end ? [part('at the end', c.end)] : [])].join('; ')}. **1 cal = ${formatMs(c.unitMs)}**. Figures "in cal" are durations divided by it and "MB/cal" rates multiplied by it, so that runs on a faster or slower host (or hour) can be compared: a host twice as slow doubles both.`,
  ];
}

function formatNlp(nlp: NonNullable<BenchResults['nlp']>, preprocess: BenchResults['preprocess'], unit: number | undefined): string[] {
  return [
    `**wink-nlp alone** (bench/nlpAlone.ts): the same articles read and tagged by wink-nlp with wink-eng-lite-web-model (tokens, sentences, part of speech, paragraph by paragraph as the pipeline's tokeniser reads them) on ${nlp[0]?.threads ?? '?'} threads claiming files from one counter, as the pipeline's analysis does; the model loaded and an untimed warm-up on 250 articles first. Its own Node process per size.`,
    '',
    table(
      ['Articles', 'Runs', 'Median', 'wink-nlp alone', 'MB per cal', '1 cal in its process', 'Tokens', 'Sentences', 'Preprocessing (end to end)', 'Ratio'],
      nlp.map((n) => {
        const p = preprocess.find((x) => x.size === n.size);
        return [
          n.size.toLocaleString('en-US'),
          String(n.total.runs),
          formatMs(n.total.median),
          `${num(n.mbPerSecond, 2)} MB/s`,
          relativeTo(n.mbPerSecond, 'MB/s', n.calibrationMs ?? unit),
          n.calibrationMs ? formatMs(n.calibrationMs) : '—',
          num(n.tokens, 0),
          num(n.sentences, 0),
          p ? `${num(p.mbPerSecond, 2)} MB/s` : '—',
          p ? `${num(p.mbPerSecond / n.mbPerSecond, 2)}×` : '—',
        ];
      }),
    ),
  ];
}

const row = (name: string, summary: Summary, size?: string, extra?: BenchResult['extra']): BenchResult => ({ name, summary, ...(size ? { size } : {}), ...(extra ? { extra } : {}) });

/** bench/results.md: targets first, then each part's table. */
export function formatResults(r: BenchResults): string {
  const out: string[] = ['# Podium benchmark results', '', `Written by \`npm run bench\` (bench/run.ts) on ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC; the whole run took ${num(r.wallSeconds / 60, 1)} min. Raw figures: [results.json](results.json).`, ''];
  out.push(...Object.entries(r.environment).map(([k, v]) => `- ${k}: ${v}`), '');

  const unit = r.calibration?.unitMs;
  out.push('## Targets', '');
  out.push(
    table(
      ['Figure', 'Measured', 'Relative to calibration', 'Target', 'Result'],
      r.targets.map((t) => [t.name, formatValue(t), relativeTo(t.value, t.unit, t.calibrationMs ?? unit), `${t.op} ${num(t.limit, 2)} ${t.unit}`, t.pass ? 'pass' : '**FAIL**']),
    ),
    '',
  );
  if (r.calibration) out.push(...formatCalibration(r.calibration), '');
  if (r.skipped.length) out.push('Not measured this run:', '', ...r.skipped.map((s) => `- ${s}`), '');

  out.push('## Preprocessing', '');
  out.push(
    'Each size runs in its own Node process: an untimed warm-up on 250 articles (a smaller folder is run whole until that many are done), then timed runs of what `npm run preprocess` does (src/pipeline/run/cli.ts `preprocess`): list and read the folder, analyse it in a pool of threads (one per core; one thread below 256 KB), validate, serialise, hash and write corpus.json. Read = listing the folder (files are read while analysed), build = analysis and assembly. Runs follow one another with no forced GC in between (a forced full GC makes V8 drop hot optimised code, which a single run never pays for). Rates use the median run. Peak RSS is `process.resourceUsage().maxRSS` of that process. *One-shot CLI* is one `tsx src/pipeline/run/cli.ts` in a fresh process (what `npm run preprocess` runs): Node and loader start-up, worker start-up and cold code included; informational, not judged.',
    '',
  );
  out.push(
    formatReport({
      results: r.preprocess.map((p) =>
        row(`preprocess (${p.total.runs} runs)`, p.total, `${p.size.toLocaleString('en-US')} articles`, {
          input: mb(p.bytes),
          'MB/s': Number(p.mbPerSecond.toFixed(2)),
          'MB per cal': relativeTo(p.mbPerSecond, 'MB/s', p.calibrationMs ?? unit),
          'median in cal': relativeTo(p.total.median, 'ms', p.calibrationMs ?? unit),
          '1 cal in its process': p.calibrationMs ? formatMs(p.calibrationMs) : '—',
          'articles/s': Math.round(p.articlesPerSecond),
          'ms/article': Number(p.msPerArticle.toFixed(2)),
          'read / build / write (median)': `${formatMs(p.stages.read.median)} / ${formatMs(p.stages.build.median)} / ${formatMs(p.stages.write.median)}`,
          'peak RSS': mb(p.maxRssMb * 1e6),
          'one-shot CLI': p.oneShotMs === undefined ? '—' : `${formatMs(p.oneShotMs)} (${num(p.bytes / 1e6 / (p.oneShotMs / 1000), 2)} MB/s)`,
          'corpus.json': `${mb(p.corpus.bytes)}${p.corpus.fitsInOneString ? '' : ' †'}`,
        }),
      ),
    }).trimEnd(),
    '',
  );
  for (const p of r.preprocess) if (p.note) out.push(`- ${p.size.toLocaleString('en-US')} articles: ${p.note}`);
  if (r.preprocess.some((p) => !p.corpus.fitsInOneString))
    out.push(
      "- † longer than V8's longest string (2^29 − 24 UTF-16 units): it can only be written in pieces (`JSON.stringify(corpus)` throws `RangeError: Invalid string length`), and the dashboard cannot load it at all (`res.text()` and `JSON.parse` need it as one string). The browser part therefore uses the shaped corpus below.",
    );
  if (r.scaling) {
    const steps = r.preprocess.slice(1).map((p, i) => `${p.size.toLocaleString('en-US')} vs ${r.preprocess[i]!.size.toLocaleString('en-US')}: ${num(p.msPerArticle / r.preprocess[i]!.msPerArticle, 2)}×`);
    out.push(`- Cost per article, ${r.scaling.to.toLocaleString('en-US')} vs ${r.scaling.from.toLocaleString('en-US')} articles: ${num(r.scaling.ratio, 2)}× (step by step: ${steps.join(', ')}). The smallest size carries fixed costs per run, so the later steps say more about scaling.`);
  }
  out.push('');
  if (r.nlp?.length) out.push(...formatNlp(r.nlp, r.preprocess, unit), '');
  out.push('Extraction on the synthetic ground truth (informational; scored by src/pipeline/evaluate):', '');
  out.push(
    table(
      ['Articles', 'Documents', 'Events', 'Speakers', 'Appearances', 'Quotes', 'Recall', 'Precision', 'News reports only: recall', 'precision'],
      r.preprocess.map((p) => [
        p.size.toLocaleString('en-US'),
        num(p.corpus.documents),
        num(p.corpus.events),
        num(p.corpus.speakers),
        num(p.corpus.appearances),
        num(p.corpus.quotes),
        p.recall ? `${(p.recall.recall * 100).toFixed(1)} % (${num(p.recall.found)} / ${num(p.recall.expected)})` : '—',
        p.recall ? `${(p.recall.precision * 100).toFixed(1)} % (${num(p.recall.spurious)} spurious)` : '—',
        p.recallNews ? `${(p.recallNews.recall * 100).toFixed(1)} % (${num(p.recallNews.found)} / ${num(p.recallNews.expected)})` : '—',
        p.recallNews ? `${(p.recallNews.precision * 100).toFixed(1)} % (${num(p.recallNews.spurious)} spurious)` : '—',
      ]),
    ),
    '',
  );

  if (r.browser) {
    const b = r.browser;
    out.push('## Browser (production build, Chromium)', '');
    out.push(
      `Corpus: the pipeline's output on ${r.preprocess.at(-1)?.size.toLocaleString('en-US') ?? '?'} articles shaped to ${num(b.corpus.appearances.to)} appearances (from ${num(b.corpus.appearances.from)}) and ${num(b.corpus.quotes.to)} quotes (from ${num(b.corpus.quotes.from)}); ${num(b.corpus.documents)} documents, ${num(b.corpus.speakers)} speakers, ${num(b.corpus.terms)} term-count rows; corpus.json ${mb(b.corpus.bytes)}. ${b.userAgent}`,
      '',
    );
    const stageMedians = (samples: BrowserFigures['cold']['samples']) => {
      const names = [...new Set(samples.flatMap((s) => s.stages.map(([n]) => n)))];
      return names.map((n) => `${n} ${formatMs(median(samples.map((s) => s.stages.find(([m]) => m === n)?.[1] ?? Number.NaN)))}`).join(', ');
    };
    const fetched = b.cold.samples.map((s) => s.corpusFetched ?? Number.NaN).filter(Number.isFinite);
    const results: BenchResult[] = [
      row('cold load → first chart (fresh profile: fetch, validate, IndexedDB write)', b.cold, undefined, { 'load stage first shown (median)': `${stageMedians(b.cold.samples)}${fetched.length ? `; corpus.json received ${formatMs(median(fetched))}` : ''}` }),
      row('cold load → whole corpus validated and stored', summarise(b.cold.samples.map((s) => s.loaded))),
      row('warm reload → first chart (IndexedDB → memory)', b.warm, undefined, { 'load stage first shown (median)': stageMedians(b.warm.samples) }),
      row('warm reload → texts and term counts read too', summarise(b.warm.samples.map((s) => s.loaded))),
      row(`filter click → DOM updated (${b.clicks.toDom.runs} clicks)`, b.clicks.toDom),
      row(`filter click → next frame rendered (${b.clicks.toFrame.runs} clicks)`, b.clicks.toFrame),
      ...Object.entries(b.clicks.byKind).map(([k, v]) => row(`  ${k} clicks → next frame`, v.toFrame, undefined, { 'median → DOM': formatMs(v.toDom.median) })),
    ];
    const calibrated = results.map((x) => ({ ...x, extra: { ...x.extra, 'median in cal': relativeTo(x.summary.median, 'ms', unit) } }));
    out.push(formatReport({ results: calibrated }).trimEnd(), '');
    out.push(
      `- JS heap after load (forced GC, \`Runtime.getHeapUsage\`): median ${mb(b.heapAfterLoadMb.median * 1e6)} (min ${mb(b.heapAfterLoadMb.min * 1e6)}, max ${mb(b.heapAfterLoadMb.max * 1e6)}); after the clicks ${mb(b.heapAfterClicksMb * 1e6)}.`,
      `- Counts shown: ${Object.entries(b.counts).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
      '- Load stages are the moments the status strip first *showed* each stage: the main thread is busy in between, so a stage can show late. On a cold load the charts come up once events, speakers and appearances are in (corpus.json is read as a stream, section by section); quotes, term counts and texts follow, then the cross-record checks and the IndexedDB write (Texts → Store).',
      `- Clicks with no DOM change: ${b.clicks.noEffect}. Build (\`vite build\`): ${formatMs(b.buildMs)}.`,
      '',
    );
  }

  if (r.bigLoad) {
    const g = r.bigLoad;
    out.push(`## Cold load at ${g.corpus.articles.toLocaleString('en-US')} articles (production build, Chromium)`, '');
    out.push(
      `Corpus: the pipeline's corpus.jsonl of the ${g.corpus.articles.toLocaleString('en-US')}-article run above, unshaped: ${mb(g.corpus.bytes)}, ${num(g.corpus.documents)} documents with their texts, ${num(g.corpus.quotes)} quotes. Each load in a fresh profile (fetch, validate in a worker, IndexedDB write of every section). 1 cal = ${formatMs(g.calibrationMs)}, measured just before and after these loads.`,
      '',
    );
    const rows: BenchResult[] = [
      row('cold load → first chart', summarise(g.samples.map((s) => s.firstChart))),
      row('cold load → fully stored (texts included)', summarise(g.samples.map((s) => s.loaded))),
    ].map((x) => ({ ...x, extra: { ...x.extra, 'median in cal': relativeTo(x.summary.median, 'ms', g.calibrationMs) } }));
    out.push(formatReport({ results: rows }).trimEnd(), '');
    out.push(`- JS heap after load (forced GC): ${g.heapAfterLoadMb.map((h) => mb(h * 1e6)).join(', ')}. The documents' texts stay in IndexedDB until a reader needs them.`, '');
  }

  if (r.bundle) {
    const z = r.bundle;
    out.push('## Bundle', '');
    out.push(`Initial JS ${kb(z.initialJsGzip)} and CSS ${kb(z.initialCssGzip)} gzipped (gzip -9). Loaded later, on demand:`, '');
    out.push(
      table(
        ['File', 'Loaded', 'Raw', 'Gzipped'],
        [...z.initialJs.map((a) => ({ ...a, when: 'initial' })), ...z.initialCss.map((a) => ({ ...a, when: 'initial' })), ...z.lazy.map((a) => ({ ...a, when: 'lazy' }))].map((a) => [
          `\`${a.file}\``,
          a.when,
          kb(a.bytes),
          kb(a.gzip),
        ]),
        ['---', '---', '---:', '---:'],
      ),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function median(xs: number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const h = (s.length - 1) / 2;
  return (s[Math.floor(h)]! + s[Math.ceil(h)]!) / 2;
}
