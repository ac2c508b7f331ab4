import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { decodeText, MAX_BYTES, markdownToText, readDocument, splitFrontMatter } from './01-read';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readDocument rejects what is not a usable article', () => {
  it.each([
    ['empty file', new Uint8Array(0), 'empty file'],
    ['only whitespace', enc(' \n\n \t'), 'empty file (no text)'],
    ['NUL bytes', Uint8Array.from([72, 105, 0, 1, 2, 3]), 'binary file (NUL or control bytes)'],
    [
      'control bytes',
      Uint8Array.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 2 : 65))),
      'binary file (NUL or control bytes)',
    ],
    [
      'a PNG image',
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xe9, 0xff,
      ]),
      'binary file (NUL or control bytes)',
    ],
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

  it('puts a picture caption glued to the line before it on its own line', () => {
    const r = readDocument({ file: 'a.txt', bytes: enc('Title\n\nMara OstbyPhoto: Mara Ostby at the rally.\n') }, 'a');
    expect(r.ok && r.doc.text).toBe('Title\n\nMara Ostby\nPhoto: Mara Ostby at the rally.\n');
  });

  it('takes front matter as metadata and leaves it out of the text', () => {
    const r = readDocument(
      {
        file: 'a.md',
        bytes: enc('---\ntitle: "Given title"\nevent: Summit 2021\nignored: x\n---\n# Heading\nBody **bold**.'),
      },
      'a',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.meta).toEqual({ title: 'Given title', event: 'Summit 2021' });
    expect(r.doc.text).toBe('Heading\nBody bold.');
  });

  it('leaves out page furniture marked by class or id', () => {
    const html = `<html><body><div class="entry-content"><p>The summit opened in Oslo with speeches by many delegates from many countries, who spoke at length.</p></div>
      <div class="sidebar widget"><p>Jane Doe: Read our latest coverage of the summit here</p></div><div id="comments"><p>Great article!</p></div></body></html>`;
    const r = readDocument({ file: 'p.html', bytes: enc(html) }, 'p');
    expect(r.ok && r.doc.text).toBe(
      'The summit opened in Oslo with speeches by many delegates from many countries, who spoke at length.',
    );
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

describe('readDocument reads what a saved page says of itself', () => {
  const body =
    '<article><h1>Port strike</h1><p>Dock workers walked out on Monday, the union said, in a dispute over night shifts at the port.</p></article>';
  const page = (head: string, inBody = '') =>
    readDocument({ file: 'p.html', bytes: enc(`<html><head>${head}</head><body>${inBody}${body}</body></html>`) }, 'p');
  it.each<[string, string, string, Record<string, string>]>([
    [
      'Open Graph: the publication day as written, the canonical address and the outlet',
      '<meta property="article:published_time" content="2026-02-27T23:30:00-05:00"><meta property="og:url" content="https://example.org/a"><meta property="og:site_name" content="Harbour Ledger">',
      '',
      { published: '2026-02-27', url: 'https://example.org/a', outlet: 'Harbour Ledger' },
    ],
    [
      "schema.org's JSON-LD, and a canonical link",
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-03T08:00:00Z"}</script><link rel="canonical" href="https://example.org/b">',
      '',
      { published: '2025-11-03', url: 'https://example.org/b' },
    ],
    [
      "the first <time datetime>, the byline's",
      '',
      '<p>By A. Writer <time datetime="2024-06-01">June 1</time></p>',
      { published: '2024-06-01' },
    ],
  ])('%s', (_, head, inBody, expected) => {
    const r = page(head, inBody);
    expect(r.ok && r.doc.meta).toEqual({ title: 'Port strike', ...expected });
  });
  it('front matter wins over the page', () => {
    const html =
      '---\npublished: 2020-01-02\n---\n<html><head><meta property="article:published_time" content="2026-02-27"></head><body>' +
      body +
      '</body></html>';
    const r = readDocument({ file: 'p.html', bytes: enc(html) }, 'p');
    expect(r.ok && r.doc.meta.published).toBe('2020-01-02');
  });
});

describe('readDocument decodes an article not in UTF-8, with a warning', () => {
  const article =
    'Summit in Genève\n\nThe président of the café association, Zoë Müller, opened the conférence.\n\n“We must act now,” Müller said – and the delegates agreed.\n';
  // bytes written out: 0xE9 is é in Latin-1 and windows-1252; 0x93/0x94 are “ ”, 0x96 is –
  const cafe = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]);
  it.each([
    [
      'a short Latin-1 line chardet cannot place',
      'a.txt',
      cafe,
      'Café ok',
      /^not valid UTF-8: decoded as windows-1252 \(a guess/,
    ],
    [
      'a windows-1252 article, curly quotes included',
      'w.txt',
      iconv.encode(article, 'windows-1252'),
      article,
      /^not valid UTF-8: decoded as windows-1252 \(detected windows-1252, \d+%\)$/,
    ],
    [
      'an ISO-8859-1 article',
      'l.md',
      iconv.encode(article.replace(/[“”–]/g, '"'), 'latin1'),
      article.replace(/[“”–]/g, '"'),
      /^not valid UTF-8: decoded as windows-1252 \(detected ISO-8859-1, \d+%\)$/,
    ],
  ])('%s', (_name, file, bytes, text, message) => {
    const seen: unknown[] = [];
    const r = readDocument({ file, bytes }, 'a', (w) => seen.push(w));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.text).toBe(text);
    expect(r.warnings).toEqual([{ file, message: expect.stringMatching(message) }]);
    expect(seen).toEqual(r.warnings);
  });

  it('says nothing about UTF-8', () => {
    const seen: unknown[] = [];
    const r = readDocument({ file: 'u.txt', bytes: enc('Café ok') }, 'u', (w) => seen.push(w));
    expect(r.ok && r.warnings).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('prints the warning, naming the file, when no one collects it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      readDocument({ file: 'a.txt', bytes: cafe }, 'a');
      expect(warn.mock.calls).toEqual([
        [expect.stringMatching(/^warning a\.txt: not valid UTF-8: decoded as windows-1252/)],
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it.each([
    ['UTF-8', enc('Zoë'), 'Zoë', 'UTF-8'],
    [
      'Shift_JIS, as chardet finds it',
      iconv.encode('東京で会議が開かれた。首相は「今すぐ行動しなければならない」と述べた。', 'shift_jis'),
      '東京で会議が開かれた。首相は「今すぐ行動しなければならない」と述べた。',
      'Shift_JIS',
    ],
  ])('decodeText: %s', (_name, bytes, text, encoding) => expect(decodeText(bytes)).toMatchObject({ text, encoding }));
});

describe('splitFrontMatter', () => {
  it.each([
    ['no block', 'Hello', {}],
    ['unclosed block', '---\ntitle: x\nHello', {}],
    [
      'quoted values',
      "---\nurl: 'https://x.org/a'\noutlet: Daily\n---\nHi",
      { url: 'https://x.org/a', outlet: 'Daily' },
    ],
    ['a written-out date is read as its day', '---\npublished: March 14, 2025\n---\nHi', { published: '2025-03-14' }],
    ['no whole date, no date', '---\ntitle: T\npublished: spring\n---\nHi', { title: 'T' }],
    [
      'a plain header of known keys, ended by a blank line',
      'Headline: Dock strike ends\nDate: 14 March 2025\nSource: Harbour Gazette\nAuthor: Staff\n\nTom Fox said so.',
      { title: 'Dock strike ends', published: '2025-03-14', outlet: 'Harbour Gazette' },
    ],
    [
      'a first line of the article is no header',
      'Note: the talks resumed.\nDate: 14 March 2025\n\nTom Fox said so.',
      {},
    ],
    ['a header naming neither title nor date is none', 'Author: Staff\n\nTom Fox said so.', {}],
  ])('%s', (_n, text, meta) => expect(splitFrontMatter(text).meta).toEqual(meta));

  it('leaves the plain header out of the text', () => {
    expect(splitFrontMatter('Title: Strike ends\nPublished: 2025-03-14\n\nTom Fox said so.\n').body).toBe(
      'Tom Fox said so.\n',
    );
  });
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
