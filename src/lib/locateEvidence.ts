import type { Span } from './segmentText';
import { isWordChar } from './quoteHasTerm';

/** Where evidence was found: the passage quoted in it, and the deciding words inside that passage. */
export interface EvidenceSpot {
  readonly passage: Span;
  readonly words: Span;
}

/**
 * Find the words an attribute came from in the document's text. The pipeline's
 * evidence reads like `country "Sweden" in "from the Iranian Community of Sweden"`
 * or `section heading "…"` or just the words ("Community"): the quoted phrases are
 * looked for (longest first), else the whole basis, case-insensitively, as whole words,
 * across any run of whitespace. Of several occurrences the one nearest a mention of
 * the speaker (`names`) wins, since the descriptor sits beside the name. The shorter
 * phrase ("Sweden") is then found inside the passage. Undefined when nothing is found
 * (e.g. "listed under a community section heading" describes, it does not quote).
 */
export function locateEvidence(text: string, basis: string, names: readonly string[]): EvidenceSpot | undefined {
  const quoted = [...basis.matchAll(/["“]([^"”]+)["”]/gu)].map((m) => m[1]!.trim()).filter(Boolean);
  const phrases = quoted.length ? [...quoted].sort((a, b) => b.length - a.length) : [basis.trim()];
  const mentions = names.flatMap((n) => occurrences(text, n));
  for (const phrase of phrases) {
    const hits = occurrences(text, phrase);
    if (!hits.length) continue;
    const passage = nearest(hits, mentions);
    const inner = phrases.filter((p) => p !== phrase && p.length < phrase.length).at(-1);
    const words = inner ? occurrences(text.slice(passage.start, passage.end), inner)[0] : undefined;
    return { passage, words: words ? { start: passage.start + words.start, end: passage.start + words.end } : passage };
  }
  return undefined;
}

/** Whole-word, case-insensitive occurrences of `phrase` (words matched across any whitespace). */
export function occurrences(text: string, phrase: string): Span[] {
  const words = phrase.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(new RegExp(words.join('\\s+'), 'giu'))) {
    const end = m.index + m[0].length;
    if (isWordChar(text[m.index - 1] ?? '') && isWordChar(m[0][0]!)) continue;
    if (isWordChar(text[end] ?? '') && isWordChar(m[0].at(-1)!)) continue;
    out.push({ start: m.index, end });
  }
  return out;
}

function nearest(hits: readonly Span[], mentions: readonly Span[]): Span {
  if (!mentions.length) return hits[0]!;
  const distance = (h: Span) => Math.min(...mentions.map((m) => (m.end <= h.start ? h.start - m.end : h.end <= m.start ? m.start - h.end : 0)));
  return hits.reduce((best, h) => (distance(h) < distance(best) ? h : best));
}
