import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Files a build and the pipeline need; everything else (tests, bench, docs) stays out of a snapshot. */
const SNAPSHOT_PATHS = ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'tsconfig.node.json', 'package.json'];

export interface SourceTree {
  /** Folder with src/, data/, index.html… and node_modules. */
  readonly root: string;
  /** The commit measured; for the working tree, HEAD plus whether src/ had uncommitted changes. */
  readonly commit: string;
  readonly dirty: boolean;
  readonly kind: 'head' | 'work';
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();

/**
 * What to measure. 'head': the last commit, extracted once to <workDir>/podium-bench-tree-<sha>/
 * (others' half-finished edits in the working tree do not leak into the figures);
 * 'work': the working tree as it is.
 */
export function prepareTree(kind: 'head' | 'work', workDir: string): SourceTree {
  const commit = git('rev-parse', 'HEAD');
  if (kind === 'work') {
    const dirty = git('status', '--porcelain', '--', ...SNAPSHOT_PATHS.filter((p) => existsSync(join(REPO, p)))) !== '';
    return { root: REPO, commit, dirty, kind };
  }
  const root = join(workDir, `podium-bench-tree-${commit.slice(0, 12)}`);
  if (!existsSync(join(root, '.complete'))) {
    // snapshots of older commits are not needed again (one bench runs at a time)
    for (const old of readdirSync(workDir)) if (old.startsWith('podium-bench-tree-')) rmSync(join(workDir, old), { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const present = SNAPSHOT_PATHS.filter((p) => git('ls-tree', '--name-only', 'HEAD', p) !== '');
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD', '--', ...present], { cwd: REPO, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', root], { input: tar });
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
    writeFileSync(join(root, '.complete'), commit);
  }
  return { root, commit, dirty: false, kind };
}

/**
 * Any commit, extracted once to <workDir>/podium-bench-ref-<sha>/ with this checkout's
 * node_modules (bench/clicks.ts builds an older commit beside the working tree). Unlike
 * `prepareTree('head')` it leaves other snapshots alone: several are measured in one run.
 */
export function prepareRef(ref: string, workDir: string): SourceTree {
  const commit = git('rev-parse', `${ref}^{commit}`);
  // keyed by checkout too: the snapshot links to this checkout's node_modules, which another worktree may remove
  const root = join(workDir, `podium-bench-ref-${commit.slice(0, 12)}-${createHash('sha256').update(REPO).digest('hex').slice(0, 8)}`);
  if (!existsSync(join(root, '.complete')) || !existsSync(join(root, 'node_modules'))) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const present = SNAPSHOT_PATHS.filter((p) => git('ls-tree', '--name-only', commit, p) !== '');
    const tar = execFileSync('git', ['archive', '--format=tar', commit, '--', ...present], { cwd: REPO, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', root], { input: tar });
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
    writeFileSync(join(root, '.complete'), commit);
  }
  return { root, commit, dirty: false, kind: 'head' };
}

/** `vite build` of a tree into `outDir` (never the shared dist/), returning the build's wall time in ms. */
export function buildApp(tree: SourceTree, outDir: string, extraArgs: readonly string[] = []): number {
  const t0 = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', resolve(outDir), '--emptyOutDir', '--logLevel', 'warn', ...extraArgs], {
    cwd: tree.root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return performance.now() - t0;
}

/** A copy of a build with its corpus (corpus.json, or corpus.jsonl for a lines file) and corpus.version.json replaced. */
export function makeSite(buildDir: string, siteDir: string, corpusPath: string, versionPath: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(buildDir, siteDir, { recursive: true });
  for (const name of ['corpus.json', 'corpus.jsonl']) rmSync(join(siteDir, name), { force: true });
  const name = /\.(jsonl|ndjson)$/i.test(corpusPath) ? 'corpus.jsonl' : 'corpus.json';
  cpSync(corpusPath, join(siteDir, name));
  // the version file names the corpus the page fetches: the copy's name, whatever the corpus was called
  const version = JSON.parse(readFileSync(versionPath, 'utf8')) as { file?: string };
  writeFileSync(join(siteDir, 'corpus.version.json'), JSON.stringify(version.file ? { ...version, file: name } : version));
}
