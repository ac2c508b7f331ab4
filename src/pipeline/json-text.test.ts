import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeJsonText, jsonSliceOf } from './json-text';

/** The JSON of text.slice(start, end) as cut from the document's bytes. */
const cut = (text: string, start: number, end: number) => {
  const t = encodeJsonText(text, [0, 1, start, end]);
  const r = jsonSliceOf(t, start, end, text.slice(start, end), 1);
  return r && `"${Buffer.from(t.bytes.subarray(...r)).toString('utf8')}"`;
};

describe('encodeJsonText', () => {
  it.each([
    ['plain ASCII', 'abc'],
    ['quote and backslash', 'say "hi" \\ bye'],
    ['short escapes', '\b\f\n\r\t'],
    ['other control characters as \\u00xx', '\u0000\u0001\u001f\u007f'],
    ['two- and three-byte characters', 'é “x” — ’ \u2028 \u2029'],
    ['a surrogate pair', '😀 a𝒳b'],
    ['lone surrogates, escaped', '\ud800 x \udfff \udc00\ud800'],
    ['empty', ''],
  ])('%s: the bytes of JSON.stringify', (_, text) => {
    expect(Buffer.from(encodeJsonText(text).bytes).toString('utf8')).toBe(JSON.stringify(text));
  });

  it.each([
    ['a word', 'say “hi” now', 4, 8, '“hi”'],
    ['the whole text', 'a\nb', 0, 3, 'a\nb'],
    ['nothing', 'abc', 2, 2, ''],
    ['next to a surrogate pair', 'x😀y', 1, 3, '😀'],
  ])('cuts a quote: %s', (_, text, start, end, quote) => {
    expect(cut(text, start, end)).toBe(JSON.stringify(quote));
  });

  it('refuses a cut inside a surrogate pair', () => expect(cut('x😀y', 2, 4)).toBeNull());
  it('refuses offsets it was not asked for, and a text that is not that slice', () => {
    const t = encodeJsonText('abcdef', [1, 3]);
    expect(jsonSliceOf(t, 1, 3, 'bc')).toEqual([2, 4]);
    expect(jsonSliceOf(t, 1, 4, 'bcd')).toBeNull();
    expect(jsonSliceOf(t, 1, 3, 'bx')).toBeNull();
  });

  it('any text and any cut (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (text, x, y) => {
        const [start, end] = [x % (text.length + 1), y % (text.length + 1)].sort((a, b) => a - b) as [number, number];
        expect(Buffer.from(encodeJsonText(text).bytes).toString('utf8')).toBe(JSON.stringify(text));
        const got = cut(text, start, end);
        const splits = (i: number) => i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]!) && /[\udc00-\udfff]/.test(text[i]!);
        if (splits(start) || splits(end)) expect(got).toBeNull();
        else expect(got).toBe(JSON.stringify(text.slice(start, end)));
      }),
    );
  });
});
