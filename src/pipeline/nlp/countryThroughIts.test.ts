import { describe, expect, it } from 'vitest';
import { countryThroughIts } from './countryThroughIts';

describe('countryThroughIts: a post after "its" is the body\'s before it', () => {
  it.each([
    [
      'an "of" country after the body',
      'The government of Iceland, represented by its state secretary, Gunnar Aldis, said no.',
      'IS',
    ],
    [
      'a nationality before the body',
      'The Danish delegation and its chief negotiator, Mette Krog, asked for time.',
      'DK',
    ],
    [
      "a country's possessive, in the sentence before",
      "Norway's fisheries ministry said it was disappointed. Its spokesperson, Kari Tandberg, said the offer stood.",
      'NO',
    ],
    [
      'a body that is not the subject "its" refers back to',
      'The ministry criticised the government of Russia. Its spokesperson, Kari Tandberg, said the offer stood.',
      null,
    ],
    ['no "its" before the name', "Norway's fisheries ministry met. A spokesperson, Kari Tandberg, said no.", null],
  ])('%s', (_n, text, expected) => {
    const name = /(Gunnar Aldis|Mette Krog|Kari Tandberg)/.exec(text)![1]!;
    expect(countryThroughIts(text, [name])?.code ?? null).toBe(expected);
  });
});
