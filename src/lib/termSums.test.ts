import { describe, expect, it } from 'vitest';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { computeMasks } from './computeMasks';
import { computeSelection } from './computeSelection';
import { buildIndex } from './corpusIndex';
import { EMPTY_FILTERS, type Filters } from './filters';
import { computeTermSums } from './termSums';
import type { TermSource } from './urlState';

const index = buildIndex(smallCorpus());
const sumsOf = (f: Filters, source: TermSource) => {
  const masks = computeMasks(index, f, source);
  const r = computeTermSums(index, masks, computeSelection(index, masks, f, undefined, source), f, source);
  return Object.fromEntries([...r.sums].flatMap((n, id) => (n ? [[r.table.names[id]!, n]] : [])));
};

describe('computeTermSums', () => {
  it.each<[string, Filters, TermSource, Record<string, number>]>([
    ['whole corpus, quotes', EMPTY_FILTERS, 'quote', { water: 4, life: 1, 'water life': 1, clean: 1, town: 1, 'clean water': 1, education: 1, matters: 1, local: 1, councils: 1, budgets: 1, 'local councils': 1 }],
    ['one country, quotes', { ...EMPTY_FILTERS, country: ['GB'] }, 'quote', { clean: 1, water: 1, town: 1, 'clean water': 1 }],
    ['a term filter is lifted: the same as without it', { ...EMPTY_FILTERS, country: ['GB'], term: ['education'] }, 'quote', { clean: 1, water: 1, town: 1, 'clean water': 1 }],
    ['one event, full texts', { ...EMPTY_FILTERS, event: ['e2'] }, 'document', { education: 1, water: 1 }],
  ])('%s', (_n, f, source, expected) => expect(sumsOf(f, source)).toEqual(expected));

  it('sums once for the same masks and filters, again for other filters', () => {
    const f = { ...EMPTY_FILTERS, role: ['academic'] };
    const masks = computeMasks(index, f);
    const sel = computeSelection(index, masks, f);
    const first = computeTermSums(index, masks, sel, f, 'quote');
    expect(computeTermSums(index, masks, sel, { ...f }, 'quote')).toBe(first);
    expect(computeTermSums(index, masks, sel, f, 'document')).not.toBe(first);
    expect(computeTermSums(index, computeMasks(index, f), sel, f, 'quote')).not.toBe(first);
  });
});
