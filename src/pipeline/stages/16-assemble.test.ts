import { describe, expect, it } from 'vitest';
import { assembleSpeakers, canonicalName, type KeptMention } from './16-assemble';

const mention = (cluster: number, name: string): KeptMention => ({
  cluster,
  documentId: `d${cluster}`,
  name,
  surfaces: [],
  attrs: {
    role: 'other',
    roleEvidence: { value: 'other', basis: 'no role words', documentId: `d${cluster}` },
    country: null,
    countryEvidence: null,
    titles: [],
    affiliations: [],
  } as unknown as KeptMention['attrs'],
});

describe('assembleSpeakers ids', () => {
  it('numbers people who share a name from 2 up, skipping ids already taken', () => {
    const names = ['Ana Silva', 'Ana Silva', 'Ana Silva 2', 'Ana Silva', 'Ana Silva', 'Bo'];
    const { idOf } = assembleSpeakers(
      names.map((n, c) => mention(c, n)),
      new Map(),
    );
    expect(names.map((_, c) => idOf.get(c))).toEqual([
      'ana-silva',
      'ana-silva-2',
      'ana-silva-2-2',
      'ana-silva-3',
      'ana-silva-4',
      'bo',
    ]);
  });
});

describe('canonicalName', () => {
  it.each([
    [
      'a capitalised form over a lower-case caption',
      [
        ['jane doe', 'a'],
        ['jane doe', 'b'],
        ['Jane Doe', 'c'],
      ],
      'Jane Doe',
    ],
    [
      'the form most documents use',
      [
        ['Jane Doe', 'a'],
        ['Jane Q. Doe', 'b'],
        ['Jane Doe', 'c'],
      ],
      'Jane Doe',
    ],
    [
      'then the most complete',
      [
        ['Jane Doe', 'a'],
        ['Jane Q. Doe', 'b'],
      ],
      'Jane Q. Doe',
    ],
    ['a lower-case form only: capitalised', [['jane doe', 'a']], 'Jane Doe'],
  ])('%s', (_, forms, name) => expect(canonicalName(forms.map(([n, d]) => ({ name: n!, documentId: d! })))).toBe(name));
});
