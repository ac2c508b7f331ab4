import { describe, expect, it } from 'vitest';
import { clipLabel } from './clipLabel';

describe('clipLabel', () => {
  it.each([
    ['a label that fits is unchanged', 'Sweden', 10, 'Sweden'],
    ['exactly the limit fits', 'abcdefghij', 10, 'abcdefghij'],
    ['cuts at the last word boundary', 'Association for the Support of Political Prisoners', 24, 'Association for the…'],
    ['drops punctuation before the ellipsis', 'Iran, the people, and the regime', 12, 'Iran, the…'],
    ['a long first word is cut inside it', 'Internationalisation of things', 10, 'Internati…'],
    ['never longer than the limit', 'one two three four five six', 9, 'one two…'],
  ] as const)('%s', (_name, text, max, expected) => {
    const got = clipLabel(text, max);
    expect(got).toBe(expected);
    expect(got.length).toBeLessThanOrEqual(Math.max(max, text.length));
  });
});
