import type { FrontMatter, Line } from './types';
import type { Segmented } from './02-segment';

/** "728 x 90": an ad-banner size, not a headline. */
const AD_SIZE = /^\d{2,4}\s*[x×]\s*\d{2,4}$/i;
const DATE_ONLY =
  /^(?:\w+,?\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?,?\s+\d{4}$/;
/** Opening phrases that are not yet the clause: "On the cusp of …, the council held …". */
const INTRO =
  /^(?:on|in|at|after|as|when|while|during|following|despite|amid|ahead|before|since|with|marking|to|for|from|under|over|following)\b/i;
/** "By Staff Writer", "By Ana Lo and Tom Fox": who wrote it, not what it is about. */
const BYLINE = /^by\s+\p{Lu}/iu;
/** Menu labels ("Home", "World News") are short; a two-word first line with a lower-case word is a headline ("Strike ends"). */
const tooShort = (l: Line, i: number) => l.words < 2 || (l.words === 2 && !(i === 0 && /\s\p{Ll}/u.test(l.text)));
const HEAD_LINES = 8;
const MAX_TITLE_WORDS = 25;

/**
 * 03: the headline. Front matter wins; else the first heading-like line near
 * the top, skipping ad sizes, breadcrumbs ("Home News … <headline>") and a
 * generic line that a later line repeats in longer form; else the opening
 * clause of the first sentence.
 */
export function inferTitle(lines: Line[], meta: FrontMatter): string {
  if (meta.title) return meta.title;
  const top: Line[] = [];
  for (const l of lines.slice(0, HEAD_LINES)) {
    if (l.words > MAX_TITLE_WORDS) break;
    top.push(l);
  }
  for (let i = 0; i < top.length; i++) {
    const t = top[i]!.text;
    if (AD_SIZE.test(t) || DATE_ONLY.test(t) || /^[“"]/.test(t) || BYLINE.test(t) || tooShort(top[i]!, i)) continue;
    const later = top.slice(i + 1, i + 4).map((l) => l.text);
    // breadcrumb: a later line is this one's tail
    if (later.some((o) => o.length < t.length && t.endsWith(o))) continue;
    // generic: a later line says the same at more length
    if (later.some((o) => o.length > t.length && o.includes(t))) continue;
    return t;
  }
  return openingClause(lines[0]?.text ?? '');
}

/** The first sentence up to its first comma, or its second when it opens with an introductory phrase. */
export function openingClause(text: string): string {
  const sentence = (text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text).replace(/[.!?]$/, '');
  const parts = sentence.split(/,\s+/);
  let out = parts[0] ?? '';
  if (INTRO.test(out) && parts.length > 1) out = `${out}, ${parts[1]}`;
  return out.trim();
}

export interface Titled extends Segmented {
  title: string;
}

/** Stage 03: the document's title (front matter, else its first lines). */
export function findTitle(s: Segmented): Titled {
  return { ...s, title: inferTitle(s.lines, s.doc.meta) };
}
