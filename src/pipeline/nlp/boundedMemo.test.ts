import { describe, expect, it } from 'vitest';
import { boundedMemo } from './boundedMemo';

describe('boundedMemo', () => {
  it('computes once per key and forgets everything at the limit', () => {
    const calls: string[] = [];
    const upper = boundedMemo(2, (s: string) => (calls.push(s), s.toUpperCase()));
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // the third key clears the memo first
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keys by keyOf when the argument is not itself a good key', () => {
    let calls = 0;
    const size = boundedMemo(
      10,
      (xs: readonly string[]) => (calls++, xs.length),
      (xs) => xs.join('\u0000'),
    );
    expect([size(['x', 'y']), size(['x', 'y'])]).toEqual([2, 2]);
    expect(calls).toBe(1);
  });
});

describe('boundedMemo keeps no slice of its arguments', () => {
  it('computes a string argument on its kept copy, equal to it, and answers as before', () => {
    const seen: string[] = [];
    const article = 'The minister of health spoke.'.repeat(100);
    const words = boundedMemo(10, (s: string) => (seen.push(s), s.split(' ')));
    const phrase = article.slice(4, 22);
    expect(words(phrase)).toEqual(['minister', 'of', 'health']);
    expect(seen).toEqual(['minister of health']);
    expect(words('minister of health')).toEqual(['minister', 'of', 'health']);
    expect(seen).toHaveLength(1);
  });
});
