import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, segmentLines, sumWords } from './02-segment';

describe('sumWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['two words\n\n  three more here \r\n', 5],
    ['no-break\u00a0space\u2009thin\u200bzero\ufeffbom', 5],
  ])('%j', (text, n) => {
    expect(sumWords(segmentLines(text))).toBe(n);
    expect(countWords(text)).toBe(n);
  });
  it('is countWords of the whole text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '\r', '\t', '\u00a0', '\u2009', '.', '“') }),
        (text) => {
          expect(sumWords(segmentLines(text))).toBe(countWords(text));
        },
      ),
    );
  });
});
