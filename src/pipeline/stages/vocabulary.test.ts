import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LowerVocabulary } from './vocabulary';

/** The rule by brute force: whole-word occurrences (no letter either side) off caption lines, up to 3. */
function reference(text: string, word: string, max: number): number {
  const letter = (c: string | undefined) => c !== undefined && /\p{L}|\p{M}/u.test(c);
  const caption = (line: string) =>
    line.length < 60 && /^[\p{Ll}\s-]+$/u.test(line) && line.trim().split(/\s+/).length <= 5;
  let n = 0;
  for (let i = text.indexOf(word); i >= 0 && n < 3; i = text.indexOf(word, i + 1)) {
    const line = text.slice(text.lastIndexOf('\n', i) + 1).split('\n')[0]!;
    if (!letter(text[i - 1]) && !letter(text[i + word.length]) && !caption(line)) n++;
  }
  return Math.min(n, max);
}

describe('LowerVocabulary.count', () => {
  const text =
    'The Khoury report. Khoury said so.\njane khoury\nA co-operative of the el-amin family; ÇELIK and çelik, çelik again, çelik.';
  it.each([
    ['a word used in lower case', 'report', 1],
    ['only ever capitalised', 'khoury', 0],
    ['on a lower-case caption line only', 'jane', 0],
    ['with a hyphen', 'el-amin', 1],
    ['inside a longer word only', 'port', 0],
    ['after a hyphen', 'operative', 1],
    ['non-ASCII, counted up to max', 'çelik', 2],
    ['never there', 'zieliński', 0],
  ])('%s', (_, word, n) => {
    expect(new LowerVocabulary(text).count(word)).toBe(n);
    expect(reference(text, word, 2)).toBe(n);
  });

  it('agrees with the rule by brute force (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'é', 'A', ' ', '\n', '-', "'", '1', 'ß', '😀');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 80 }),
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'é', '-', 'A'), minLength: 1, maxLength: 3 }), {
          maxLength: 6,
        }),
        (t, words) => {
          const v = new LowerVocabulary(t);
          for (const w of words) for (const max of [1, 2, 3]) expect(v.count(w, max)).toBe(reference(t, w, max));
        },
      ),
    );
  });
});
