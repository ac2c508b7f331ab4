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
export function htmlToText(html: string): { text: string; title: string | null } {
  const all: string[] = [];
  const article: string[] = [];
  let skipDepth = 0;
  const stack: boolean[] = [];
  let articleDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  const push = (s: string) => {
    all.push(s);
    if (articleDepth > 0) article.push(s);
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // page furniture by tag, or by class/id ("sidebar", "related-posts", "comments")
        const skip =
          SKIP.has(name) || FURNITURE.test(`${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role ?? ''}`);
        stack.push(skip);
        if (skip) skipDepth++;
        if (name === 'article' || name === 'main') articleDepth++;
        if (name === 'title') inTitle = true;
        if (name === 'h1') inH1 = true;
        if (BLOCK.has(name)) push('\n\n');
      },
      ontext(data) {
        if (inTitle) title += data;
        // the headline, even inside a page <header>
        if (inH1) h1 += data;
        // the <title> is the site's, not the article's text
        if (skipDepth > 0 || inTitle) return;
        push(data.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (stack.pop()) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
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
  return { text, title: t || null };
}
