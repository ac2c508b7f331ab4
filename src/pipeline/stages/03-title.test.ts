import { describe, expect, it } from 'vitest';
import { segmentLines } from './02-segment';
import { inferTitle, openingClause } from './03-title';

const title = (text: string, meta = {}) => inferTitle(segmentLines(text), meta);

describe('inferTitle', () => {
  it.each([
    [
      'first heading line',
      'Leaders meet in Oslo\n\nThe summit opened on Monday with speeches by many people from many countries around the world.',
      'Leaders meet in Oslo',
    ],
    ['skips an ad-banner size', '300 x 250\n\nLeaders meet in Oslo\n\nBody text.', 'Leaders meet in Oslo'],
    [
      'skips a breadcrumb ending in the headline',
      'Home News World Leaders meet in Oslo\n\nLeaders meet in Oslo\n\nBody.',
      'Leaders meet in Oslo',
    ],
    [
      'prefers the specific heading over a generic one',
      'Oslo Summit\n\nSecond Day of the Oslo Summit\n\nBody.',
      'Second Day of the Oslo Summit',
    ],
    ['skips a bare date line', 'March 3, 2021\n\nLeaders meet in Oslo\n\nBody.', 'Leaders meet in Oslo'],
    [
      'a two-word headline, and no byline',
      'Strike ends\n\nBy Staff Writer\n\nBus drivers went back to work on Friday.',
      'Strike ends',
    ],
    [
      'skips a byline and a two-word menu label',
      'World News\n\nBy Ana Lo\n\nLeaders meet in Oslo\n\nBody.',
      'Leaders meet in Oslo',
    ],
  ])('%s', (_n, text, expected) => expect(title(text)).toBe(expected));

  it('uses the opening clause when there is no headline', () => {
    const text =
      'On the eve of the vote in the capital, the opposition coalition held a large rally downtown, drawing thousands of supporters from every province of the country and abroad.';
    expect(title(text)).toBe(
      'On the eve of the vote in the capital, the opposition coalition held a large rally downtown',
    );
  });

  it('front matter wins', () => expect(title('Something else\n\nBody.', { title: 'Given' })).toBe('Given'));
});

describe('openingClause', () => {
  it.each([
    ['The council met, and then it rained.', 'The council met'],
    ['After the vote, the council met, briefly.', 'After the vote, the council met'],
    ['No comma here.', 'No comma here'],
  ])('%s', (s, c) => expect(openingClause(s)).toBe(c));
});
