import { isWordChar } from './quoteHasTerm';

export interface KwicLine {
  readonly before: string;
  readonly match: string;
  readonly after: string;
  /** Offset of the match in the source text. */
  readonly start: number;
}

/**
 * Every whole-word, case-insensitive occurrence of `term` in `text`, with up to
 * `width` characters either side cut at a word boundary and whitespace folded.
 * A phrase matches across any run of whitespace ("resistance\nunits").
 */
export function keywordInContext(text: string, term: string, width = 60, max = 50): KwicLine[] {
  const words = term.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (!words.length) return [];
  const re = new RegExp(words.join('\\s+'), 'giu');
  const lines: KwicLine[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordChar(text[start - 1] ?? '') || isWordChar(text[end] ?? '')) continue;
    lines.push({
      before: fold(trimStartToWord(text.slice(Math.max(0, start - width), start), start - width > 0)),
      match: fold(m[0]),
      after: fold(trimEndToWord(text.slice(end, end + width), end + width < text.length)),
      start,
    });
    if (lines.length >= max) break;
  }
  return lines;
}

const fold = (s: string) => s.replace(/\s+/g, ' ');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function trimStartToWord(s: string, cut: boolean): string {
  if (!cut) return s;
  const sp = s.search(/\s/);
  return '…' + (sp >= 0 ? s.slice(sp + 1) : s);
}

function trimEndToWord(s: string, cut: boolean): string {
  if (!cut) return s;
  const sp = s.search(/\s\S*$/);
  return (sp > 0 ? s.slice(0, sp) : s) + '…';
}
