import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'svg',
  'iframe',
  'button',
  'select',
  'template',
  'menu',
]);
/** Class, id or role of page furniture around an article. */
const FURNITURE =
  /(?:^|[\s_-])(?:sidebar|widget|related|comments?|share|sharing|social|menu|navigation|navbar|breadcrumbs?|cookie|advert|ads?|promo|newsletter|subscribe|footer|header|banner|complementary)(?:$|[\s_-])/i;

/** Elements that end a line of text. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'blockquote',
  'figcaption',
  'figure',
  'pre',
  'hr',
  'table',
  'dd',
  'dt',
  'main',
]);

/**
 * A saved web page -> its article text, one block per paragraph. Prefers the
 * <article> (or <main>) element when the page has one; drops navigation,
 * scripts and styles.
 */
/** Page metadata naming the publication day (Open Graph, schema.org, Dublin Core and common CMS tags). */
const PUBLISHED_META = new Set([
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
]);
/** The day a date-time value names as written ("2026-02-27T23:30:00-05:00" is the 27th where it was published). */
const dayOf = (v: string | undefined) => /^\s*(\d{4}-\d{2}-\d{2})/.exec(v ?? '')?.[1] ?? null;

/** What a saved page says of itself beside its text. */
export interface PageMeta {
  published: string | null;
  url: string | null;
  outlet: string | null;
}

export function htmlToText(html: string): { text: string; title: string | null } & PageMeta {
  const all: string[] = [];
  const article: string[] = [];
  let skipDepth = 0;
  let quoteDepth = 0;
  const stack: boolean[] = [];
  let articleDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  const meta: PageMeta = { published: null, url: null, outlet: null };
  let firstTime: string | null = null;
  let inJsonLd = false;
  let jsonLd = '';
  const push = (s: string) => {
    all.push(s);
    if (articleDepth > 0) article.push(s);
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // page furniture by tag, or by class/id ("sidebar", "related-posts", "comments")
        // (inside a quotation its footer says whose words they are: "<footer>— Ana Lo, president of …</footer>")
        if (name === 'blockquote') quoteDepth++;
        const skip =
          quoteDepth > 0
            ? SKIP.has(name) && name !== 'footer'
            : SKIP.has(name) || FURNITURE.test(`${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role ?? ''}`);
        stack.push(skip);
        if (skip) skipDepth++;
        if (name === 'article' || name === 'main') articleDepth++;
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          if (PUBLISHED_META.has(key)) meta.published ??= dayOf(attribs.content);
          else if (key === 'og:url') meta.url ??= attribs.content?.trim() || null;
          else if (key === 'og:site_name') meta.outlet ??= attribs.content?.trim() || null;
        }
        if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '')) meta.url ??= attribs.href?.trim() || null;
        if (name === 'time') firstTime ??= dayOf(attribs.datetime);
        if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) inJsonLd = true;
        if (name === 'h1') inH1 = true;
        if (BLOCK.has(name)) push('\n\n');
      },
      ontext(data) {
        if (inJsonLd) jsonLd += data;
        if (inTitle) title += data;
        // the headline, even inside a page <header>
        if (inH1) h1 += data;
        // the <title> is the site's, not the article's text
        if (skipDepth > 0 || inTitle) return;
        push(data.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (stack.pop()) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth - 1);
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (name === 'script') inJsonLd = false;
        if (BLOCK.has(name)) push('\n\n');
        if (name === 'article' || name === 'main') articleDepth = Math.max(0, articleDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const pick = article.join('').trim().length > 200 ? article : all;
  const text = pick
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const t = (h1 || title).replace(/\s+/g, ' ').trim();
  // schema.org's JSON-LD, then the first <time datetime> (the byline's, on most pages)
  meta.published ??= dayOf(/"datePublished"\s*:\s*"([^"]+)"/.exec(jsonLd)?.[1]) ?? firstTime;
  return { text, title: t || null, ...meta };
}
