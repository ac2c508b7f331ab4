import { describe, expect, it } from 'vitest';
import { foldName, foldQuote, nameKeys } from './fold';

describe('foldName: accents, case, honorifics and punctuation do not matter', () => {
  it.each([
    ['Ömer Çelik', 'omer celik'],
    ['Dr. Ömer Çelik', 'omer celik'],
    ['MP Lindqvist', 'lindqvist'],
    ['Sen. Bergström', 'bergstrom'],
    ['Jane O’Neil', 'jane oneil'],
    ['Zamaa Swazi Dlamini-Mandela', 'zamaa swazi dlamini mandela'],
    ['  Anouk  van Leeuwen ', 'anouk van leeuwen'],
    // "mayor" is not folded away, as in score.mjs: "Mayor Smith" and "Smith" are different keys
    ['Mayor Smith', 'mayor smith'],
  ])('%s → %s', (input, expected) => expect(foldName(input)).toBe(expected));
});

describe('nameKeys', () => {
  it('name and aliases, without the empty folds', () =>
    expect(nameKeys({ name: 'Amb. Robert Reiss', aliases: ['Reiss', 'Dr.'] })).toEqual(
      new Set(['robert reiss', 'reiss']),
    ));
});

describe('foldQuote: curly quotes, whitespace runs and case', () => {
  it.each([
    ['“We  win,”\nshe', '"we win," she'],
    ['it’s ‘so’', "it's 'so'"],
  ])('%s', (a, b) => expect(foldQuote(a)).toBe(b));
});
