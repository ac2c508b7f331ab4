import { describe, expect, it } from 'vitest';
import { sentenceBounds, spanInSentence } from './sentenceBounds';

/** [before, span, after] of the first occurrence of `span` in `text`. */
const around = (text: string, span: string) => {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`${span} not in text`);
  const r = spanInSentence(text, start, start + span.length);
  return [r.before, r.span, r.after] as const;
};

describe('spanInSentence', () => {
  it.each([
    ['attribution after the quote', 'Summit opens. "Water is life," said Ana Prime. Ben added.', 'Water is life,', ['"', 'Water is life,', '" said Ana Prime.']],
    ['attribution before the quote', 'Day two. Ana Prime said "Water again". Then lunch.', 'Water again', ['Ana Prime said "', 'Water again', '".']],
    ['quote ending its own sentence stops at the closing mark', 'He added: "Clean water for every town." Ben left.', 'Clean water for every town.', ['He added: "', 'Clean water for every town.', '"']],
    ['never crosses a paragraph break', 'First para\nSay “we must act” now\nNext para.', 'we must act', ['Say “', 'we must act', '” now']],
    ['abbreviations do not end a sentence', 'Later Dr. Ramesh Seperad said “hope wins” at the U.S. embassy. End.', 'hope wins', ['Later Dr. Ramesh Seperad said “', 'hope wins', '” at the U.S. embassy.']],
    ['quote spanning paragraphs keeps both ends', 'Intro. “One.\n\nTwo.” she said. Next.', 'One.\n\nTwo.', ['“', 'One.\n\nTwo.', '”']],
    ['span at the very start and end of the text', 'Only words', 'Only words', ['', 'Only words', '']],
    ['reported speech mid-sentence', 'He said that Berlin would pay, and left. Next.', 'Berlin would pay', ['He said that ', 'Berlin would pay', ', and left.']],
  ] as const)('%s', (_n, text, span, expected) => expect(around(text, span)).toEqual(expected));

  it('cuts long unpunctuated context at a word and marks the cut', () => {
    const text = 'word '.repeat(200) + 'QUOTE' + ' more'.repeat(200);
    const [before, span, after] = around(text, 'QUOTE');
    expect(span).toBe('QUOTE');
    expect(before.startsWith('…word ')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(402);
    expect(after.length).toBeLessThanOrEqual(401);
    expect(after.endsWith('more…')).toBe(true);
  });

  it('clamps offsets outside the text', () => expect(sentenceBounds('abc. def', 6, 99)).toMatchObject({ start: 5, end: 8 }));
});
