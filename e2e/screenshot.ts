/**
 * Headless screenshots of the built dashboard with the demo corpus loaded:
 * `npx vite build && npx tsx e2e/screenshot.ts [outDir] [query] [--demo]` (--demo loads the
 * invented demo corpus through the file input instead of showing the published one).
 */
import { mkdirSync } from 'node:fs';
import { demoCorpus } from './fixtures/demoCorpus';
import { openSession } from './harness';

const args = process.argv.slice(2).filter((a) => a !== '--demo');
const demo = process.argv.includes('--demo');
const out = args[0] ?? '.tmp';
const query = args[1] ?? '';
mkdirSync(out, { recursive: true });
const s = await openSession();
try {
  await s.page.goto(s.url + query);
  await s.page.getByTestId('count-documents').waitFor();
  if (demo) {
    await s.page.getByTestId('corpus-file').setInputFiles({ name: 'demo-corpus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(demoCorpus())) });
    await s.page.getByTestId('corpus-source').filter({ hasText: 'demo-corpus.json' }).waitFor();
  }
  await s.page.locator('[data-chart="map"] path').first().waitFor();
  await s.page.waitForTimeout(300);
  await s.page.screenshot({ path: `${out}/dashboard-1280.png`, fullPage: true });
  await s.page.setViewportSize({ width: 1024, height: 900 });
  await s.page.waitForTimeout(300);
  await s.page.screenshot({ path: `${out}/dashboard-1024.png`, fullPage: true });
  console.log('console errors:', s.consoleErrors);
} finally {
  await s.close();
}
