// Node-only: the articles of a folder as the pipeline takes them.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../readFolder';

/** The article files of dir (the extensions `npm run preprocess` reads), sorted by name. */
export function readArticles(dir: string): { file: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()))
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
}
