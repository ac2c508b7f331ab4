export interface Passage {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/**
 * The quote at `start`–`end` of `text` with the sentence-ish context around it:
 * up to `width` characters either side, widened to the paragraph when the
 * paragraph is shorter. Offsets outside the text are clamped.
 */
export function surroundingPassage(text: string, start: number, end: number, width = 240): Passage {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const paraStart = text.lastIndexOf('\n\n', s);
  const paraEnd = text.indexOf('\n\n', e);
  const from = Math.max(paraStart < 0 ? 0 : paraStart + 2, s - width);
  const to = Math.min(paraEnd < 0 ? text.length : paraEnd, e + width);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, s).trimStart(),
    quote: text.slice(s, e),
    after: text.slice(e, to).trimEnd() + (to < text.length ? '…' : ''),
  };
}
