import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { corpusFromLines, type Corpus } from '../src/corpus';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

/** A served copy of a built dashboard plus a fresh Chromium profile. */
export interface Session {
  url: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openSession(dir = 'dist'): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` (npm run e2e does).');
  const { server, url } = await serve({ dir, port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'podium-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  return {
    url,
    context,
    page,
    consoleErrors,
    async close() {
      await context.close();
      await new Promise<void>((ok) => (server as Server).close(() => ok()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One browser session for a describe block: opened before its tests, closed after.
 * Returns a getter, since the session exists only once beforeAll has run.
 */
export function useSession(dir = process.env.PODIUM_E2E_DIST ?? 'dist'): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(dir);
  });
  afterAll(() => session?.close());
  return () => {
    if (!session) throw new Error('useSession: the session is opened in beforeAll');
    return session;
  };
}

/** The corpus the production build serves (corpus.jsonl, as `npm run preprocess` writes it), as the tests' expected values. */
export function readBuiltCorpus(dir = 'dist'): Corpus {
  return corpusFromLines(readFileSync(join(dir, 'corpus.jsonl'), 'utf8').split('\n'));
}
