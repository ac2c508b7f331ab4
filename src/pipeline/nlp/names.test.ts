import { describe, expect, it } from 'vitest';
import { findName, nameRunAt, wordTokens } from './names';

const noLower = new Set<string>();
const nameIn = (line: string) => findName(wordTokens(line), 0, line, noLower)?.name ?? null;

describe('findName: a surname written in capitals', () => {
  it.each<[string, string, string | null]>([
    ['a roll line from an institution', 'Maria KOVALENKO, Green Future, Ukraine', 'Maria Kovalenko'],
    ['a hyphenated surname with accents', 'Pedro SÁNCHEZ-MORA, Nuevo Rumbo, Chile', 'Pedro Sánchez-Mora'],
    ['capitals after a word that is no given name stay an acronym', 'Delegates from NATO, Brussels', null],
  ])('%s', (_, line, name) => expect(nameIn(line)).toBe(name));
});

it('three capitals after a given name are an acronym, not a surname', () => {
  const line = 'Maria EPP delegate';
  expect(nameRunAt(wordTokens(line), 0, line, noLower, 1)?.text).toBe('Maria');
});
