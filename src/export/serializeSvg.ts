import { wrapLines } from './wrapLines';

/** The text a standalone chart file carries around the chart itself. */
export interface SvgExportText {
  /** Header line, e.g. "Speakers by country". */
  title: string;
  /** Second header line describing the active filters; "" prints "No filters applied". */
  filters: string;
  /** Footer line naming the data source. */
  source: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Inherited properties: a child only needs its own value when it differs from its parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
/** Not inherited, so written whenever they differ from the initial value. */
const OWN: Readonly<Record<string, string>> = { opacity: '1', 'stop-color': 'rgb(0, 0, 0)', 'stop-opacity': '1' };

const PAD = 12;
const TITLE_SIZE = 16;
const FILTER_SIZE = 12;
const SOURCE_SIZE = 11;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Chromium reports `fill="url(#g)"` as `url("#g")` and some engines resolve it against
 * the page address; in a standalone file only the fragment is meaningful.
 */
function localUrl(value: string): string {
  return value.replace(/url\((['"]?)[^#)'"]*(#[^)'"]+)\1\)/g, 'url($2)');
}

/** Copies what the page's style sheets decided onto the clone, so the file looks the same. */
function inlineStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | undefined): void {
  const view = source.ownerDocument.defaultView;
  if (!view) return;
  const computed = view.getComputedStyle(source);
  if (computed.display === 'none') {
    clone.remove();
    return;
  }
  const declarations: string[] = [];
  for (const prop of INHERITED) {
    const value = computed.getPropertyValue(prop);
    if (!value) continue;
    // An attribute on the clone would win over inheritance, so keep the computed value then.
    if (parent && parent.getPropertyValue(prop) === value && !clone.hasAttribute(prop)) continue;
    declarations.push(`${prop}:${localUrl(value)}`);
  }
  for (const [prop, initial] of Object.entries(OWN)) {
    const value = computed.getPropertyValue(prop);
    if (value && (value !== initial || clone.hasAttribute(prop))) declarations.push(`${prop}:${localUrl(value)}`);
  }
  if (declarations.length > 0) {
    const own = clone.getAttribute('style');
    clone.setAttribute('style', (own ? own.replace(/;?\s*$/, ';') : '') + declarations.join(';'));
  }
  const sourceChildren = source.children;
  const cloneChildren = Array.from(clone.children);
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const c = cloneChildren[i];
    if (s && c && s.tagName !== 'title' && s.tagName !== 'desc') inlineStyles(s, c, computed);
  }
}

/** Attributes that belong to the page, not the picture: styling hooks, ARIA, keyboard stops, test and app data. */
const PAGE_ONLY = /^(class|role|tabindex|aria-.*|data-.*|on.*)$/i;

/**
 * A file is not a page: drop framework comment anchors, whatever the chart marked
 * `data-export-skip` (focus rings, keyboard help), tooltips and descriptions written for
 * the page ("United States: 9 speakers" per bar), and every page-only attribute. The
 * styles those attributes selected are already inlined.
 */
function stripInteractivity(root: Element): void {
  for (const el of root.querySelectorAll('[data-export-skip], title, desc')) el.remove();
  const doc = root.ownerDocument;
  const comments = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const c of found) c.parentNode?.removeChild(c);
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of el.getAttributeNames()) if (PAGE_ONLY.test(name)) el.removeAttribute(name);
  }
}

/** The chart's drawing size in user units: its width/height attributes, then layout, then viewBox. */
export function measureSvg(svg: SVGSVGElement): { width: number; height: number; viewBox: string } {
  const box = svg.getAttribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const rect = svg.getBoundingClientRect();
  const pick = (attr: string, laidOut: number, fromBox: number | undefined) => {
    const n = Number.parseFloat(svg.getAttribute(attr) ?? '');
    if (Number.isFinite(n) && n > 0 && !/%/.test(svg.getAttribute(attr) ?? '')) return n;
    if (laidOut > 0) return laidOut;
    return fromBox && fromBox > 0 ? fromBox : 300;
  };
  const width = pick('width', rect.width, box?.[2]);
  const height = pick('height', rect.height, box?.[3]);
  const viewBox = box && box.length === 4 && box.every(Number.isFinite) ? box.join(' ') : `0 0 ${width} ${height}`;
  return { width, height, viewBox };
}

/** Width and height of a serialized SVG's root (what `serializeSvg` wrote). */
export function measureSvgText(svgText: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const width = Number.parseFloat(root.getAttribute('width') ?? '');
  const height = Number.parseFloat(root.getAttribute('height') ?? '');
  if (!(width > 0 && height > 0)) throw new Error('The exported SVG has no size');
  return { width, height };
}

function makeGroup(doc: Document, id: string): SVGGElement {
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('id', id);
  return g;
}

function makeText(doc: Document, text: string, y: number, size: number, attrs: Record<string, string>): SVGTextElement {
  const el = doc.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(PAD));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(size));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = text;
  return el;
}

/**
 * A standalone SVG file of a chart: the chart cloned with its computed styles inlined,
 * on white, under a header (title, active filters) and above a footer (source), which
 * the root's <title> and <desc> repeat for readers of the file. No class, ARIA, tabindex
 * or data attributes and no per-mark tooltips: nothing of the page's machinery. All
 * added text goes in through textContent, so data can never become markup.
 */
export function serializeSvg(svg: SVGSVGElement, opts: SvgExportText): string {
  const doc = svg.ownerDocument;
  const { width, height, viewBox } = measureSvg(svg);

  const titleLines = wrapLines(opts.title, Math.floor((width - 2 * PAD) / (TITLE_SIZE * 0.6)), 2);
  const filterLines = wrapLines(opts.filters.trim() || 'No filters applied', Math.floor((width - 2 * PAD) / (FILTER_SIZE * 0.55)), 3);
  const sourceLines = wrapLines(opts.source, Math.floor((width - 2 * PAD) / (SOURCE_SIZE * 0.55)), 2);
  const headerHeight = PAD + titleLines.length * TITLE_SIZE * 1.25 + filterLines.length * FILTER_SIZE * 1.3 + PAD;
  const footerHeight = PAD / 2 + sourceLines.length * SOURCE_SIZE * 1.3 + PAD / 2;
  const total = Math.ceil(headerHeight + height + footerHeight);

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', FONT);

  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = opts.title;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.textContent = `${opts.filters.trim() || 'No filters applied'}. ${opts.source}`;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(title, desc, background);

  let y = PAD;
  const titleGroup = makeGroup(doc, 'title');
  for (const line of titleLines) {
    y += TITLE_SIZE;
    titleGroup.append(makeText(doc, line, y, TITLE_SIZE, { 'font-weight': '700', fill: '#111111' }));
    y += TITLE_SIZE * 0.25;
  }
  const filterGroup = makeGroup(doc, 'filters');
  for (const line of filterLines) {
    y += FILTER_SIZE * 1.3;
    filterGroup.append(makeText(doc, line, y, FILTER_SIZE, { fill: '#444444' }));
  }
  root.append(titleGroup, filterGroup);

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart, undefined);
  stripInteractivity(chart);
  // Layout-only styling (width: 100%, margins) would fight the fixed size below.
  for (const prop of ['width', 'height', 'max-width', 'margin', 'display']) chart.style?.removeProperty(prop);
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(headerHeight));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(height));
  chart.setAttribute('viewBox', viewBox);
  root.append(chart);

  y = headerHeight + height + PAD / 2;
  const sourceGroup = makeGroup(doc, 'source');
  for (const line of sourceLines) {
    y += SOURCE_SIZE * 1.3;
    sourceGroup.append(makeText(doc, line, y, SOURCE_SIZE, { fill: '#555555' }));
  }
  root.append(sourceGroup);

  const xml = new XMLSerializer().serializeToString(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
