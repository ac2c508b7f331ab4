import { describe, expect, it } from 'vitest';
import { forEachWordSpan } from '../../lib/tokenize';
import { tallyDocument, TermTable } from './12-terms';

/** Every word of `text` by idOfSpan, next to idOfWord of the same word in a second table fed the same words. */
function bothWays(text: string): { bySpan: string[]; byWord: string[] } {
  const spans = new TermTable();
  const words = new TermTable();
  const bySpan: string[] = [];
  const byWord: string[] = [];
  const name = (t: TermTable, id: number) => (id < 0 ? '-' : t.names[id]!);
  forEachWordSpan(text, (src, start, end, folded) => {
    bySpan.push(name(spans, spans.idOfSpan(src, start, end, folded)));
    const w = src.slice(start, end);
    byWord.push(name(words, words.idOfWord((folded ? w : w.toLowerCase()).replace(/’/g, "'"))));
  });
  return { bySpan, byWord };
}

describe('TermTable.idOfSpan', () => {
  it.each([
    ['stop words and short words are not terms', 'The a of Water', ['-', '-', '-', 'water']],
    ['curly and straight possessives are one term', "party’s party's Party", ['party', 'party', 'party']],
    ['a word seen again is found by its characters', 'water Water WATER', ['water', 'water', 'water']],
    ['years count, other numbers do not', '2019 42 2019', ['2019', '-', '2019']],
    ['a text that lower-cases to more characters', 'İzmir İzmir’s', ['i̇zmir', 'i̇zmir']],
  ])('%s', (_, text, names) => {
    const { bySpan, byWord } = bothWays(text);
    expect(bySpan).toEqual(names);
    expect(byWord).toEqual(names);
  });

  it('agrees with idOfWord past many table growths', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x ’tis t’s`).join(' ');
    const { bySpan, byWord } = bothWays(text);
    expect(bySpan).toEqual(byWord);
  });
});

describe('tallyDocument', () => {
  it('counts terms of the document and each quote, and phrases frequent in the document', () => {
    const table = new TermTable();
    const text = 'Clean water now. Clean water for the village. Water!';
    const t = tallyDocument(table, text, [{ start: 0, end: 16 }]);
    const rows = (from: number, to: number) => {
      const out: [string, number][] = [];
      for (let k = from; k < to; k += 2) out.push([table.names[t.counts[k]!]!, t.counts[k + 1]!]);
      return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    };
    expect(rows(0, t.ends[0]!)).toEqual([
      ['clean', 2],
      ['clean water', 2],
      ['village', 1],
      ['water', 3],
    ]);
    expect(rows(t.ends[0]!, t.ends[1]!)).toEqual([
      ['clean', 1],
      ['clean water', 1],
      ['water', 1],
    ]);
  });
});

describe('TermTable.phrase', () => {
  it('numbers each pair once, however many pairs the table holds', () => {
    const table = new TermTable();
    const words = Array.from({ length: 60 }, (_, i) =>
      table.idOfWord(`word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`),
    );
    const ids = new Map<string, number>();
    // 3,600 pairs: the table grows several times on the way
    for (const a of words) for (const b of words) ids.set(`${a} ${b}`, table.phrase(a, b));
    expect(new Set(ids.values()).size).toBe(3600);
    for (const a of words) for (const b of words) expect(table.phrase(a, b)).toBe(ids.get(`${a} ${b}`));
    expect(table.names[table.phrase(words[1]!, words[0]!)]).toBe(`${table.names[words[1]!]} ${table.names[words[0]!]}`);
  });
});
