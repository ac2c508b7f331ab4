import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './serve.mjs';

describe('serve', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-serve-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'corpus.json'), '{"a":"é"}');
    writeFileSync(join(dir, 'assets', 'app.js'), 'x');
    ({ server, url } = await serve({ dir, port: 0 }));
  });
  afterAll(() => server.close());

  it('streams a file with its length, type and a validator', async () => {
    const res = await fetch(`${url}corpus.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength('{"a":"é"}')));
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe('{"a":"é"}');
    const again = await fetch(`${url}corpus.json`, { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('caches hashed assets for good, answers unknown paths with the app and missing assets with 404', async () => {
    expect((await fetch(`${url}assets/app.js`)).headers.get('cache-control')).toMatch(/immutable/);
    expect(await (await fetch(`${url}some/view`)).text()).toMatch(/<title>x/);
    expect((await fetch(`${url}missing.js`)).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const res = await fetch(`${url}corpus.json`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});
