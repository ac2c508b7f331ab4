import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldForTagger, tokenise } from './tokenise';

const TEXT = [
  'Harbour talks end',
  '',
  '"We will not sell the port," said the mayor, Ida Lund, on Monday. She spoke for 20 minutes.',
  "  The minister's aide, Mr. Otto Berg, told reporters that talks would resume in May.  ",
].join('\n');

describe('tokenise', () => {
  it('gives every token its offsets in the document text', () => {
    const doc = tokenise(TEXT);
    for (const t of doc.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.sentences.map((s) => TEXT.slice(s.start, s.end))).toContain('She spoke for 20 minutes.');
  });

  it('keeps the whitespace before a token and never joins sentences across paragraphs', () => {
    const doc = tokenise(TEXT);
    const lund = doc.tokens.find((t) => t.text === 'Lund')!;
    expect(lund.spaceBefore).toBe(' ');
    for (const s of doc.sentences) expect(TEXT.slice(s.start, s.end)).not.toContain('\n');
  });

  it('tags and bounds exactly as wink-nlp with its full default pipe', () => {
    const full = winkNLP(model);
    const doc = tokenise(TEXT);
    for (const p of doc.paragraphs) {
      const ref = full.readDoc(TEXT.slice(p.start, p.end));
      const mine = doc.tokens.filter((t) => t.start >= p.start && t.end <= p.end);
      expect(mine.map((t) => t.pos)).toEqual(ref.tokens().out(full.its.pos));
      const bounds = doc.sentences.filter((s) => s.start >= p.start && s.end <= p.end).length;
      expect(bounds).toBe(ref.sentences().length());
    }
  });
  it('keeps names with letters beyond Latin-1 whole, spelled as written', () => {
    const text = 'Mayor Ewa Kamińska met Pavel Řezníček, Ayşe Kılıç and Nguyễn Văn Long in Łódź.';
    const doc = tokenise(text);
    const words = doc.tokens.map((t) => t.text);
    for (const w of ['Kamińska', 'Řezníček', 'Ayşe', 'Kılıç', 'Nguyễn', 'Văn', 'Łódź']) expect(words).toContain(w);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.find((t) => t.text === 'Řezníček')?.pos).toBe('PROPN');
  });
  it('folds each such letter to one plain letter, so offsets are kept', () => {
    expect(foldForTagger('Łódź, Dvořák, Yılmaz, Ngọc, café')).toBe('Lódz, Dvorák, Yilmaz, Ngoc, café');
  });
});
