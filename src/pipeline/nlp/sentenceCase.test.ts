import { describe, expect, it } from 'vitest';
import { namedAsPerson, onlySentenceCase } from './sentenceCase';

describe('onlySentenceCase', () => {
  it('is true of an ordinary word capitalised only where a sentence opens', () => {
    const text = 'Software chief Ines Odede spoke.\n"Software is cheap," she said. (Software helps.) We need software.';
    expect(onlySentenceCase('Software', text)).toBe(true);
  });

  it('is false once the word is capitalised inside a sentence', () => {
    expect(onlySentenceCase('Beacon', 'Beacon chief Tom Ruud spoke. Staff at Beacon agreed.')).toBe(false);
  });

  it('is false of a word that is no ordinary English ("Greenpeace") or of an acronym', () => {
    expect(onlySentenceCase('Greenpeace', 'Greenpeace campaigner Lotte Brandsma spoke.')).toBe(false);
    expect(onlySentenceCase('UNICEF', 'UNICEF chief Ana Lo spoke.')).toBe(false);
  });

  it('does not take a word inside a longer one for the word', () => {
    expect(onlySentenceCase('Union', 'Union boss Karel Mertens spoke. The Reunion trust and the union agreed.')).toBe(
      true,
    );
  });

  it('is false when the text never uses the word in lower case ("Apple chief Tim Cook") or not at all', () => {
    expect(onlySentenceCase('Apple', 'Apple chief Tim Cook spoke. Phones ship in March.')).toBe(false);
    expect(onlySentenceCase('Software', '')).toBe(false);
  });
});

describe('namedAsPerson', () => {
  it('is true of a surname a given name or a title stands before somewhere in the text', () => {
    expect(namedAsPerson('Varga', 'Anna Varga arrived. Varga spokesman Jan Weber spoke.')).toBe(true);
    expect(namedAsPerson('Holt', 'President Holt spoke. Holt adviser Ann Lo agreed.')).toBe(true);
  });

  it('is false of a body named alone or after a common word', () => {
    expect(namedAsPerson('Barclays', 'Barclays analyst Ann Lowe spoke. Staff at Barclays agreed.')).toBe(false);
  });
});
