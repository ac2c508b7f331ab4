import { openClickSession, type ClickKind, type SettledClick } from './browser';
import { computeSummary, type Summary } from './stats';

/** Two builds' clicks taken in turns in one run: the baseline's and this tree's, under the same load. */
export interface SideBySideClicks {
  /** The baseline's commit (issue 12 judges clicks against the build before it). */
  readonly commit: string;
  readonly plan: readonly ClickKind[];
  readonly clicks: number;
  /** → next frame (ms), and main-thread time per click until the page is quiet (ms, thread time). */
  readonly baseline: { readonly toFrame: Summary; readonly mainThread: Summary };
  readonly tree: { readonly toFrame: Summary; readonly mainThread: Summary };
}

/**
 * Opens each site in its own Chromium and clicks the plan in them taking turns, click by click,
 * alternating which goes first (as `npm run bench:clicks` does): a slower host slows both alike,
 * so their ratio holds where absolute figures from another day do not. Returns each site's
 * timed clicks (after `warmup` untimed steps).
 */
export async function clickSideBySide(sites: readonly string[], plan: readonly ClickKind[], clicks: number, warmup = 5): Promise<SettledClick[][]> {
  const sessions = [];
  try {
    for (const site of sites) sessions.push(await openClickSession(site, plan));
    const samples: SettledClick[][] = sites.map(() => []);
    for (let i = 0; i < warmup + clicks; i++) {
      const order = i % 2 ? [...sessions.keys()].reverse() : [...sessions.keys()];
      for (const k of order) {
        const sample = await sessions[k]!.step(i);
        if (i >= warmup) samples[k]!.push(sample);
      }
    }
    const errors = sessions.flatMap((s, k) => s.errors.map((e) => `${sites[k]}: ${e}`));
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    return samples;
  } finally {
    for (const s of sessions) await s.close();
  }
}

/** The figures issue 12's click targets are judged by, from clickSideBySide's samples. */
export function summariseSideBySide(commit: string, plan: readonly ClickKind[], baseline: readonly SettledClick[], tree: readonly SettledClick[]): SideBySideClicks {
  const figures = (xs: readonly SettledClick[]) => ({ toFrame: computeSummary(xs.map((s) => s.toFrame)), mainThread: computeSummary(xs.map((s) => s.cost.task)) });
  return { commit, plan, clicks: tree.length, baseline: figures(baseline), tree: figures(tree) };
}
