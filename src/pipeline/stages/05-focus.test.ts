import { describe, expect, it } from 'vitest';
import { focusCountryOf } from './05-focus';

describe('focusCountryOf', () => {
  it.each([
    ['named four times, names and demonyms together', 'Sweden and Swedish voters. In Sweden, a Swedish MP.', 'SE'],
    ['fewer than four mentions', 'Sweden, Sweden and Swedish.', null],
    ['not twice as often as the next', 'Sweden Sweden Sweden Sweden Chile Chile Chile', null],
    ['twice as often as the next', 'Sweden Sweden Sweden Sweden Chile Chile', 'SE'],
    ['only capitalised ASCII words, whole', 'SWEDEN Sweden1 _Sweden Swedenx sweden Sweden', null],
    ['next to punctuation and non-ASCII', '“Sweden” (Sweden) Sweden’s Sweden—é', 'SE'],
  ])('%s', (_, text, code) => expect(focusCountryOf(text)).toBe(code));
});
