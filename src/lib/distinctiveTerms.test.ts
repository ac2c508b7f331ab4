import { describe, expect, it } from 'vitest';
import { computeDistinctiveTerms, logLikelihood, logRatio } from './distinctiveTerms';
import { sumSelectedTermCounts, totalTermCounts, vocabularyIndex, type TermTable } from './termTable';

describe('logLikelihood (G² over the 2×2 table)', () => {
  // [a: term in selection, b: term in rest, c: terms in selection, d: terms in rest, G²]
  it.each<[string, number, number, number, number, number]>([
    // by hand: O = 10, 0, 90, 100; E = 5, 5, 95, 95; 2 (10 ln 2 + 90 ln(90/95) + 100 ln(100/95)) = 14.3895
    ['all uses in one half', 10, 0, 100, 100, 14.3895],
    ['the same in both by count', 10, 10, 100, 100, 0],
    // O = 5, 1, 45, 149; E = 1.5, 4.5, 48.5, 145.5
    ['more in the smaller part', 5, 1, 50, 150, 9.37398],
    // O = 3, 0, 7, 1000; E = 3·10/1010, 3·1000/1010, …
    ['a rare term in a small selection', 3, 0, 10, 1000, 28.68835],
    ['less in the selection scores as a difference too', 0, 10, 100, 100, 14.3895],
    ['term absent everywhere', 0, 0, 100, 100, 0],
    ['no terms at all', 0, 0, 0, 0, 0],
    ['empty selection', 0, 7, 0, 100, 0],
    ['whole corpus (empty rest)', 7, 0, 100, 0, 0],
  ])('%s', (_name, a, b, c, d, g2) => expect(logLikelihood(a, b, c, d)).toBeCloseTo(g2, 4));
});

describe('logRatio', () => {
  it.each<[string, number, number, number, number, number]>([
    ['equal rates', 5, 10, 100, 200, 0],
    ['twice as often', 10, 10, 100, 200, 1],
    ['a zero count in the rest is taken as 0.5', 10, 0, 100, 100, Math.log2(20)],
    ['less often is negative', 1, 8, 100, 100, -3],
  ])('%s', (_name, a, b, c, d, lr) => expect(logRatio(a, b, c, d)).toBeCloseTo(lr, 6));
});

describe('computeDistinctiveTerms', () => {
  const names = ['water', 'peace', 'rights', 'budget', 'clean water', 'human rights'];
  const id = (t: string) => names.indexOf(t);
  const row = (counts: Record<string, number>) => Object.entries(counts).flatMap(([t, n]) => [id(t), n]);
  // records 0 and 1 are the selection in most cases; 2 and 3 the rest
  const table: TermTable = {
    names,
    idOf: vocabularyIndex(names),
    rows: [row({ water: 10, peace: 2, 'clean water': 3 }), row({ rights: 5, budget: 1 }), row({ peace: 40, rights: 5 }), row({ 'human rights': 6 })],
    present: true,
  };
  const distinctive = (flags: number[], options = {}) => computeDistinctiveTerms(table, sumSelectedTermCounts(table, Uint8Array.from(flags)), totalTermCounts(table), options);
  const terms = (r: ReturnType<typeof distinctive>) => ({ words: r.words.map((t) => t.term), phrases: r.phrases.map((t) => t.term) });

  it('lists over-represented terms with counts, G² and log ratio; words against words, phrases against phrases', () => {
    // words: selection 18 of them, rest 45; phrases: 3 and 6
    const r = distinctive([1, 1, 0, 0]);
    expect(r.words).toHaveLength(1);
    expect(r.words[0]).toMatchObject({ term: 'water', here: 10, rest: 0 });
    expect(r.words[0]!.g2).toBeCloseTo(30.4017, 3);
    expect(r.words[0]!.logRatio).toBeCloseTo(Math.log2(10 / 18 / (0.5 / 45)), 6);
    expect(r.phrases).toHaveLength(1);
    expect(r.phrases[0]).toMatchObject({ term: 'clean water', here: 3, rest: 0 });
    expect(r.phrases[0]!.g2).toBeCloseTo(11.4573, 3);
  });

  it.each<[string, number[], object, { words: string[]; phrases: string[] }]>([
    // rights: 5 of 18 here, 5 of 45 in the rest: over-represented but G² 2.47
    ['over-represented below the cut-off is left out', [1, 1, 0, 0], {}, { words: ['water'], phrases: ['clean water'] }],
    ['a lower cut-off lets it in, after the stronger one', [1, 1, 0, 0], { minG2: 2 }, { words: ['water', 'rights'], phrases: ['clean water'] }],
    // budget is used once, only in the selection
    ['one use is not enough by default', [1, 1, 0, 0], { minG2: 0 }, { words: ['water', 'rights'], phrases: ['clean water'] }],
    // budget's G² is 2.55, above rights' 2.47: a term only in the selection outranks a common one
    ['unless asked', [1, 1, 0, 0], { minG2: 0, minCount: 1 }, { words: ['water', 'budget', 'rights'], phrases: ['clean water'] }],
    // peace: 40 of 45 in the rest; human rights: all 6 phrases of the rest
    ['the other side has its own', [0, 0, 1, 1], {}, { words: ['peace'], phrases: ['human rights'] }],
    ['n caps each list', [1, 1, 0, 0], { minG2: 0, n: 1 }, { words: ['water'], phrases: ['clean water'] }],
    ['whole corpus selected: nothing distinctive', [1, 1, 1, 1], { minG2: 0, minCount: 1 }, { words: [], phrases: [] }],
    ['empty selection: nothing distinctive', [0, 0, 0, 0], { minG2: 0, minCount: 1 }, { words: [], phrases: [] }],
  ])('%s', (_name, flags, options, expected) => expect(terms(distinctive(flags, options))).toEqual(expected));

  it('ranks by G², ties by term', () => {
    const t: TermTable = { ...table, rows: [row({ water: 4, peace: 4 }), row({ rights: 8 })] };
    const r = computeDistinctiveTerms(t, sumSelectedTermCounts(t, Uint8Array.from([1, 0])), totalTermCounts(t), { minG2: 0 });
    expect(r.words.map((w) => w.term)).toEqual(['peace', 'water']);
    expect(r.words[0]!.g2).toBe(r.words[1]!.g2);
  });

  it('does not change the counts it is given', () => {
    const here = sumSelectedTermCounts(table, Uint8Array.from([1, 1, 0, 0]));
    const all = totalTermCounts(table);
    const [h, a] = [here.slice(), all.slice()];
    distinctive([1, 1, 0, 0]);
    computeDistinctiveTerms(table, here, all);
    expect(here).toEqual(h);
    expect(all).toEqual(a);
  });
});
