/**
 * Where a click's main-thread time goes, from Chromium traces written by
 * `npm run bench:clicks -- --trace-kind role` (bench/.work/profiles/<kind>-<tree>/*.trace.json):
 *   npx tsx bench/traceSummary.ts bench/.work/profiles/role-a218bb5 bench/.work/profiles/role-work
 * For each folder: the mean per click of the renderer main thread's tasks by what they were
 * (the click, a frame, an idle callback, a timer, DevTools' own polling…), and of the trace
 * events' self time by name (script, style, layout, paint, GC…), in thread time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tts?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string; data?: { type?: string } };
}

/** What a task was, by the first of these found inside it (the order is the priority). */
const KINDS: readonly [string, (name: string) => boolean][] = [
  ['click (event dispatch)', (n) => n === 'EventDispatch'],
  ['idle callback', (n) => n === 'FireIdleCallback'],
  ['timer', (n) => n === 'TimerFire'],
  ['frame: style, layout, paint', (n) => n === 'WebFrameWidgetImpl::UpdateLifecycle' || n === 'UpdateLayoutTree' || n === 'Layout' || n === 'Paint'],
  ['animation frame callback', (n) => n === 'FireAnimationFrame'],
  ['posted message', (n) => n === 'MessagePort::Accept'],
  ['garbage collection', (n) => n.startsWith('V8.GC') || n === 'MajorGC' || n === 'MinorGC'],
  ['script (other)', (n) => n === 'FunctionCall' || n === 'v8.callFunction'],
];
const TOP = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Thread time (tdur) where the trace has it, else wall time: a busy host stretches wall time, not CPU time. */
export function summariseTrace(events: readonly TraceEvent[]): { tasks: Map<string, number>; self: Map<string, number> } {
  // the renderer main thread with the most events
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: TraceEvent[] = [];
  for (const m of mains) {
    const own = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.dur !== undefined);
    if (own.length > best.length) best = own;
  }
  const timed = best.map((e) => (e.tdur !== undefined && e.tts !== undefined ? { ...e, ts: e.tts, dur: e.tdur } : e));
  const sorted = timed.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = new Map<string, number>();
  const self = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  // nesting by a stack of open events; self time = own duration less the children's
  const stack: { e: TraceEvent; children: number; kind: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= until) {
      const top = stack.pop()!;
      add(self, top.e.name, (top.e.dur! - top.children) / 1000);
      if (stack.length) stack.at(-1)!.children += top.e.dur!;
      else add(tasks, KINDS[top.kind]?.[0] ?? 'other (DevTools, messages…)', top.e.dur! / 1000);
    }
  };
  for (const e of sorted) {
    close(e.ts);
    if (!stack.length && !TOP.has(e.name)) continue;
    if (stack.length) {
      const k = KINDS.findIndex(([, is]) => is(e.name));
      if (k >= 0 && k < stack[0]!.kind) stack[0]!.kind = k;
    }
    stack.push({ e, children: 0, kind: KINDS.length });
  }
  close(Infinity);
  return { tasks, self };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const dir of process.argv.slice(2)) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.trace.json'));
    const tasks = new Map<string, number>();
    const self = new Map<string, number>();
    for (const f of files) {
      const { traceEvents } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { traceEvents: TraceEvent[] };
      const s = summariseTrace(traceEvents);
      for (const [k, v] of s.tasks) tasks.set(k, (tasks.get(k) ?? 0) + v);
      for (const [k, v] of s.self) self.set(k, (self.get(k) ?? 0) + v);
    }
    const per = (v: number) => (v / Math.max(1, files.length)).toFixed(2).padStart(8);
    const total = [...tasks.values()].reduce((a, b) => a + b, 0);
    console.log(`${dir}: ${files.length} clicks, main-thread tasks ${per(total).trim()} ms per click`);
    console.log('  tasks by kind (ms per click):');
    for (const [k, v] of [...tasks].sort((a, b) => b[1] - a[1])) console.log(`${per(v)}  ${k}`);
    console.log('  self time by event (ms per click, ≥ 0.1):');
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1])) if (v / files.length >= 0.1) console.log(`${per(v)}  ${k}`);
  }
}
