import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite } from './tree';

describe('makeSite', () => {
  it('names the copied corpus in its version file, whatever the corpus was called (the page fetches that name)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-site-test-'));
    const build = join(dir, 'build');
    mkdirSync(build);
    writeFileSync(join(build, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'big50.jsonl'), '{"kind":"header"}\n');
    writeFileSync(join(dir, 'big50.version.json'), JSON.stringify({ sha256: 'ab', bytes: 18, file: 'big50.jsonl' }));
    const site = join(dir, 'site');
    makeSite(build, site, join(dir, 'big50.jsonl'), join(dir, 'big50.version.json'));
    expect(JSON.parse(readFileSync(join(site, 'corpus.version.json'), 'utf8'))).toEqual({
      sha256: 'ab',
      bytes: 18,
      file: 'corpus.jsonl',
    });
    expect(readFileSync(join(site, 'corpus.jsonl'), 'utf8')).toBe('{"kind":"header"}\n');
  });
});
