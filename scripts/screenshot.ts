// Takes a screenshot of the built dashboard in headless Chromium: `npm run screenshot -- [--width 1280] [--query ?country=GB] [--out docs/dashboard.png]`.
// Run `npm run preprocess && npm run build` first.
import { openSession } from '../e2e/harness';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

async function main(): Promise<void> {
  const session = await openSession(arg('dir', 'dist'));
  try {
    await session.page.setViewportSize({ width: Number(arg('width', '1280')), height: 900 });
    await session.page.goto(session.url + arg('query', ''));
    await session.page.waitForSelector('[data-testid="count-documents"]', { timeout: 30_000 });
    // A filter that matches nobody draws no marks: wait for them only when there are speakers.
    await session.page.waitForSelector('[data-chart="map"] path', { timeout: 10_000 }).catch(() => undefined);
    await session.page.waitForTimeout(500); // let transitions settle
    const out = arg('out', 'docs/dashboard.png');
    await session.page.screenshot({ path: out, fullPage: arg('full', 'true') === 'true' });
    console.log(`wrote ${out}${session.consoleErrors.length ? `; console errors: ${session.consoleErrors.join(' | ')}` : ''}`);
  } finally {
    await session.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
