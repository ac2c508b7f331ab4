// Node-only: reads a key file and the texts its anchor references point into.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswerKey, toScoringKey, type AnchorRef, type ScoringKey } from '../../evaluate/keys';

/** Resolves {at, len, sha} against textsDir/file: the slice, if its sha256 still starts with sha. */
export function resolveAnchorIn(textsDir: string): (file: string, ref: AnchorRef) => string | null {
  const texts = new Map<string, string | null>();
  return (file, ref) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(join(textsDir, file), 'utf8'));
      } catch {
        texts.set(file, null);
      }
    }
    const slice = texts.get(file)?.slice(ref.at, ref.at + ref.len);
    return slice !== undefined && createHash('sha256').update(slice).digest('hex').slice(0, 12) === ref.sha
      ? slice
      : null;
  };
}

/** An answer key in either format, ready to score; textsDir resolves anchors given by reference. */
export function readKey(path: string, textsDir?: string): ScoringKey {
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return toScoringKey(parseAnswerKey(json), textsDir === undefined ? undefined : resolveAnchorIn(textsDir));
}
