import { describe, expect, it } from 'vitest';
import { parseAfter, parseBefore, quoteSpans } from './attribution';

const none = new Set<string>();
const spanText = (line: string) => quoteSpans(line).map((s) => line.slice(s.start, s.end));

describe('quoteSpans', () => {
  it.each([
    ['one quote', 'He said “we win,” then left.', ['“we win,”']],
    [
      'nested quotes stay inside',
      '“They chanted “down with him” all night,” she said.',
      ['“They chanted “down with him” all night,”'],
    ],
    ['open to the end of the paragraph', '“We continue tomorrow', ['“We continue tomorrow']],
    ['closing mark only: continues an earlier paragraph', 'and so we will.” Then silence.', ['and so we will.”']],
    ['straight quotes', 'He said "yes," and "no."', ['"yes,"', '"no."']],
    ['no quotes', 'Plain text.', []],
  ])('%s', (_n, line, expected) => expect(spanText(line)).toEqual(expected));
});

function after(line: string) {
  const [first] = quoteSpans(line);
  return parseAfter(line.slice(first!.end), first!, none);
}

describe('parseAfter: who the text after a quote names', () => {
  it.each([
    ['name then verb', '“We win,” Jane Doe said.', 'Jane Doe'],
    ['verb then title and name', '“We win,” said Swedish MP Jane Doe in her speech.', 'Jane Doe'],
    ['appositive between name and verb', '“We win,” Jane Doe, former mayor of Lyon, said.', 'Jane Doe'],
    ['honorific and surname', '“We win,” said Sen. Doe.', 'Doe'],
    ['a title that looks like a name is skipped', '“We win,” said Deputy Foreign Minister Ana Silva.', 'Ana Silva'],
    [
      'name straight after a comma-closed quote, no verb',
      '“We win,” British MP Jane Doe, former minister. “More.”',
      'Jane Doe',
    ],
  ])('%s', (_n, line, name) => {
    const r = after(line);
    expect(r?.kind).toBe('name');
    if (r?.kind === 'name') expect(r.who.name).toBe(name);
  });

  it.each([
    ['pronoun', '“We win,” she added.', 'anaphor'],
    ['descriptor instead of a name', '“We win,” the party leader continued.', 'anaphor'],
    ['unnamed group', '“We win,” several members said.', 'unnamed'],
    ['a document, not a person', '“We win,” the statement said.', 'unnamed'],
    ['an organisation', '“We win,” Amnesty International said.', 'unnamed'],
  ])('%s', (_n, line, kind) => expect(after(line)?.kind).toBe(kind));

  it('a quote ending in a full stop has no attribution after it', () => {
    expect(after('They chanted “down with him.” Hearing that reminded me of home.')).toBeNull();
  });

  it('an apposition after "said X," ends where a relative clause begins, comma or not', () => {
    const r = after('“We are going bankrupt,” said Piet Claes, a dairy farmer from Ghent who drove all night.');
    expect(r?.kind === 'name' && r.who.titles).toEqual(['a dairy farmer from Ghent']);
  });

  it('keeps titles: descriptor before and appositive after the name', () => {
    const r = after('“We win,” Norwegian MP Kari Nordmann, Member of the Finance Committee, said.');
    expect(r?.kind === 'name' && r.who.titles).toEqual(['Norwegian MP', 'Member of the Finance Committee']);
  });
});

describe('parseBefore: who the text before a quote names', () => {
  it.each([
    ['Regarding the vote, Ms. Doe said, ', 'Doe'],
    ['Jane Doe described the crackdown as a crime and said: ', 'Jane Doe'],
  ])('%s', (seg, name) => {
    const r = parseBefore(seg, none);
    expect(r?.kind === 'name' && r.who.name).toBe(name);
  });
  it('no name: the verb refers back to the current speaker', () => {
    expect(parseBefore('The party chief concluded by saying, ', none)?.kind).toBe('anaphor');
  });
  it('no speech verb: nothing', () => expect(parseBefore('The crowd waited for ', none)).toBeNull());
  it('an apposition closes with a comma before the verb; a clause that does not close is no title', () => {
    const titles = (seg: string) => {
      const r = parseBefore(seg, none);
      return r?.kind === 'name' ? r.who.titles : null;
    };
    expect(titles('Jane Doe, coordinator of the river campaign, said: ')).toEqual([
      'coordinator of the river campaign',
    ]);
    expect(titles('Jane Doe, Omar Sesay and Lin Park signed a letter saying ')).toEqual([]);
    // an age between commas is no title
    expect(titles('Jane Doe, 78, said: ')).toEqual([]);
    // past an age and an article
    expect(titles('Jane Doe, 23, a spokeswoman for the river campaign, said: ')).toEqual([
      'spokeswoman for the river campaign',
    ]);
  });
  it('after a quote too: a name list before the verb is no apposition of the first name', () => {
    const r = after('“We win,” Jane Doe, Omar Sesay and Lin Park said in a letter.');
    expect(r?.kind === 'name' && r.who.titles).toEqual([]);
  });
});
