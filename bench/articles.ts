import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countAppearances, generateSynthetic, type GroundTruth } from './generate';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const WORK_DIR = join(BENCH_DIR, '.work');

/** A generated article folder on disk, with its ground truth next to it. */
export interface ArticleSet {
  readonly size: number;
  readonly seed: number;
  readonly dir: string;
  readonly truthPath: string;
  readonly files: number;
  readonly bytes: number;
  readonly appearances: number;
  /** True when this call wrote the folder, false when the cache was used. */
  readonly generated: boolean;
}

interface Stamp {
  key: string;
  files: number;
  bytes: number;
  appearances: number;
}

/** Hash of the generator's own sources: a changed generator must not reuse old articles. */
export function generatorVersion(): string {
  const h = createHash('sha256');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
  for (const f of [join(BENCH_DIR, 'generate.ts'), ...walk(join(BENCH_DIR, 'synthetic')).sort()]) {
    h.update(relative(BENCH_DIR, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 12);
}

/**
 * The articles for one size and seed, generated once and then cached under
 * bench/.work/articles-<size>-s<seed>/ (keyed also by the generator's source hash,
 * so an edited generator regenerates). The stamp file is written last: an
 * interrupted run leaves no stamp and is redone.
 */
export function ensureArticles(size: number, seed: number, workDir = WORK_DIR): ArticleSet {
  const dir = join(workDir, `articles-${size}-s${seed}`);
  const truthPath = `${dir}.truth.json`;
  const stampPath = `${dir}.stamp.json`;
  const key = `${size}/${seed}/${generatorVersion()}`;
  if (existsSync(stampPath) && existsSync(truthPath)) {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as Stamp;
    if (stamp.key === key) return { size, seed, dir, truthPath, files: stamp.files, bytes: stamp.bytes, appearances: stamp.appearances, generated: false };
  }
  rmSync(stampPath, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const { articles, truth } = generateSynthetic({ articles: size, seed });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let bytes = 0;
  for (const { file, text } of articles) {
    const data = Buffer.from(text, 'utf8');
    writeFileSync(join(tmp, file), data);
    bytes += data.length;
  }
  renameSync(tmp, dir);
  writeFileSync(truthPath, JSON.stringify(truth));
  const stamp: Stamp = { key, files: articles.length, bytes, appearances: countAppearances(truth) };
  writeFileSync(stampPath, JSON.stringify(stamp));
  return { size, seed, dir, truthPath, files: stamp.files, bytes, appearances: stamp.appearances, generated: true };
}

export function readTruth(set: Pick<ArticleSet, 'truthPath'>): GroundTruth {
  return JSON.parse(readFileSync(set.truthPath, 'utf8')) as GroundTruth;
}
