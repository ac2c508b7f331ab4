import { describe, expect, it } from 'vitest';
import { tokenise } from '../nlp/tokenise';
import { tallyDocument, TermTable } from './12-terms';

describe('TermTable.idOfWord', () => {
  it.each([
    ['stop words and short words are not terms', ['The', 'a', 'of', 'Water'], ['-', '-', '-', 'water']],
    ['curly and straight possessives are one term', ['party’s', "party's", 'Party'], ['party', 'party', 'party']],
    ['a word seen again is the same term', ['water', 'Water', 'WATER', 'water'], ['water', 'water', 'water', 'water']],
    ['years count, other numbers do not', ['2019', '42', '2019'], ['2019', '-', '2019']],
  ])('%s', (_, words, names) => {
    const table = new TermTable();
    expect(words.map((w) => table.idOfWord(w)).map((id) => (id < 0 ? '-' : table.names[id]!))).toEqual(names);
  });

  it('numbers each term once', () => {
    const table = new TermTable();
    const ids = ['Water', 'water', 'village', 'water’s', 'Village'].map((w) => table.idOfWord(w));
    expect(ids).toEqual([0, 0, 1, 0, 1]);
    expect(table.names).toEqual(['water', 'village']);
  });
});

describe('tallyDocument', () => {
  it('counts terms of the document and each quote, and phrases frequent in the document', () => {
    const table = new TermTable();
    const text = 'Clean water now. Clean water for the village. Water!';
    const t = tallyDocument(table, text, tokenise(text).tokens, [{ start: 0, end: 16 }]);
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

describe('tallyDocument phrases', () => {
  it.each([
    ['joined by spaces or a spaced hyphen', 'Water rights, water rights. Water - rights!', 'water rights', 3],
    ['a hyphenated word is one term, not a phrase', 'Water-rights, water-rights', 'water rights', undefined],
    ['not across punctuation', 'free Chile. Chile free. free Chile, Chile free', 'chile chile', undefined],
    ['not across a stop word', 'rights of water, rights of water', 'rights water', undefined],
    ['across a possessive', 'the party’s leader, the party’s leader', 'party leader', 2],
  ])('%s', (_, text, phrase, count) => {
    const table = new TermTable();
    const t = tallyDocument(table, text, tokenise(text).tokens, []);
    const counts = new Map<string, number>();
    for (let k = 0; k < t.ends[0]!; k += 2) counts.set(table.names[t.counts[k]!]!, t.counts[k + 1]!);
    expect(counts.get(phrase)).toBe(count);
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

describe('tallyDocument, document after document', () => {
  // pairs are keyed by the terms' numbers within each document: a table holding many terms, and a document
  // whose pairs reuse another's terms in the other order, count as they would alone
  it.each([
    ['a pair and its reverse', 'river delta, river delta. delta river, delta river', ['delta river', 'river delta']],
    ['a pair met before in another document', 'harbour crane, harbour crane, harbour crane', ['harbour crane']],
    ['no pair frequent enough', 'river delta, delta harbour', []],
  ])('%s', (_, text, phrases) => {
    const fresh = new TermTable();
    const busy = new TermTable();
    for (let i = 0; i < 3000; i++) busy.idOfWord(`filler${i.toString(36)}`);
    const before = 'crane harbour, crane harbour. harbour crane';
    tallyDocument(busy, before, tokenise(before).tokens, []);
    const phrasesOf = (table: TermTable) => {
      const t = tallyDocument(table, text, tokenise(text).tokens, []);
      const out: string[] = [];
      for (let k = 0; k < t.ends[0]!; k += 2)
        if (table.names[t.counts[k]!]!.includes(' ')) out.push(table.names[t.counts[k]!]!);
      return out.sort();
    };
    expect(phrasesOf(busy)).toEqual(phrases);
    expect(phrasesOf(fresh)).toEqual(phrases);
  });
});
