import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryWord, countryWordAt, findPlaces } from './lexicon';

describe('findPlaces: demonyms the countries package lacks (data/places.json demonymExtras)', () => {
  it.each([
    ['former Tajik deputy prime minister', 'TJ'],
    ['Uzbek engineer', 'UZ'],
    ['Kazakh delegate', 'KZ'],
    ['Nepali climber', 'NP'],
  ])('%s', (text, code) => expect(findPlaces(text)[0]?.code).toBe(code));
});

describe('countryWordAt', () => {
  it.each([
    ['Sweden', 'SE'],
    ['Swedish', 'SE'],
    ['Chile', 'CL'],
    ['Swede', null],
    ['Swedishness', null],
    ['sweden', null],
    ['', null],
  ])('%s', (word, code) => {
    expect(countryWordAt(`x ${word} y`, 2, 2 + word.length)).toBe(code);
    expect(countryWord(word)).toBe(code);
  });
  it('is countryWord of the slice (property)', () => {
    const words = fc.oneof(
      fc.constantFrom('Sweden', 'Swedish', 'Chile', 'Chilean', 'Japan', 'Japanese', 'Niger', 'Nigeria', 'Nigerien'),
      fc.string({ maxLength: 9 }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 5 }), words, fc.string({ maxLength: 5 }), (before, w, after) => {
        expect(countryWordAt(before + w + after, before.length, before.length + w.length)).toBe(countryWord(w));
      }),
    );
  });
});

describe('findPlaces: regions across countries', () => {
  it.each<[string, string[]]>([
    ['of the Latin American Cities Network', []],
    ['director of the West African Coastal Institute', []],
    ['a delegate from South America', []],
    ['South African envoy', ['ZA']],
    ['Central African Republic', ['CF']],
    ['American senator', ['US']],
  ])('%s', (text, codes) => expect(findPlaces(text).map((p) => p.code)).toEqual(codes));
});

describe('findPlaces: parties many countries have', () => {
  it.each<[string, string[]]>([
    ['Liberal Democrat councillor', []],
    ['of the Social Democrats', []],
    ['Democrat senator', ['US']],
  ])('%s', (text, codes) => expect(findPlaces(text).map((p) => p.code)).toEqual(codes));
});

describe('findPlaces: a country in the possessive', () => {
  it.each<[string, string[]]>([
    ["Ghana's Supreme Court in Accra", ['GH', 'GH']],
    ['New Zealand’s trade envoy', ['NZ']],
    ['the court’s ruling', []],
  ])('%s', (text, codes) => expect(findPlaces(text).map((p) => p.code)).toEqual(codes));
});
