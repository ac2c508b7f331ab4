// stopword ships without type declarations; its English list is a plain string array.
// @ts-ignore
import { eng } from 'stopword';

/**
 * Tokenizer shared by the pipeline (term counts) and the browser (keyword in
 * context). Pure: no Node or DOM APIs.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set((eng as string[]).map((w) => w.toLowerCase()));

export interface Token {
  /** Lower-cased, curly apostrophes folded to "'". */
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words of `text` with their offsets; lower-cased. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ term: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A token worth counting: not a stop word, not a lone letter, not a bare number. */
export function isContentTerm(term: string): boolean {
  if (term.length < 2 || STOP_WORDS.has(term)) return false;
  if (term.endsWith("'s") && STOP_WORDS.has(term.slice(0, -2))) return false;
  return !/^\d+$/.test(term) || term.length === 4; // keep years ("2019"), drop counts
}

/** Possessive "'s" is dropped so "regime's" counts as "regime". */
const stem = (term: string) => (term.endsWith("'s") ? term.slice(0, -2) : term);

/** Content terms in order, each with whether it directly follows the previous one (no stop word or punctuation between). */
export function contentTokens(text: string): { term: string; start: number; end: number; joined: boolean }[] {
  const out: { term: string; start: number; end: number; joined: boolean }[] = [];
  let prevEnd = -1;
  let prevWasContent = false;
  for (const t of tokenize(text)) {
    const content = isContentTerm(t.term);
    if (content) {
      const gap = prevEnd < 0 ? '' : text.slice(prevEnd, t.start);
      const joined = prevWasContent && /^[ \t-]+$/.test(gap);
      out.push({ term: stem(t.term), start: t.start, end: t.end, joined });
    }
    prevWasContent = content;
    prevEnd = t.end;
  }
  return out;
}

/** Two-word phrases ("resistance units") made of adjacent content terms. */
export function bigrams(text: string): string[] {
  const toks = contentTokens(text);
  const out: string[] = [];
  for (let i = 1; i < toks.length; i++) if (toks[i]!.joined) out.push(`${toks[i - 1]!.term} ${toks[i]!.term}`);
  return out;
}

/** Bigrams that occur at least `minCount` times in `text`: the phrases worth counting. */
export function frequentBigrams(text: string, minCount = 2): Set<string> {
  const counts = new Map<string, number>();
  for (const b of bigrams(text)) counts.set(b, (counts.get(b) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= minCount).map(([b]) => b));
}

/**
 * Term counts of `text`: content words plus the two-word phrases in `phrases`
 * (default: the ones frequent in `text` itself). Sorted by count, then term.
 */
export function countTerms(text: string, phrases?: ReadonlySet<string>): [string, number][] {
  const counts = new Map<string, number>();
  const toks = contentTokens(text);
  const keep = phrases ?? frequentBigrams(text);
  toks.forEach((t, i) => {
    counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
    if (i > 0 && t.joined) {
      const b = `${toks[i - 1]!.term} ${t.term}`;
      if (keep.has(b)) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  });
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export interface KwicHit {
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

/** Keyword in context: every occurrence of `term` (one word or a two-word phrase) with `width` characters either side. */
export function keywordInContext(text: string, term: string, width = 40): KwicHit[] {
  const wanted = term.toLowerCase().split(/\s+/).filter(Boolean);
  if (wanted.length === 0) return [];
  const toks = contentTokens(text);
  const hits: KwicHit[] = [];
  for (let i = 0; i + wanted.length <= toks.length; i++) {
    let ok = toks[i]!.term === wanted[0];
    for (let j = 1; ok && j < wanted.length; j++) ok = toks[i + j]!.term === wanted[j] && toks[i + j]!.joined;
    if (!ok) continue;
    const start = toks[i]!.start;
    const end = toks[i + wanted.length - 1]!.end;
    hits.push({
      start,
      end,
      left: text.slice(Math.max(0, start - width), start),
      match: text.slice(start, end),
      right: text.slice(end, end + width),
    });
  }
  return hits;
}
