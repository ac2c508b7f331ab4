import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, readBuiltCorpus, useSession, type Session } from './harness';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks the button with this accessible name and returns the downloaded file's bytes. */
async function downloadVia(page: Page, name: string): Promise<{ file: Buffer; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const path = await download.path();
  if (!path) throw new Error(`download from "${name}" has no file: ${await download.failure()}`);
  return { file: readFileSync(path), download };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** What the browser's own XML parser makes of an SVG file. */
async function inspectSvg(page: Page, text: string) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      rootName: doc.documentElement.localName,
      namespace: doc.documentElement.namespaceURI,
      width: Number(doc.documentElement.getAttribute('width')),
      rects: doc.querySelectorAll('svg > svg rect').length,
      paths: doc.querySelectorAll('svg > svg path').length,
      header: Array.from(doc.querySelectorAll(':root > g[id] > text'), (e) => `${e.parentElement!.id}: ${e.textContent}`),
    };
  }, text);
}

/** The number in the speakers table heading, "Speakers (12)". */
async function speakerCount(page: Page): Promise<number> {
  const heading = await page.getByTestId('speakers-table').getByRole('heading').first().textContent();
  const m = /\((\d[\d,]*)\)/.exec(heading ?? '');
  if (!m) throw new Error(`no count in the speakers heading: ${heading}`);
  return Number(m[1]!.replaceAll(',', ''));
}

describe('exporting charts and tables', () => {
  let s: Session;
  const requested: string[] = [];

  beforeAll(async () => {
    // PODIUM_E2E_DIST lets a developer point this at another built copy (e.g. one with a fixture corpus).
    s = await openSession(process.env.PODIUM_E2E_DIST ?? 'dist');
    s.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await s.page.goto(s.url);
    await s.page.locator('svg[data-chart="country"] rect').first().waitFor({ state: 'attached', timeout: 30_000 });
  });
  afterAll(() => s?.close());

  it('downloads the country chart as a 2× PNG', async () => {
    const chartWidth = Number(await s.page.locator('svg[data-chart="country"]').getAttribute('width'));
    expect(chartWidth).toBeGreaterThan(100);
    const { file, download } = await downloadVia(s.page, 'Download Speakers by country as PNG');
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect([...file.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(file.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(file.length).toBeGreaterThan(5 * 1024);
    expect(file.readUInt32BE(16)).toBe(2 * chartWidth);
    expect(file.readUInt32BE(20)).toBeGreaterThan(2 * 60);
  });

  it('downloads the country chart as a standalone SVG with its bars, title, filters and source', async () => {
    const chartWidth = Number(await s.page.locator('svg[data-chart="country"]').getAttribute('width'));
    const bars = await s.page.locator('svg[data-chart="country"] rect').count();
    const { file, download } = await downloadVia(s.page, 'Download Speakers by country as SVG');
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const text = file.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    const svg = await inspectSvg(s.page, text);
    expect(svg.errors).toBe(0);
    expect(svg.rootName).toBe('svg');
    expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
    expect(svg.width).toBe(chartWidth);
    expect(svg.rects).toBe(bars);
    expect(svg.header[0]).toBe('title: Speakers by country');
    expect(svg.header.some((h) => h.startsWith('filters: '))).toBe(true);
    expect(svg.header.some((h) => h.startsWith('source: '))).toBe(true);
    // Inlined styles, not a stylesheet the file would not have.
    expect(text).not.toContain('<style');
    expect(text).not.toMatch(/<script/i);
  });

  it('puts the active filter into the exported header', async () => {
    const bar = s.page.locator('svg[data-chart="country"] [role="button"]').first();
    await bar.click();
    await expect.poll(() => s.page.getByTestId('chip').count()).toBeGreaterThan(0);
    const { file } = await downloadVia(s.page, 'Download Speakers by country as SVG');
    const svg = await inspectSvg(s.page, file.toString('utf8'));
    const filters = svg.header.filter((h) => h.startsWith('filters: ')).join(' ');
    expect(filters).not.toContain('No filters applied');
    await s.page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => s.page.getByTestId('chip').count()).toBe(0);
  });

  it('exports a filtered chart with no page internals, naming its source and filters, and "selection only" on request', async () => {
    const bars = s.page.locator('svg[data-chart="country"] [role="button"]');
    const all = await bars.count();
    const name = await bars.nth(1).getAttribute('aria-label');
    await bars.nth(1).click();
    await expect.poll(() => s.page.getByTestId('chip').count()).toBe(1);
    const { file } = await downloadVia(s.page, 'Download Speakers by country as SVG');
    const text = file.toString('utf8');
    for (const internal of [/ class=/, / aria-[a-z]+=/, / role=/, / tabindex=/, / data-[a-z-]+=/, /svelte-/]) expect(text).not.toMatch(internal);
    const svg = await inspectSvg(s.page, text);
    expect(svg.errors).toBe(0);
    // Its source (the corpus file) and filter (the country) are in the picture, and nothing is "stored".
    expect(svg.header.filter((h) => h.startsWith('source: ')).join(' ')).toMatch(/^source: Source: corpus\.jsonl \(\d+ articles?, \d+ events?/);
    expect(text).not.toMatch(/stored/);
    expect(svg.header.filter((h) => h.startsWith('filters: ')).join(' ')).toContain(name!.split(/ \(|:/)[0]!); // "Sweden (SE): 7 speakers" or "Unspecified: 8 speakers"
    // Per-bar tooltips ("United States: 9speakers") stay in the page; only the file's own title is left.
    expect(await s.page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelectorAll('svg > svg title').length, text)).toBe(0);
    expect(svg.rects).toBe(all * 2); // a hit area and a bar per row: the others faded, not dropped

    await s.page.getByRole('checkbox', { name: 'Export Speakers by country: selection only' }).check();
    const only = await inspectSvg(s.page, (await downloadVia(s.page, 'Download Speakers by country as SVG')).file.toString('utf8'));
    expect(only.rects).toBe(2);
    // the filter line may wrap: its lines read as one
    expect(only.header.filter((h) => h.startsWith('filters: ')).map((h) => h.slice('filters: '.length)).join(' ')).toContain('only the selection shown');
    // The page still shows every bar.
    expect(await bars.count()).toBe(all);
    const png = await downloadVia(s.page, 'Download Speakers by country as PNG');
    expect([...png.file.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    await s.page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => s.page.getByTestId('chip').count()).toBe(0);
    expect(await s.page.getByRole('checkbox', { name: 'Export Speakers by country: selection only' }).count()).toBe(0);
  });

  it('exports term charts with their unit and event titles whole', async () => {
    const terms = await s.page.locator('svg[data-chart="terms"]').evaluate((svg) => svg.closest('section')?.querySelector('h2')?.textContent?.trim() ?? '');
    const t = (await downloadVia(s.page, `Download ${terms} as SVG`)).file.toString('utf8');
    expect(t).toMatch(/Bar length = mentions of the term/);

    const events = (await downloadVia(s.page, 'Download Speakers by event as SVG')).file.toString('utf8');
    const titles = await s.page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, 'image/svg+xml');
      return Array.from(doc.querySelectorAll('svg > svg text'), (e) => Array.from(e.querySelectorAll('tspan'), (l) => l.textContent).join(' ')).filter(Boolean);
    }, events);
    const corpus = readBuiltCorpus();
    if (corpus.events.length <= 8) for (const e of corpus.events) expect(titles).toContain(e.title.replace(/\s+/g, ' ').trim());
    expect(events).not.toContain('…');
  });

  it('downloads the speakers table as CSV: a header and one row per filtered speaker', async () => {
    const all = await speakerCount(s.page);
    expect(all).toBeGreaterThan(0);
    await s.page.locator('svg[data-chart="country"] [role="button"]').first().click();
    await expect.poll(() => s.page.getByTestId('chip').count()).toBeGreaterThan(0);
    // below the fold the table catches up when idle or scrolled to: scroll to it, as a reader would
    await s.page.getByTestId('speakers-table').scrollIntoViewIfNeeded();
    await expect.poll(() => speakerCount(s.page)).toBeLessThan(all);
    const filtered = await speakerCount(s.page);
    expect(filtered).toBeGreaterThan(0);

    const { file, download } = await downloadVia(s.page, 'Download speakers as CSV');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = file.toString('utf8').replace(/^\uFEFF/, '');
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parseCsv(text);
    const [header, ...rows] = records;
    expect(header!.length).toBeGreaterThan(1);
    expect(header!.join(',').toLowerCase()).toContain('name');
    expect(rows).toHaveLength(filtered);
    for (const r of rows) expect(r).toHaveLength(header!.length);
    // Same order as the table: its first row is the file's first record.
    const firstName = (await s.page.getByTestId('speaker-row').first().locator('td').first().textContent())?.trim();
    expect(rows[0]![header!.findIndex((h) => /^name$/i.test(h))]).toBe(firstName);
    await s.page.getByRole('button', { name: 'Clear all filters' }).click();
  });

  it('draws the world map from lazily fetched geometry, selectable by keyboard', async () => {
    const map = s.page.locator('svg[data-chart="map"]');
    await map.locator('path.country').first().waitFor({ state: 'attached', timeout: 30_000 });
    // Geometry is its own request, not part of the scripts.
    expect(requested.some((p) => /\/assets\/countries-110m[^/]*\.json$/.test(p))).toBe(true);
    expect(await map.getAttribute('aria-label')).toMatch(/world map/);
    const countries = map.locator('path[role="button"]');
    expect(await countries.count()).toBeGreaterThan(0);
    const first = countries.first();
    // One Tab stop for the whole map; arrow keys move between countries.
    expect(await map.locator('path[role="button"][tabindex="0"]').count()).toBe(1);
    expect(await first.getAttribute('tabindex')).toBe('0');
    expect(await first.locator('title').textContent()).toMatch(/^.+: \d+ speakers?$/);
    await first.focus();
    if ((await countries.count()) > 1) {
      await s.page.keyboard.press('ArrowRight');
      const second = await countries.nth(1).getAttribute('data-country');
      expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-country'))).toBe(second);
      await s.page.keyboard.press('ArrowLeft');
    }
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-country'))).toBe(await first.getAttribute('data-country'));
    await s.page.keyboard.press('Enter');
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => s.page.getByTestId('chip').count()).toBeGreaterThan(0);
    await s.page.getByRole('button', { name: 'Clear all filters' }).click();
  });

  it('exports the world map as PNG and SVG', async () => {
    const name = await s.page.locator('svg[data-chart="map"]').evaluate((svg) => {
      const panel = svg.closest('section');
      return panel?.querySelector('h2')?.textContent?.trim() ?? '';
    });
    expect(name).not.toBe('');
    const png = await downloadVia(s.page, `Download ${name} as PNG`);
    expect([...png.file.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const mapWidth = Number(await s.page.locator('svg[data-chart="map"]').getAttribute('width'));
    expect(png.file.readUInt32BE(16)).toBe(2 * mapWidth);
    const svgFile = await downloadVia(s.page, `Download ${name} as SVG`);
    const svg = await inspectSvg(s.page, svgFile.file.toString('utf8'));
    expect(svg.errors).toBe(0);
    expect(svg.paths).toBeGreaterThan(150);
    for (const internal of [/ class=/, / aria-[a-z]+=/, / role=/, / tabindex=/, / data-[a-z-]+=/]) expect(svgFile.file.toString('utf8')).not.toMatch(internal);
    expect(svg.header.some((h) => h.startsWith('source: Source: corpus.jsonl'))).toBe(true);
  });

  it('reports a rendering failure next to the buttons (reached by keyboard) instead of failing silently', async () => {
    // Last on purpose: breaks PNG encoding for the rest of this page.
    await s.page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        callback(null);
      };
    });
    const button = s.page.getByRole('button', { name: 'Download Speakers by country as PNG', exact: true });
    await button.focus();
    await s.page.keyboard.press('Enter');
    const alert = s.page.getByRole('group', { name: 'Export Speakers by country' }).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Could not export Speakers by country as PNG');
  });

  it('logged no console errors', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('world map without its geometry', () => {
  const session = useSession();

  it('says the map could not be loaded, and the rest of the dashboard still works', async () => {
    const s = session();
    await s.page.route(/\/countries-110m[^/]*\.json$/, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await s.page.goto(s.url);
    const map = s.page.locator('svg[data-chart="map"]');
    await expect.poll(() => map.textContent(), { timeout: 30_000 }).toContain('Could not load the world map');
    expect(await map.getAttribute('aria-busy')).toBe('false');
    expect(await s.page.locator('svg[data-chart="country"] rect').count()).toBeGreaterThan(0);
    // The only console error is the browser's own report of the failed request.
    expect(s.consoleErrors.filter((e) => !/status of 503/.test(e))).toEqual([]);
  });
});
