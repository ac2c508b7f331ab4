/**
 * Greedy word wrap to at most `maxLines` lines of `maxChars` characters (SVG text does
 * not wrap by itself). Words longer than a line are cut; overflow ends in "…".
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(8, Math.floor(maxChars));
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      line = '';
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1]!;
  kept[kept.length - 1] = (last.length >= width ? last.slice(0, width - 1) : last) + '…';
  return kept;
}
