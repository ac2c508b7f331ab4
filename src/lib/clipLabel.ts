/**
 * Shortens `text` to at most `maxChars` characters, ending in "…". It cuts at a word
 * boundary when one falls in the last half, so what is shown is whole words of the full
 * label: the start of the accessible name, as WCAG 2.5.3 (label in name) asks.
 */
export function clipLabel(text: string, maxChars: number): string {
  const n = Math.max(2, Math.floor(maxChars));
  if (text.length <= n) return text;
  const cut = text.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  const kept = space >= n / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.\-–—]+$/, '')}…`;
}
