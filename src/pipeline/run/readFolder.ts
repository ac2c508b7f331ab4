import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { MAX_BYTES } from '../index';
import type { FileInput } from './buildCorpusFromFiles';

/** The file extensions read as articles. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** An input folder that cannot be listed: said in one line, without a stack trace. */
export class InputFolderError extends Error {}

const FOLDER_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputFolderError(
      `cannot read the input folder "${dir}": ${FOLDER_PROBLEMS[code] ?? (e instanceof Error ? e.message : String(e))}`,
    );
  }
}

/**
 * The articles of a folder, in name order (hidden files and other extensions
 * left out), with their sizes; a file over MAX_BYTES is `skipped` unread.
 * The others are read when the pipeline reaches them.
 */
export function readFolder(dir: string): { inputs: FileInput[]; skipped: { file: string; reason: string }[] } {
  const inputs: FileInput[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const name of listFolder(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (!st.isFile() || name.startsWith('.') || !ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) continue;
    // do not load an enormous file just to refuse it
    if (st.size > MAX_BYTES) skipped.push({ file: name, reason: `too large (${st.size} bytes > 20 MB)` });
    else inputs.push({ file: name, path, bytes: st.size });
  }
  return { inputs, skipped };
}
