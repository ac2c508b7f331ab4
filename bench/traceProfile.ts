/**
 * CPU profiles of every thread of a page, workers included, from a Chrome trace
 * (`disabled-by-default-v8.cpu_profiler`): a CDP `Profiler` session sees only the
 * page's thread, and a dedicated worker's own session ends with the worker (the
 * corpus loader's is terminated the moment it is done). Writes one .cpuprofile
 * per thread that ran JavaScript, and a text summary of self time by function.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  ts: number;
  /** thread time of a complete ('X') event, µs */
  tdur?: number;
  args?: { name?: string; data?: ProfileData };
}
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** Record a trace around `fn` and write `<path>.<thread>.cpuprofile` files and `<path>.txt` (self time by function per thread). */
export async function withTraceProfile<T>(cdp: CDPSession, path: string, fn: () => Promise<T>): Promise<T> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-v8.cpu_profiler', 'v8', 'toplevel', '__metadata'], recordMode: 'recordContinuously' }, transferMode: 'ReturnAsStream' });
  try {
    return await fn();
  } finally {
    const done = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => ok(e.stream!)));
    await cdp.send('Tracing.end');
    const stream = await done;
    let text = '';
    for (;;) {
      const r = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
      text += r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data;
      if (r.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    writeFileSync(`${path}.trace.json`, text);
    summariseTrace(text, path);
  }
}

/** The profiles and summary of a trace's text (`npx tsx bench/traceProfile.ts <trace.json>` redoes them). */
export function summariseTrace(text: string, path: string): void {
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const threadName = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const profiles = new Map<string, { thread: string; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[]; start: number }>();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = { thread: threadName.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`, nodes: new Map(), samples: [], deltas: [], start: e.args?.data?.startTime ?? e.ts }));
    const d = e.args?.data;
    for (const n of d?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(d?.cpuProfile?.samples ?? []));
    p.deltas.push(...(d?.timeDeltas ?? []));
  }
  // CPU time per thread from its top-level tasks' thread time: unlike samples, not inflated when other processes hold the cores
  const cpu = new Map<string, number>();
  const processName = new Map<number, string>();
  for (const e of events) if (e.name === 'process_name' && e.args?.name) processName.set(e.pid, e.args.name);
  for (const e of events) if (e.ph === 'X' && e.tdur && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask')) cpu.set(`${e.pid}:${e.tid}`, (cpu.get(`${e.pid}:${e.tid}`) ?? 0) + e.tdur);
  const lines: string[] = ['== CPU time of tasks by thread (toplevel tdur)'];
  for (const [key, us] of [...cpu].sort((a, b) => b[1] - a[1]).slice(0, 12)) lines.push(`${(us / 1e6).toFixed(2).padStart(7)} s  ${processName.get(Number(key.split(':')[0])) ?? '?'} / ${threadName.get(key) ?? key}`);
  lines.push('');
  let k = 0;
  for (const p of profiles.values()) {
    if (p.samples.length < 10) continue;
    const self = new Map<string, number>();
    const n = Math.min(p.samples.length, p.deltas.length);
    // a sample's time is the gap to the next one
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dt = (p.deltas[i + 1] ?? 0) / 1000;
      const node = p.nodes.get(p.samples[i]!);
      const f = node?.callFrame;
      const name = f ? `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${(f.lineNumber ?? -1) + 1}` : '?';
      self.set(name, (self.get(name) ?? 0) + dt);
      total += dt;
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
    lines.push(`== ${p.thread} (${(total / 1000).toFixed(1)} s sampled)`, ...top.map(([name, ms]) => `${(ms / 1000).toFixed(2).padStart(7)} s ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`), '');
    // as a .cpuprofile for DevTools: children lists from the parents
    const nodes = [...p.nodes.values()].map((x) => ({ ...x, children: [] as number[] }));
    const byId = new Map(nodes.map((x) => [x.id, x]));
    for (const x of nodes) if (x.parent !== undefined) byId.get(x.parent)?.children.push(x.id);
    const end = p.start + p.deltas.reduce((a, b) => a + b, 0);
    writeFileSync(`${path}.${k++}.${p.thread.replace(/\W+/g, '_')}.cpuprofile`, JSON.stringify({ nodes, startTime: p.start, endTime: end, samples: p.samples.slice(0, n), timeDeltas: p.deltas.slice(0, n) }));
  }
  writeFileSync(`${path}.txt`, lines.join('\n'));
}

if (process.argv[1]?.endsWith('traceProfile.ts') && process.argv[2]) summariseTrace(readFileSync(process.argv[2], 'utf8'), process.argv[2].replace(/\.trace\.json$/, ''));
