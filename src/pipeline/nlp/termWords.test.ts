import { describe, expect, it } from 'vitest';
import { normaliseTermQuery } from '../../lib/normaliseTerm';
import { contentTerms, contentTermsOf, forEachWord, tokensOfLine } from './termWords';
import { tokenise } from './tokenise';

const words = (text: string) => {
  const out: [string, string][] = [];
  forEachWord(tokenise(text).tokens, (w, start, end) => out.push([w, text.slice(start, end)]));
  return out.map(([w]) => w);
};

describe('forEachWord', () => {
  it.each([
    ['a clitic the tokeniser split off is part of its word again', 'The party’s plan', ['the', 'party’s', 'plan']],
    ['so is a negation', "They can't wait", ['they', "can't", 'wait']],
    ['a hyphenated word is one word', 'a well-known co-founder', ['a', 'well-known', 'co-founder']],
    ['punctuation and quotation marks are no words', '“Down with the tyrant!”', ['down', 'with', 'the', 'tyrant']],
    ['a dash between spaces joins nothing', 'north - south', ['north', 'south']],
    [
      'numbers with points or commas and initialisms are no words',
      'U.S. paid $5,000, 3.5% more in 2019',
      ['paid', 'more', 'in', '2019'],
    ],
  ])('%s', (_, text, expected) => expect(words(text)).toEqual(expected));

  it('gives offsets into the text', () => {
    const text = 'Clean  water’s edge';
    const spans: string[] = [];
    forEachWord(tokenise(text).tokens, (_, start, end) => spans.push(text.slice(start, end)));
    expect(spans).toEqual(['Clean', 'water’s', 'edge']);
  });
});

describe('contentTerms', () => {
  it('gives the terms in order, repeats kept', () =>
    expect(contentTerms('Water, water everywhere: the farmers’ water rights')).toEqual([
      'water',
      'water',
      'everywhere',
      'farmers',
      'water',
      'rights',
    ]));

  it.each(['Party’s', 'well-known', 'Climate', '2019'])(
    'a term typed in the browser (%s) is normalised as the pipeline counts it in a text',
    (typed) => expect(normaliseTermQuery(typed)).toBe(contentTerms(`Of ${typed}, they wrote.`)[0]),
  );
});

describe('tokensOfLine', () => {
  const doc = tokenise(
    'Harbour board votes on the new pier\n\nThe board met on Friday. It voted 5-2.\nHarbour board votes',
  );
  it.each([
    ['the headline line of the text gives its tokens', 'Harbour board votes on the new pier', 7],
    ['a line the text holds further down', 'Harbour board votes', 3],
    ['a line with two sentences', 'The board met on Friday. It voted 5-2.', -1],
  ])('%s', (_, line, count) => {
    const own = tokensOfLine(doc, line);
    expect(own).not.toBeNull();
    if (count >= 0) expect(own).toHaveLength(count);
    // the same terms as the line tokenised on its own
    expect(contentTermsOf(own!)).toEqual(contentTerms(line));
  });
  it.each<[string, string, number]>([
    ['a line the text does not hold', 'Harbour board votes on the old pier', 8],
    ['a part of a line only', 'Harbour board', 8],
    ['a line beyond the first few', 'Harbour board votes', 2],
  ])('%s: none', (_, line, within) => expect(tokensOfLine(doc, line, within)).toBeNull());
});
