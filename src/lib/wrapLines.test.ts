import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrapLines';

describe('wrapLines', () => {
  it.each([
    ['short text stays on one line', 'Role: academic', 20, 3, ['Role: academic']],
    ['empty text gives no lines', '   ', 20, 3, []],
    ['breaks between words', 'aaaa bbbb cccc', 9, 3, ['aaaa bbbb', 'cccc']],
    ['collapses whitespace', 'a \n  b', 20, 3, ['a b']],
    ['cuts a word longer than a line', 'abcdefghijkl', 8, 3, ['abcdefgh', 'ijkl']],
    ['ends overflow in an ellipsis', 'aaaa bbbb cccc dddd', 9, 1, ['aaaa bbb…']],
    ['keeps the line within width when adding the ellipsis', 'aaaaaaaa bbbbbbbb', 8, 1, ['aaaaaaa…']],
  ])('%s', (_, text, maxChars, maxLines, expected) => {
    expect(wrapLines(text, maxChars, maxLines)).toEqual(expected);
  });
});
