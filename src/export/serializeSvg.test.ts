// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { measureSvg, measureSvgText, serializeSvg } from './serializeSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small bar chart in the page, styled partly by a style sheet as a Svelte chart would be. */
function mountChart(markup = ''): SVGSVGElement {
  document.head.innerHTML = '<style>.bar { fill: rgb(0, 114, 178); } .label { font-size: 13px; text-anchor: end; }</style>';
  document.body.innerHTML = `<svg width="400" height="200" class="chart" role="img" aria-label="Bars" data-chart="bars">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#000"/></linearGradient></defs>
    <g transform="translate(10,10)">
      <rect class="bar" x="0" y="0" width="120" height="20"><title>A: 3</title></rect>
      <rect class="bar" x="0" y="30" width="80" height="20"><title>B: 2</title></rect>
      <rect x="0" y="60" width="50" height="10" fill="url(#g)"/>
      <text class="label" x="100" y="15">A</text>
      <g style="display: none"><rect class="hidden" width="5" height="5"/></g>
    </g>${markup}
  </svg>`;
  return document.querySelector('svg')!;
}

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

/** The header or footer lines of one kind ("title", "filters", "source"), joined. */
const line = (doc: Document, kind: string) => Array.from(doc.querySelectorAll(`g#${kind} > text`), (t) => t.textContent).join(' ');

const opts = { title: 'Speakers by country', filters: 'Event: Summit 2024; Role: academic', source: 'Source: Podium corpus, 12 articles' };

describe('serializeSvg', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('writes well-formed XML with the SVG namespace declared once', () => {
    const text = serializeSvg(mountChart(), opts);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = parse(text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(SVG_NS);
    expect(text.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)?.length).toBeGreaterThanOrEqual(1);
    expect(text.slice(0, 200).match(/ xmlns=/g)).toHaveLength(1);
  });

  it('adds the title, filter and source lines as text, and as the file\'s title and description', () => {
    const doc = parse(serializeSvg(mountChart(), opts));
    expect(line(doc, 'title')).toBe('Speakers by country');
    expect(line(doc, 'filters')).toBe('Event: Summit 2024; Role: academic');
    expect(line(doc, 'source')).toBe('Source: Podium corpus, 12 articles');
    expect(doc.querySelector(':root > title')?.textContent).toBe('Speakers by country');
    expect(doc.querySelector(':root > desc')?.textContent).toBe('Event: Summit 2024; Role: academic. Source: Podium corpus, 12 articles');
  });

  it('says so when no filters are active', () => {
    const doc = parse(serializeSvg(mountChart(), { ...opts, filters: '  ' }));
    expect(line(doc, 'filters')).toBe('No filters applied');
  });

  it('keeps the original marks and drops their page tooltips', () => {
    const doc = parse(serializeSvg(mountChart(), opts));
    const chart = doc.querySelector('svg > svg')!;
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    expect(chart.querySelectorAll('title, desc')).toHaveLength(0);
    expect(chart.querySelector('text')?.textContent).toBe('A');
  });

  it('carries none of the page\'s machinery: no class, role, ARIA, tabindex or data attributes', () => {
    const svg = mountChart('<g class="bar svelte-1x2y3z" role="button" tabindex="-1" aria-pressed="true" aria-label="A: 4 speakers" data-key="A" data-testid="bar"><title>A: 4speakers</title><rect width="3" height="3"/></g>');
    svg.setAttribute('aria-describedby', 'keys');
    const text = serializeSvg(svg, opts);
    for (const internal of [/ class=/, / role=/, / tabindex=/, / aria-[a-z]+=/, / data-[a-z-]+=/, /4speakers/, /svelte-/]) expect(text).not.toMatch(internal);
    expect(parse(text).querySelectorAll('svg > svg rect')).toHaveLength(4);
  });

  it('drops what the page does not display', () => {
    const doc = parse(serializeSvg(mountChart(), opts));
    expect(doc.querySelector('.hidden')).toBeNull();
  });

  it('inlines style-sheet styles so the file looks the same outside the page', () => {
    const chart = parse(serializeSvg(mountChart(), opts)).querySelector('svg > svg')!;
    const bar = chart.querySelector('rect')!;
    expect(bar.getAttribute('style')).toMatch(/fill:\s*(rgb\(0, 114, 178\)|#0072b2)/);
    const label = chart.querySelector('text')!;
    expect(label.getAttribute('style')).toMatch(/text-anchor:\s*end/);
    expect(label.getAttribute('style')).toMatch(/font-size:\s*13px/);
  });

  it('keeps gradient references local to the file', () => {
    const text = serializeSvg(mountChart(), opts);
    expect(text).not.toMatch(/url\(["']?http/);
    expect(parse(text).querySelector('rect[fill="url(#g)"]')).not.toBeNull();
  });

  it('puts a white background behind everything and grows the height for header and footer', () => {
    const text = serializeSvg(mountChart(), opts);
    const root = parse(text).documentElement;
    expect(root.firstElementChild?.tagName).toBe('title');
    expect(root.firstElementChild?.nextElementSibling?.tagName).toBe('desc');
    const background = root.querySelector(':scope > rect')!;
    expect(background.getAttribute('fill')).toBe('#ffffff');
    expect(background.getAttribute('width')).toBe('100%');
    const { width, height } = measureSvgText(text);
    expect(width).toBe(400);
    expect(height).toBeGreaterThan(200 + 40);
    expect(root.getAttribute('viewBox')).toBe(`0 0 400 ${height}`);
    const chart = root.querySelector(':scope > svg')!;
    expect(Number(chart.getAttribute('y'))).toBeGreaterThan(30);
    expect(Number(chart.getAttribute('y')) + 200).toBeLessThan(height);
    expect(chart.getAttribute('viewBox')).toBe('0 0 400 200');
  });

  it('keeps a chart viewBox that differs from its size', () => {
    const svg = mountChart();
    svg.setAttribute('viewBox', '0 0 800 400');
    const chart = parse(serializeSvg(svg, opts)).querySelector('svg > svg')!;
    expect(chart.getAttribute('viewBox')).toBe('0 0 800 400');
    expect(chart.getAttribute('width')).toBe('400');
  });

  it('writes data as text, never as markup', () => {
    const evil = '<script>alert(1)</script> & "quotes" <b>';
    const text = serializeSvg(mountChart(), { title: evil, filters: evil, source: evil });
    const doc = parse(text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(line(doc, 'title')).toContain('<script>');
  });

  it('wraps a long filter description onto more lines instead of running off the edge', () => {
    const filters = Array.from({ length: 30 }, (_, i) => `Country ${i}`).join(', ');
    const lines = parse(serializeSvg(mountChart(), { ...opts, filters })).querySelectorAll('g#filters > text');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
  });

  it('leaves out framework comments and keyboard stops, which mean nothing in a file', () => {
    const text = serializeSvg(mountChart('<!----><g tabindex="0" role="button"><rect width="3" height="3"/></g>'), opts);
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('tabindex');
  });

  it('leaves out what the chart marked data-export-skip', () => {
    const svg = mountChart('<desc id="keys" data-export-skip="">Press keys</desc><path data-export-skip="" class="ring" d="M0 0"/>');
    svg.setAttribute('aria-describedby', 'keys');
    const doc = parse(serializeSvg(svg, opts));
    expect(doc.querySelector('svg > svg desc')).toBeNull();
    expect(doc.querySelector('[aria-describedby]')).toBeNull();
    expect(doc.querySelectorAll('svg > svg path')).toHaveLength(0);
  });

  it('does not change the chart in the page', () => {
    const svg = mountChart();
    const before = svg.outerHTML;
    serializeSvg(svg, opts);
    expect(svg.outerHTML).toBe(before);
  });
});

describe('measureSvg', () => {
  it.each([
    ['width/height attributes', { width: '300', height: '150' }, { width: 300, height: 150, viewBox: '0 0 300 150' }],
    ['a viewBox only', { viewBox: '0 0 640 320' }, { width: 640, height: 320, viewBox: '0 0 640 320' }],
    ['percent width falls back to the viewBox', { width: '100%', viewBox: '0 0 500 250' }, { width: 500, height: 250, viewBox: '0 0 500 250' }],
  ])('%s', (_, attrs, expected) => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, v);
    expect(measureSvg(svg)).toEqual(expected);
  });
});
