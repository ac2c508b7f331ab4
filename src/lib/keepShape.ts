/**
 * Instances kept for the life of the program, one per class that hot code
 * makes and drops again and again (a cursor per document, a term table per
 * run). V8 lets a class's hidden classes die with its last instance, and with
 * them the optimised code built on them: a full GC between two runs left no
 * instance, so every run in a long-lived process (a watcher, the benchmark)
 * began by re-optimising the hot loops (`--trace-deopt`: "weak objects").
 */
const kept: unknown[] = [];

/** Keeps `instance` alive, so that its class's hidden classes stay alive; returns it. */
export function keepShapeOf<T>(instance: T): T {
  kept.push(instance);
  return instance;
}
