import { describe, expect, it } from 'vitest';
import { termSet } from './12-terms';
import { groupEvents, type EventDoc } from './14-events';

const doc = (id: string, date: string | null, lead: string, speakers: number[] = []): EventDoc => ({
  id,
  file: `${id}.txt`,
  title: lead.split('\n')[0]!,
  date,
  lead,
  speakers,
});

describe('groupEvents', () => {
  const docs = [
    doc('a', '2021-03-02', 'Water forum opens\nFarmers meet on water rights'),
    doc('b', '2021-03-02', 'Water rights forum\nFarmers and water'),
    doc('c', '2021-03-02', 'Budget vote\nParliament passes the budget'),
    doc('d', null, 'Later report', [7]),
    doc('e', '2021-05-01', 'Trade fair', [7]),
  ];
  it('joins documents of a date with similar leads; a dated one without a match starts its own', () => {
    const { events } = groupEvents(docs);
    expect(events.map((e) => e.documentIds)).toEqual([['a', 'b'], ['c'], ['e'], ['d']]);
  });
  it('gives an undated document sharing one speaker only an undated event of its own, never none', () => {
    const { events, eventOf } = groupEvents(docs);
    expect(events[eventOf.get('d')!]).toMatchObject({ date: null, documentIds: ['d'] });
  });
  it('gives the same events from lead terms found beforehand', () => {
    const withTerms = docs.map((d) => ({ ...d, leadTerms: [...termSet(d.lead ?? '')] }));
    expect(groupEvents(withTerms)).toEqual(groupEvents(docs));
  });
});
