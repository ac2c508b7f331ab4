import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Static and dynamic imports and re-exports: `from '…'`, `import '…'`, `import('…')`. */
const SPECIFIER = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

/** The module specifiers a source file imports or re-exports (type-only imports included). */
export function importsOf(source: string): string[] {
  // comments may quote import lines; drop them first (line comments only where they start a line or follow code after whitespace)
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1]!);
}

/** The source files under `dir` (.ts, .mts, .mjs), recursively, tests left out. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The files a relative specifier of `from` can name: as written, or with .ts / /index.ts added. */
function resolveLocal(from: string, spec: string, known: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => known.has(p));
}

/** Each file's imports of other files in the set, by absolute path. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const local = importsOf(readFileSync(f, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveLocal(f, s, known))
      .filter((p): p is string => p !== undefined);
    graph.set(f, [...new Set(local)]);
  }
  return graph;
}

/**
 * The import cycles of a graph, each once, as the list of files around it
 * (relative to `root`): the strongly connected components with more than one
 * file, or a file that imports itself (Tarjan's algorithm).
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>, root = '/'): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || graph.get(v)?.includes(v)) cycles.push(component.map((f) => relative(root, f)).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
