import { describe, expect, it } from 'vitest';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { buildIndex } from './corpusIndex';
import { documentQuoteMarks, documentSpeakerNames, findMentions } from './documentMarks';
import { locateEvidence, occurrences } from './locateEvidence';
import { paragraphAt, paragraphWindow, splitParagraphs } from './paragraphs';

const texts = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it.each([
    ['blank-line paragraphs', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['single line breaks are paragraphs too', 'Title\nBody text.\n', ['Title', 'Body text.']],
    ['surrounding whitespace trimmed, blank lines dropped', '  a  \r\n \t \n\u00a0b', ['a', 'b']],
    ['empty text', '', []],
    ['only whitespace', ' \n\n ', []],
  ] as const)('%s', (_n, text, expected) => expect(texts(text, splitParagraphs(text))).toEqual(expected));

  it('finds the paragraph holding an offset', () => {
    const text = 'One.\n\nTwo two.\n\nThree.';
    const ps = splitParagraphs(text);
    expect([0, 3, 4, 6, text.indexOf('Three'), text.length].map((o) => paragraphAt(ps, o))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(paragraphAt([], 5)).toBe(0);
  });
});

describe('paragraphWindow', () => {
  it.each([
    ['opened at the top', [1000, 0, 150, 40], { from: 0, to: 150 }],
    ['opened deep in a long text: some paragraphs before it', [1000, 500, 150, 40], { from: 460, to: 610 }],
    ['near the end: clamped to the paragraphs there are', [1000, 990, 150, 40], { from: 950, to: 1000 }],
    ['short text: all of it', [12, 5, 150, 40], { from: 0, to: 12 }],
    ['widened both ways', [1000, 500, 150, 40, 150, 300], { from: 310, to: 910 }],
    ['widened past either end', [1000, 500, 150, 40, 9999, 9999], { from: 0, to: 1000 }],
    ['no paragraphs', [0, 0, 150, 40], { from: 0, to: 0 }],
  ] as const)('%s', (_n, args, expected) => expect(paragraphWindow(...(args as unknown as Parameters<typeof paragraphWindow>))).toEqual(expected));
});

describe('occurrences', () => {
  it.each([
    ['whole words, any case', 'Sweden, swedens and SWEDEN.', 'sweden', ['Sweden', 'SWEDEN']],
    ['a phrase across a line break', 'from the Iranian\nCommunity of Sweden', 'Iranian Community', ['Iranian\nCommunity']],
    ['regex characters are literal', 'the (PMOI / MEK Iran) and PMOI', '(PMOI / MEK Iran)', ['(PMOI / MEK Iran)']],
    ['empty phrase finds nothing', 'abc', '  ', []],
  ] as const)('%s', (_n, text, phrase, expected) => expect(texts(text, occurrences(text, phrase))).toEqual(expected));
});

describe('locateEvidence', () => {
  const text = 'Sweden hosted it.\n\nAli Pahlavan from the Iranian Community of Sweden\n\n“We stand.”\n\nOther Person from the Iranian Community of Sweden';
  it.each([
    ['the descriptor nearest the speaker, and the country inside it', 'country "Sweden" in "from the Iranian Community of Sweden"', ['Ali Pahlavan'], ['from the Iranian Community of Sweden', 'Sweden'], 'Ali'],
    ['nearest another name picks the other occurrence', 'country "Sweden" in "from the Iranian Community of Sweden"', ['Other Person'], ['from the Iranian Community of Sweden', 'Sweden'], 'Other'],
    ['a bare word near the name', 'Community', ['Ali Pahlavan'], ['Community', 'Community'], 'Ali'],
    ['curly quotes in the basis', 'section heading “Iranian Community of Sweden”', [], ['Iranian Community of Sweden', 'Iranian Community of Sweden'], 'Ali'],
  ] as const)('%s', (_n, basis, names, [passage, words], near) => {
    const spot = locateEvidence(text, basis, names)!;
    expect([text.slice(spot.passage.start, spot.passage.end), text.slice(spot.words.start, spot.words.end)]).toEqual([passage, words]);
    // the occurrence on `near`'s line, just after the name
    expect(spot.passage.start - text.indexOf(near)).toBeGreaterThan(0);
    expect(spot.passage.start - text.indexOf(near)).toBeLessThan(35);
    expect(spot.words.start).toBeGreaterThanOrEqual(spot.passage.start);
    expect(spot.words.end).toBeLessThanOrEqual(spot.passage.end);
  });
  it('a description that quotes nothing in the text is not found', () => {
    expect(locateEvidence(text, 'listed under a community section heading', ['Ali Pahlavan'])).toBeUndefined();
    expect(locateEvidence(text, 'country "Norway" in "of the Norwegian youths"', [])).toBeUndefined();
  });
});

describe('findMentions', () => {
  const speakers = [
    { id: 'mo', name: 'Magnus Oscarsson', names: ['Magnus Oscarsson', 'Oscarsson', 'MP Magnus Oscarsson'] },
    { id: 'ra', name: 'Maryam Rajavi', names: ['Maryam Rajavi', 'Rajavi', 'Oscarsson'] },
  ];
  const text = 'Swedish MP Magnus Oscarsson spoke. Oscarsson, then Mrs Rajavi; Rajavis and rajavi are not names. Magnus\nOscarsson again.';
  it('finds every whole-word name, the longest where they overlap, with its speaker', () => {
    expect(findMentions(text, speakers).map((m) => [text.slice(m.start, m.end), m.kind === 'mention' && m.speakerId])).toEqual([
      ['MP Magnus Oscarsson', 'mo'],
      ['Oscarsson', 'mo'],
      ['Rajavi', 'ra'],
      ['Magnus\nOscarsson', 'mo'],
    ]);
  });
  it('only within [from, to)', () => {
    const from = text.indexOf('Oscarsson,');
    expect(findMentions(text, speakers, from, text.indexOf('Rajavis')).map((m) => text.slice(m.start, m.end))).toEqual(['Oscarsson', 'Rajavi']);
  });
  it('no names, no mentions', () => expect(findMentions(text, [])).toEqual([]));
});

describe('documentQuoteMarks and documentSpeakerNames', () => {
  it('marks attributed and unattributed quotes with their speaker and kind', () => {
    const c = smallCorpus();
    c.quotes[1] = { ...c.quotes[1]!, kind: 'reported' };
    const t = c.documents[0]!.text;
    c.unattributed = [{ id: 'u1', documentId: 'd1', eventId: 'e1', start: t.indexOf('More later'), end: t.indexOf('More later') + 10, text: 'More later' }];
    const marks = documentQuoteMarks(buildIndex(c), 'd1');
    expect(marks.map((m) => m.kind === 'quote' && [t.slice(m.start, m.end), m.speaker, m.quoteKind])).toEqual([
      ['Water is life,', 'Ana Prime', 'direct'],
      ['Clean water for every town.', 'Ben Second', 'reported'],
      ['More later', 'unattributed', 'direct'],
    ]);
  });
  it('lists the speakers named or quoted in a document with their aliases and surname', () => {
    expect(documentSpeakerNames(buildIndex(smallCorpus()), 'd1')).toEqual([
      { id: 's1', name: 'Ana Prime', names: ['Ana Prime', 'A. Prime', 'Prime'] },
      { id: 's2', name: 'Ben Second', names: ['Ben Second', 'Second'] },
    ]);
  });
  it('leaves out a surname two speakers of the document share, and single-word names', () => {
    const c = smallCorpus();
    c.speakers[1] = { ...c.speakers[1]!, name: 'Bea Prime' };
    c.speakers[0] = { ...c.speakers[0]!, aliases: [] };
    expect(documentSpeakerNames(buildIndex(c), 'd1').map((s) => s.names)).toEqual([['Ana Prime'], ['Bea Prime']]);
    c.speakers[0] = { ...c.speakers[0]!, name: 'Madonna' };
    expect(documentSpeakerNames(buildIndex(c), 'd1').map((s) => s.names)).toEqual([['Madonna'], ['Bea Prime', 'Prime']]);
  });
  it.each([
    ['a particle stays with the surname', 'Soulmaz Abu Ali', 'Abu Ali'],
    ['a lower-case particle too', 'Anna van Dijk', 'van Dijk'],
    ['a surname that is a given name in the corpus is left out', 'Rosa Ben', undefined],
  ] as const)('%s', (_n, name, surname) => {
    const c = smallCorpus();
    c.speakers[0] = { ...c.speakers[0]!, name, aliases: [] };
    const names = documentSpeakerNames(buildIndex(c), 'd1')[0]!.names;
    expect(names).toEqual(surname ? [name, surname] : [name]);
  });
});
