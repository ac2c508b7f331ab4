/** "government-official" → "Government official"; unknown categories are shown the same way. */
export function roleLabel(role: string): string {
  const words = role.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : role;
}
