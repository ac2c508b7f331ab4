/**
 * The corpus loader's worker (linesWorker.ts), started as early as the page can: the
 * entry module imports this before the rest of the app, so the worker's own start
 * (fetching and evaluating its module, ~0.15–0.2 s) overlaps the page's and is done
 * when a first load asks for it. No imports: nothing else is evaluated before it.
 */
let early: Worker | undefined;

const startWorker = (): Worker => new Worker(new URL('./linesWorker.ts', import.meta.url), { type: 'module' });

/** Start the loader's worker now, in a browser page (not under Node, where tests load on the one thread). */
export function prestartLoaderWorker(): void {
  if (typeof Worker !== 'undefined' && typeof window !== 'undefined') early ??= startWorker();
}

/** The worker started early, or a new one: each load has its own (it ends with the load). */
export function takeLoaderWorker(): Worker {
  const worker = early ?? startWorker();
  early = undefined;
  return worker;
}

/** End the early worker if no load took it (the corpus came from IndexedDB). */
export function dropEarlyLoaderWorker(): void {
  early?.terminate();
  early = undefined;
}
