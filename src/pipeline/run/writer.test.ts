import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWriter } from './writer';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('startWriter', () => {
  it('writes files one after another, and two at once, on the one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    const chunk = (s: string) => new Uint8Array(Buffer.from(s));
    expect(await startWriter(join(dir, 'a.json')).write([chunk('[1'), chunk(']')])).toEqual({ sha256: sha('[1]'), bytes: 3 });
    const b = startWriter(join(dir, 'b.json'));
    const c = startWriter(join(dir, 'c.json'));
    const [wb, wc] = await Promise.all([b.write([chunk('"b"')]), c.write([chunk('"c"')])]);
    expect([wb.sha256, wc.sha256]).toEqual([sha('"b"'), sha('"c"')]);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json', 'c.json']);
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe('"c"');
  });
  it('hands back the memory of written chunks for the next ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    const writer = startWriter(join(dir, 'a.json'));
    const first = writer.buffer(1 << 16).fill(49);
    await writer.write([first.subarray(0, 10)]);
    // the chunk moved to the thread, and came back once written
    expect(first.length).toBe(0);
    const again = startWriter(join(dir, 'b.json'));
    const next = again.buffer(1000);
    expect(next.buffer.byteLength).toBe(1 << 16);
    expect(next.length).toBe(1000);
    await again.abort();
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('1'.repeat(10));
  });
  it('rejects when the file cannot be written, leaving nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    // a directory where the temporary file should go
    const path = join(dir, 'x', 'c.json');
    mkdirSync(join(dir, 'x', `.c.json.${process.pid}.tmp`), { recursive: true });
    await expect(startWriter(path).write([new Uint8Array(Buffer.from('{}'))])).rejects.toThrow(/writing .*c\.json/);
    expect(readdirSync(join(dir, 'x'))).toEqual([`.c.json.${process.pid}.tmp`]);
  });
});
