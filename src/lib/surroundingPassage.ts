export interface Passage {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/**
 * The quote at `start`–`end` of `text` with up to `width` characters either
 * side, cut back to whole words, so the attribution ("…, she said") that often
 * sits in the next sentence or paragraph shows. Offsets outside the text are clamped.
 */
export function surroundingPassage(text: string, start: number, end: number, width = 200): Passage {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = Math.max(0, s - width);
  let to = Math.min(text.length, e + width);
  if (from > 0) {
    const sp = text.slice(from, s).search(/\s/);
    from = sp >= 0 ? from + sp + 1 : s;
  }
  if (to < text.length) {
    const tail = text.slice(e, to);
    const sp = tail.search(/\s\S*$/);
    to = sp >= 0 ? e + sp : e;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, s).trimStart(),
    quote: text.slice(s, e),
    after: text.slice(e, to).trimEnd() + (to < text.length ? '…' : ''),
  };
}
