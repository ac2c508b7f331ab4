import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  /** Path relative to the build folder, e.g. "assets/index-abc.js". */
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface BundleFigures {
  /** Loaded before the app can start: entry script, its static imports, modulepreloads. */
  readonly initialJs: readonly AssetSize[];
  readonly initialCss: readonly AssetSize[];
  readonly initialJsGzip: number;
  readonly initialCssGzip: number;
  /** Everything else under assets/ (dynamic-import chunks, fetched data), loaded on demand. */
  readonly lazy: readonly AssetSize[];
}

/** Attribute values of one kind of tag in index.html, in document order. */
function tags(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    out.push(attrs);
  }
  return out;
}

/** Static `import … from "./x.js"` / `import "./x.js"` specifiers of a (minified) ES module; not `import("…")`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\n\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;}\n\s])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

/** "/assets/x.js" or "./x.js" (from assets/y.js) → "assets/x.js"; external URLs → undefined. */
function local(spec: string, from: string): string | undefined {
  // bare specifiers cannot load in a browser: text in a string that looks like an import
  if (!/^\.{0,2}\//.test(spec) || spec.startsWith('//')) return undefined;
  const p = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(from), spec);
  return posix.normalize(p);
}

function size(dir: string, file: string): AssetSize {
  const data = readFileSync(join(dir, file));
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/**
 * Initial and lazy assets of a Vite build: index.html's module scripts, stylesheets and
 * modulepreloads, plus the closure of the scripts' static imports, are initial; every
 * other file under assets/ is lazy. Sizes raw and gzip -9 (as Vite reports them).
 */
export function measureBundle(dir: string): BundleFigures {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  const queue: string[] = [];
  for (const s of tags(html, 'script')) if (s.src && (s.type ?? '') === 'module') queue.push(local(s.src, 'index.html')!);
  for (const l of tags(html, 'link')) {
    const rel = (l.rel ?? '').toLowerCase();
    const href = l.href && local(l.href, 'index.html');
    if (!href) continue;
    if (rel === 'stylesheet') css.add(href);
    else if (rel === 'modulepreload') queue.push(href);
  }
  while (queue.length) {
    const f = queue.pop()!;
    if (js.has(f)) continue;
    js.add(f);
    for (const spec of staticImports(readFileSync(join(dir, f), 'utf8'))) {
      const dep = local(spec, f);
      if (!dep || !existsSync(join(dir, dep))) continue;
      if (dep.endsWith('.css')) css.add(dep);
      else queue.push(dep);
    }
  }
  const assets = readdirSync(join(dir, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
  const initialJs = [...js].sort().map((f) => size(dir, f));
  const initialCss = [...css].sort().map((f) => size(dir, f));
  const lazy = assets.filter((f) => !js.has(f) && !css.has(f)).map((f) => size(dir, f));
  const sum = (xs: readonly AssetSize[]) => xs.reduce((n, x) => n + x.gzip, 0);
  return { initialJs, initialCss, initialJsGzip: sum(initialJs), initialCssGzip: sum(initialCss), lazy };
}
