import { describe, expect, it } from 'vitest';
import { MAX_BYTES, markdownToText, readDocument, splitFrontMatter } from './01-read';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readDocument rejects what is not a usable article', () => {
  it.each([
    ['empty file', new Uint8Array(0), 'empty file'],
    ['only whitespace', enc(' \n\n \t'), 'empty file (no text)'],
    ['NUL bytes', Uint8Array.from([72, 105, 0, 1, 2, 3]), 'binary file (NUL or control bytes)'],
    ['control bytes', Uint8Array.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 2 : 65))), 'binary file (NUL or control bytes)'],
    ['Latin-1, not UTF-8', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'not valid UTF-8'],
  ])('%s', (_name, bytes, reason) => {
    const r = readDocument({ file: 'a.txt', bytes }, 'a');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejected).toEqual({ file: 'a.txt', reason });
  });

  it('refuses files over 20 MB without decoding them', () => {
    const r = readDocument({ file: 'big.txt', bytes: new Uint8Array(MAX_BYTES + 1) }, 'big');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejected.reason).toMatch(/too large/);
  });
});

describe('readDocument accepts text, Markdown and HTML', () => {
  it('normalises line ends and the BOM, and hashes the bytes', () => {
    const r = readDocument({ file: 'a.txt', bytes: enc('\uFEFFTitle\r\nBody\r\n') }, 'a');
    expect(r.ok && r.doc.text).toBe('Title\nBody\n');
    expect(r.ok && r.doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes front matter as metadata and leaves it out of the text', () => {
    const r = readDocument({ file: 'a.md', bytes: enc('---\ntitle: "Given title"\nevent: Summit 2021\nignored: x\n---\n# Heading\nBody **bold**.') }, 'a');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.meta).toEqual({ title: 'Given title', event: 'Summit 2021' });
    expect(r.doc.text).toBe('Heading\nBody bold.');
  });

  it('leaves out page furniture marked by class or id', () => {
    const html = `<html><body><div class="entry-content"><p>The summit opened in Oslo with speeches by many delegates from many countries, who spoke at length.</p></div>
      <div class="sidebar widget"><p>Jane Doe: Read our latest coverage of the summit here</p></div><div id="comments"><p>Great article!</p></div></body></html>`;
    const r = readDocument({ file: 'p.html', bytes: enc(html) }, 'p');
    expect(r.ok && r.doc.text).toBe('The summit opened in Oslo with speeches by many delegates from many countries, who spoke at length.');
  });

  it('reads the article of a saved web page, without navigation, scripts and styles', () => {
    const html = `<!doctype html><html><head><title>Site | Story</title><style>p{color:red}</style><script>var x = "“quoted”";</script></head>
      <body><nav><a href="/">Home</a> News</nav><article><h1>Summit ends</h1><p>First &amp; second paragraph, long enough to be the article text of this page for sure.</p>
      <p>“We stand together,” Jane Doe said.</p></article><footer>© 2020</footer></body></html>`;
    const r = readDocument({ file: 'a.html', bytes: enc(html) }, 'a');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.text).toContain('First & second paragraph');
    expect(r.doc.text).toContain('“We stand together,” Jane Doe said.');
    expect(r.doc.text).not.toMatch(/Home|color|var x|©/);
    expect(r.doc.meta.title).toBe('Summit ends');
  });
});

describe('splitFrontMatter', () => {
  it.each([
    ['no block', 'Hello', {}],
    ['unclosed block', '---\ntitle: x\nHello', {}],
    ['quoted values', "---\nurl: 'https://x.org/a'\noutlet: Daily\n---\nHi", { url: 'https://x.org/a', outlet: 'Daily' }],
  ])('%s', (_n, text, meta) => expect(splitFrontMatter(text).meta).toEqual(meta));
});

describe('markdownToText', () => {
  it.each([
    ['## Heading', 'Heading'],
    ['> quoted line', 'quoted line'],
    ['a [link](http://x) here', 'a link here'],
    ['![img](x.png)caption', 'caption'],
    ['**bold** and _it_', 'bold and it'],
  ])('%s', (md, text) => expect(markdownToText(md)).toBe(text));
});
