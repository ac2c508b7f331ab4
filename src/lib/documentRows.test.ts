import { describe, expect, it } from 'vitest';
import { smallCorpus } from './__fixtures__/smallCorpus';
import { buildIndex } from './corpusIndex';
import { computeDocumentRows, orderDocuments } from './documentRows';

describe('the articles list', () => {
  it('orders the flagged documents by event date, undated and eventless last, with their speakers', () => {
    const index = buildIndex(smallCorpus());
    const order = orderDocuments(index, Uint8Array.from([1, 1, 1, 1]));
    const rows = computeDocumentRows(index, order);
    expect(rows.map((r) => [r.doc.id, r.event, r.date, r.speakers])).toEqual([
      ['d1', 'Summit', '2021-03-01', 2],
      ['d2', 'Summit day two', '2021-03-02', 2],
      ['d3', 'Forum', '', 2],
      ['d4', '', '', 0], // no event and no speaker: still listed, so it can be read
    ]);
  });

  it('lists only the flagged ones', () => {
    const index = buildIndex(smallCorpus());
    expect(Array.from(orderDocuments(index, Uint8Array.from([0, 1, 0, 1])), (p) => index.corpus.documents[p]!.id)).toEqual(['d2', 'd4']);
  });
});
