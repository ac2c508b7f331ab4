import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic, writeChunksAtomic, writeChunksAtomicAsync } from './writer';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const chunk = (s: string) => new Uint8Array(Buffer.from(s));

describe('writeChunksAtomic', () => {
  it('writes the chunks and renames the file into place, with their hash and size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    expect(writeChunksAtomic(join(dir, 'sub', 'c.json'), ['{"a":', chunk('[1,2]}')])).toEqual({
      sha256: sha('{"a":[1,2]}'),
      bytes: 11,
    });
    expect(readdirSync(join(dir, 'sub'))).toEqual(['c.json']);
    expect(readFileSync(join(dir, 'sub', 'c.json'), 'utf8')).toBe('{"a":[1,2]}');
  });
  it('counts bytes, not characters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    expect(writeAtomic(join(dir, 'a.json'), '"é“"')).toEqual({ sha256: sha('"é“"'), bytes: 7 });
  });
  it('leaves the old file and no temporary file when the chunks fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    writeFileSync(join(dir, 'c.json'), 'old');
    const failing = function* () {
      yield chunk('{');
      throw new Error('no more');
    };
    expect(() => writeChunksAtomic(join(dir, 'c.json'), failing())).toThrow('no more');
    expect(readdirSync(dir)).toEqual(['c.json']);
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe('old');
  });
  it('throws when the temporary file cannot be opened, leaving what was there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    // a directory where the temporary file should go
    mkdirSync(join(dir, `.c.json.${process.pid}.tmp`));
    expect(() => writeChunksAtomic(join(dir, 'c.json'), [chunk('{}')])).toThrow();
    expect(readdirSync(dir)).toEqual([`.c.json.${process.pid}.tmp`]);
  });
});

describe('writeChunksAtomicAsync', () => {
  async function* later(...chunks: (string | Error)[]) {
    for (const c of chunks) {
      await new Promise((r) => setTimeout(r, 1));
      if (c instanceof Error) throw c;
      yield c.startsWith('{') ? c : chunk(c);
    }
  }
  it('writes chunks that come one by one, with their hash and size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    expect(await writeChunksAtomicAsync(join(dir, 'c.jsonl'), later('{"a":', '[1,"é"]}'))).toEqual({
      sha256: sha('{"a":[1,"é"]}'),
      bytes: 14,
    });
    expect(readFileSync(join(dir, 'c.jsonl'), 'utf8')).toBe('{"a":[1,"é"]}');
  });
  it('leaves the old file and no temporary file when a chunk fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    writeFileSync(join(dir, 'c.jsonl'), 'old');
    await expect(writeChunksAtomicAsync(join(dir, 'c.jsonl'), later('{', new Error('no more')))).rejects.toThrow(
      'no more',
    );
    expect(readdirSync(dir)).toEqual(['c.jsonl']);
    expect(readFileSync(join(dir, 'c.jsonl'), 'utf8')).toBe('old');
  });
});
