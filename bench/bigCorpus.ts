import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureArticles, WORK_DIR } from './articles';
import { runPreprocessChild, versionPath, type BigCorpusInfo } from './preprocess';
import { prepareTree } from './tree';

/**
 * The browser benchmark's corpus without a full `npm run bench`: 1,000 synthetic articles
 * (seed 1) through this working tree's pipeline once, shaped to 100,000 appearances and
 * 100,000 quotes, cached as bench/.work/browser-corpus-1000-s1.json with its version file and
 * an .info.json. Delete them to remake it (after a schema change, say). Used by
 * `npm run bench:clicks` and `npm run bench -- --browser-only`.
 */
export async function ensureBigCorpus(log: (s: string) => void = () => {}): Promise<BigCorpusInfo> {
  const path = join(WORK_DIR, 'browser-corpus-1000-s1.json');
  const infoPath = path.replace(/\.json$/, '.info.json');
  if (existsSync(path) && existsSync(versionPath(path)) && existsSync(infoPath)) return JSON.parse(readFileSync(infoPath, 'utf8')) as BigCorpusInfo;
  const set = ensureArticles(1000, 1);
  log('shaping the 100k corpus from 1,000 articles (once; cached in bench/.work)…');
  const f = await runPreprocessChild({ root: prepareTree('work', tmpdir()).root, dir: set.dir, runs: 1, minTimedMs: 0, warmupArticles: 0, big: { out: path, appearances: 100_000, quotes: 100_000 } });
  if (!f.big) throw new Error('the preprocessing child wrote no browser corpus');
  writeFileSync(infoPath, JSON.stringify(f.big));
  return f.big;
}
