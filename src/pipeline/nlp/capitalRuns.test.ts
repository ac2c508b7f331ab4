import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachCapitalRun } from './capitalRuns';

const runsOf = (text: string) => {
  const out: string[][] = [];
  forEachCapitalRun(text, (raws, starts) => out.push(raws.map((r, i) => `${starts[i]}:${r}`)));
  return out;
};

/** The expressions the scanner reads as (capitalRuns.ts). */
const CAPITAL_RUN =
  /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)?(?:[\s-]+(?:(?:of|and|the|de|da|del|du)\s+)?\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)?)*/gu;
const WORD_IN_RUN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const runsByRegExp = (text: string) =>
  [...text.matchAll(CAPITAL_RUN)].map((run) =>
    [...run[0].matchAll(WORD_IN_RUN)].map((m) => `${run.index + m.index}:${m[0]}`),
  );

describe('forEachCapitalRun', () => {
  it.each<[string, string, string[][]]>([
    [
      'a country with a small word inside',
      'aid for Bosnia and Herzegovina',
      [['8:Bosnia', '15:and', '19:Herzegovina']],
    ],
    ['"of" between capitals', 'on the Isle of Man', [['7:Isle', '12:of', '15:Man']]],
    ['"del" tried after "de"', 'Rio del Norte', [['0:Rio', '4:del', '8:Norte']]],
    ['a small word before a lower-case word ends the run', 'Paris and london', [['0:Paris']]],
    ['hyphens join', 'Jean-Luc Ode', [['0:Jean', '5:Luc', '9:Ode']]],
    ['one apostrophe and the letters after it stay in the word', "O'Neil’s Bar", [["0:O'Neil"], ['9:Bar']]],
    ['no run starts inside a word', 'iPhone and eBay', []],
    ['nor after a digit', '3M Group', [['3:Group']]],
  ])('%s', (_, text, expected) => {
    expect(runsOf(text)).toEqual(expected);
    expect(runsByRegExp(text)).toEqual(expected);
  });

  it('splits any text as the two regular expressions do', () => {
    const pieces = [
      'A',
      'b',
      'É',
      'é',
      'ǅ',
      'Ⅻ',
      '1',
      ' ',
      '\u00a0',
      '\u200b',
      '\n',
      '-',
      "'",
      '’',
      '.',
      '\u0301',
      '𝐀',
      '\ud800',
      'of ',
      'and ',
      'del ',
      'De ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(runsOf(text)).toEqual(runsByRegExp(text));
      }),
      { numRuns: 3000 },
    );
  });
});
