import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '../corpus';
import { readDocumentLine } from './documentLine';

const encode = (s: string) => new TextEncoder().encode(s);
const doc = (text: string, extra: Partial<Document> = {}): Document => ({
  id: 'd1',
  file: 'd1.txt',
  title: 'A “title”, with "text"',
  eventId: null,
  text,
  wordCount: 3,
  sha256: 'a'.repeat(64),
  ...extra,
});
/** The line's bytes inside a larger buffer, as a network piece holds it. */
function read(line: string | Uint8Array) {
  const bytes = typeof line === 'string' ? encode(line) : line;
  const source = new Uint8Array(bytes.length + 6);
  source.set(bytes, 3);
  return readDocumentLine(source, 3, 3 + bytes.length);
}

describe('readDocumentLine', () => {
  it("gives the record without its text and the text's length in UTF-16 code units, for any text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constant('’'),
            fc.constant('\n'),
            fc.constant('"'),
            fc.constant('\\'),
            fc.constant('😀'),
            fc.constant('\u0001'),
            fc.constant('\ud800'),
            fc.constant('"text":"'),
            fc.string({ unit: 'binary', maxLength: 3 }),
          ),
        }),
        fc.option(fc.string()),
        (text, url) => {
          const d = doc(text, url === null ? {} : { url });
          const got = read(JSON.stringify(['documents', d]));
          expect(got).toEqual({ record: { ...d, text: '' }, textLength: text.length });
        },
      ),
    );
  });

  it('reads \\u escapes as one code unit each', () => {
    expect(
      read(
        '["documents",{"id":"d","file":"f","title":"t","eventId":"e","text":"a\\u00e9\\ud83d\\ude00b\\/","wordCount":1,"sha256":"' +
          'b'.repeat(64) +
          '"}]',
      )?.textLength,
    ).toBe(6);
  });

  it.each([
    [
      'keys in another order',
      JSON.stringify([
        'documents',
        { file: 'f', id: 'd', title: 't', eventId: null, text: 'x', wordCount: 1, sha256: 'a'.repeat(64) },
      ]),
    ],
    ['an extra key', JSON.stringify(['documents', { ...doc('x'), extra: 1 }])],
    ['a second text key', JSON.stringify(['documents', doc('x')]).replace('}]', ',"text":""}]')],
    ['a wrong value', JSON.stringify(['documents', { ...doc('x'), wordCount: -1 }])],
    ['another section', JSON.stringify(['quotes', doc('x')])],
    ['a cut line', JSON.stringify(['documents', doc('x’y')]).slice(0, 100)],
    ['a raw control character', JSON.stringify(['documents', doc('a')]).replace('"text":"a', '"text":"a\t')],
    ['a bad escape', JSON.stringify(['documents', doc('a')]).replace('"text":"a', '"text":"a\\x')],
    ['a short \\u escape', JSON.stringify(['documents', doc('a')]).replace('"text":"a', '"text":"a\\u12"')],
    ['trailing bytes', JSON.stringify(['documents', doc('a')]) + 'x'],
  ])('leaves a line that is not as the pipeline writes one to the ordinary reading: %s', (_name, line) => {
    expect(read(line)).toBeUndefined();
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a cut sequence', [0xe2, 0x80]],
    ['an overlong form', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['0xff', [0xff]],
  ])('leaves text bytes that are not UTF-8 to the ordinary reading (which rejects them): %s', (_name, bad) => {
    const [before, after] = JSON.stringify(['documents', doc('aXb')]).split('X') as [string, string];
    const line = new Uint8Array([...encode(before), ...bad, ...encode(after)]);
    expect(read(line)).toBeUndefined();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).toThrow();
  });
});
