/**
 * Where a pooled preprocessing run's CPU goes, thread by thread and phase by phase:
 * `npx tsx bench/threadCpu.ts DIR [--articles N] [--runs R] [--every MS] [--out FILE]`. Warms up on
 * 250 articles as the bench does, then runs the CLI's `preprocess` on the first N articles of DIR
 * (all by default, copied into a scratch folder when cut) and prints, for each phase the CLI
 * announces (analysis, each corpus-wide stage, validation, write) and every MS ms between
 * (default 5,000), the wall time and the CPU time of the main thread, of the pool (the two busiest
 * other threads: Linux names every thread "node") and of the rest (V8's GC and compiler helpers),
 * read from the kernel's per-thread counters (/proc/self/task); then the CPU per article and the
 * main thread's GC pauses by kind. CPU time varies much less with other load than wall time, so
 * two sizes or two trees compare by it (ms of CPU per article) where wall times swing 2-5x.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { preprocess } from '../src/pipeline/run/cli';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: 'string' },
    every: { type: 'string' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const dir = positionals[0];
if (!dir) throw new Error('usage: npx tsx bench/threadCpu.ts DIR [--articles N] [--runs R] [--out FILE]');

const TICK_MS = 10; // USER_HZ is 100 on Linux
/** CPU ms per thread of this process, by tid, with the thread's name. */
function threadTimes(): Map<number, { name: string; ms: number }> {
  const out = new Map<number, { name: string; ms: number }>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      out.set(Number(tid), { name, ms: (Number(f[11]) + Number(f[12])) * TICK_MS });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}
/** CPU ms between two readings: the main thread, the two busiest others (the pool's threads), the rest (V8 and libuv helpers). */
function groupDelta(a: ReturnType<typeof threadTimes>, b: ReturnType<typeof threadTimes>) {
  const others: number[] = [];
  let main = 0;
  for (const [tid, t] of b) {
    const d = t.ms - (a.get(tid)?.ms ?? 0);
    if (tid === process.pid) main = d;
    else others.push(d);
  }
  others.sort((x, y) => y - x);
  const pool = (others[0] ?? 0) + (others[1] ?? 0);
  return { main, pool, helpers: others.slice(2).reduce((s, x) => s + x, 0) };
}

const gcKinds: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
const gc: Record<string, { n: number; ms: number }> = {};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = gcKinds[(e as unknown as { detail: { kind: number } }).detail.kind] ?? 'other';
    (gc[kind] ??= { n: 0, ms: 0 }).ms += e.duration;
    gc[kind].n++;
  }
}).observe({ entryTypes: ['gc'] });

const all = readdirSync(dir)
  .filter((f) => /\.(txt|md|markdown|html?)$/i.test(f) && !f.startsWith('.'))
  .sort();
const n = Math.min(all.length, Number(values.articles ?? all.length));
const scratch = join('/tmp', `threadCpu-${process.pid}`);
const copyFirst = (count: number, to: string) => {
  mkdirSync(to, { recursive: true });
  for (const f of all.slice(0, count)) copyFileSync(join(dir, f), join(to, f));
  return to;
};
const input = n === all.length ? dir : copyFirst(n, join(scratch, 'in'));
const output = values.out ?? join(scratch, 'out', 'corpus.json');
await preprocess(
  { input: copyFirst(250, join(scratch, 'warm')), output: join(scratch, 'warm-out', 'corpus.json'), strict: false },
  { quiet: true },
);

for (let r = 0; r < Number(values.runs); r++) {
  for (const k of Object.keys(gc)) delete gc[k];
  const marks: { stage: string; at: number; cpu: ReturnType<typeof threadTimes> }[] = [];
  const mark = (stage: string) => marks.push({ stage, at: performance.now(), cpu: threadTimes() });
  mark('start');
  // a timeline: how the threads' CPU is split, second by second, as the corpus grows
  const timer = setInterval(() => mark('tick'), Number(values.every ?? 5000));
  // the CLI's own stage lines ("preprocess: resolve, 12.3 s") mark the phases; its other output is dropped
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    const m = /^preprocess: ([a-z][^,]*), [\d.]+ s/.exec(String(chunk));
    if (m) mark(m[1]!);
    return true;
  }) as typeof process.stderr.write;
  let res;
  try {
    res = await preprocess({ input, output, strict: false });
  } finally {
    process.stderr.write = write;
  }
  clearInterval(timer);
  mark('end');
  for (let k = 1; k < marks.length; k++) {
    const d = groupDelta(marks[k - 1]!.cpu, marks[k]!.cpu);
    const dt = marks[k]!.at - marks[k - 1]!.at;
    const share = (ms: number) => `${((100 * ms) / dt).toFixed(0).padStart(3)}% (${(ms / 1000).toFixed(1)} s)`;
    console.log(
      `  ${marks[k - 1]!.stage.padEnd(20)} ${(dt / 1000).toFixed(1).padStart(6)} s to t=${((marks[k]!.at - marks[0]!.at) / 1000).toFixed(1).padStart(6)} s  main ${share(d.main)}  pool ${share(d.pool)}  helpers ${share(d.helpers)}`,
    );
  }
  // after the analysis: the corpus-wide stages, validation and the write, where the threads wait on each other
  const tailFrom = marks.find((m) => m.stage === 'resolve');
  if (tailFrom) {
    const d = groupDelta(tailFrom.cpu, marks[marks.length - 1]!.cpu);
    const wall = marks[marks.length - 1]!.at - tailFrom.at;
    console.log(
      `  after the analysis: ${(wall / 1000).toFixed(1)} s wall; CPU main ${(d.main / 1000).toFixed(1)} s, pool ${(d.pool / 1000).toFixed(1)} s, helpers ${(d.helpers / 1000).toFixed(1)} s`,
    );
  }
  const whole = groupDelta(marks[0]!.cpu, marks[marks.length - 1]!.cpu);
  const rss = process.memoryUsage().rss / 1e6;
  console.log(
    `run ${r + 1}: ${n} articles, wall ${((marks[marks.length - 1]!.at - marks[0]!.at) / 1000).toFixed(1)} s (list ${res.ms.list.toFixed(0)} ms, analyse ${(res.ms.analyse / 1000).toFixed(1)} s, write ${(res.ms.write / 1000).toFixed(1)} s); ` +
      `CPU ms/article: main ${(whole.main / n).toFixed(2)}, pool ${(whole.pool / n).toFixed(2)}, helpers ${(whole.helpers / n).toFixed(2)}, all ${((whole.main + whole.pool + whole.helpers) / n).toFixed(2)}; rss now ${rss.toFixed(0)} MB; load ${(
        await import('node:os')
      )
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `  main-thread GC: ${Object.entries(gc)
      .map(([k, v]) => `${k} ${v.n}× ${v.ms.toFixed(0)} ms`)
      .join(', ')}`,
  );
}
rmSync(scratch, { recursive: true, force: true });
