import type { Span } from './segmentText';

/** How far context may reach either side of a span when the text has no sentence end nearby. */
const MAX_REACH = 400;
/** Sentence-ending punctuation, then closing quotes or brackets, then whitespace. */
const ENDS = /[.!?…]["'”’»)\]]*(?=\s)/gu;
/** Words before a full stop that do not end a sentence ("Dr. Ramesh", "U.S. Special Envoy"). */
const ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Gov|Pres|St|Mt|Jr|Sr|No|Vol|vs|etc|e\.g|i\.e|[A-Z]|(?:[A-Z]\.)+[A-Z])\.$/u;

/**
 * The sentence (or sentences) around `[start, end)` of `text`: back to the last sentence
 * end before `start`, on to the first one at or after `end`, never past a line break
 * (a paragraph) and at most MAX_REACH characters either side, cut at a space. A span
 * that itself ends a sentence ("…every town.") ends it there, closing quote included.
 */
export function sentenceBounds(text: string, start: number, end: number): Bounds {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  const nl = text.indexOf('\n', e);
  const lineEnd = nl < 0 ? text.length : nl;

  let from = Math.max(lineStart, s - MAX_REACH);
  const head = text.slice(from, s);
  for (const m of head.matchAll(ENDS)) {
    if (ABBREVIATION.test(head.slice(0, m.index + 1))) continue;
    from = Math.max(from, s - head.length + m.index + m[0].length);
  }
  const cutBefore = from > lineStart && from === s - MAX_REACH;
  from = cutBefore ? cutForward(text, from, s) : skipSpace(text, from, s);

  let to = Math.min(lineEnd, e + MAX_REACH);
  let cutAfter = false;
  const closing = /^["'”’»)\]]*/u.exec(text.slice(e, to))![0].length;
  if (/[.!?…]$/u.test(text.slice(s, e))) to = e + closing;
  else {
    const tail = text.slice(e, to);
    for (const m of tail.matchAll(ENDS)) {
      if (ABBREVIATION.test(text.slice(Math.max(0, e + m.index - 12), e + m.index + 1))) continue;
      to = e + m.index + m[0].length;
      break;
    }
    if (to === e + MAX_REACH && to < lineEnd) {
      cutAfter = true;
      to = cutBack(text, e, to);
    }
  }
  return { start: from, end: Math.max(e, trimEnd(text, e, to)), cutBefore, cutAfter };
}

/** A span's sentence, and whether it was cut short (at MAX_REACH) before or after. */
export interface Bounds extends Span {
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

/** The text of a span with the sentence around it, split for highlighting. */
export interface InSentence {
  readonly before: string;
  readonly span: string;
  readonly after: string;
}

/** `sentenceBounds` as three strings; "…" marks context cut short of a sentence end. */
export function spanInSentence(text: string, start: number, end: number): InSentence {
  const b = sentenceBounds(text, start, end);
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    before: (b.cutBefore ? '…' : '') + text.slice(b.start, s),
    span: text.slice(s, e),
    after: text.slice(e, b.end) + (b.cutAfter ? '…' : ''),
  };
}

function skipSpace(text: string, i: number, limit: number): number {
  while (i < limit && /\s/.test(text[i]!)) i++;
  return i;
}
function cutForward(text: string, i: number, limit: number): number {
  const sp = text.slice(i, limit).search(/\s/);
  return sp < 0 ? i : skipSpace(text, i + sp, limit);
}
function cutBack(text: string, limit: number, i: number): number {
  const sp = text.slice(limit, i).search(/\s\S*$/);
  return sp < 0 ? i : limit + sp;
}
function trimEnd(text: string, limit: number, i: number): number {
  while (i > limit && /\s/.test(text[i - 1]!)) i--;
  return i;
}
