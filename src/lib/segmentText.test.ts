import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, type Span } from './segmentText';

/** Runs as [text, active spans, spans ending] for readable rows. */
const show = (text: string, from: number, to: number, spans: Span[]) =>
  segmentText(from, to, spans).map((r) => [text.slice(r.start, r.end), r.active.join(','), r.ends.join(',')]);

describe('segmentText', () => {
  const text = 'abcdefghij';
  it.each([
    ['no spans: one plain run', [], [['abcdefghij', '', '']]],
    ['one span in the middle', [{ start: 2, end: 5 }], [['ab', '', ''], ['cde', '0', '0'], ['fghij', '', '']]],
    ['span covering everything', [{ start: 0, end: 10 }], [['abcdefghij', '0', '0']]],
    ['adjacent spans stay two runs', [{ start: 2, end: 4 }, { start: 4, end: 6 }], [['ab', '', ''], ['cd', '0', '0'], ['ef', '1', '1'], ['ghij', '', '']]],
    ['overlapping spans', [{ start: 1, end: 5 }, { start: 3, end: 8 }], [['a', '', ''], ['bc', '0', ''], ['de', '0,1', '0'], ['fgh', '1', '1'], ['ij', '', '']]],
    ['nested span', [{ start: 1, end: 9 }, { start: 3, end: 5 }], [['a', '', ''], ['bc', '0', ''], ['de', '0,1', '1'], ['fghi', '0', '0'], ['j', '', '']]],
    ['identical spans both end together', [{ start: 2, end: 4 }, { start: 2, end: 4 }], [['ab', '', ''], ['cd', '0,1', '0,1'], ['efghij', '', '']]],
    ['empty span ignored', [{ start: 3, end: 3 }], [['abcdefghij', '', '']]],
    ['inverted span ignored', [{ start: 6, end: 2 }], [['abcdefghij', '', '']]],
    ['span order does not matter', [{ start: 6, end: 8 }, { start: 1, end: 2 }], [['a', '', ''], ['b', '1', '1'], ['cdef', '', ''], ['gh', '0', '0'], ['ij', '', '']]],
  ] as const)('%s', (_n, spans, expected) => expect(show(text, 0, 10, spans as unknown as Span[])).toEqual(expected));

  it('clamps spans to the range (a paragraph of a longer text); one running past it does not end there', () => {
    expect(show(text, 3, 7, [{ start: 0, end: 4 }, { start: 6, end: 20 }])).toEqual([['d', '0', '0'], ['ef', '', ''], ['g', '1', '']]);
  });

  it('an empty range has no runs', () => expect(segmentText(4, 4, [{ start: 0, end: 9 }])).toEqual([]));

  it('leaves its input untouched', () => {
    const spans = Object.freeze([Object.freeze({ start: 5, end: 7 }), Object.freeze({ start: 1, end: 3 })]);
    expect(() => segmentText(0, 10, spans)).not.toThrow();
    expect(spans.map((s) => s.start)).toEqual([5, 1]);
  });

  it('tiles the range and marks exactly the covering spans (property)', () => {
    const span = fc.tuple(fc.nat(30), fc.nat(30)).map(([a, b]) => ({ start: a, end: b }));
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.array(span, { maxLength: 8 }), (a, b, spans) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const runs = segmentText(from, to, spans);
        let at = from;
        for (const r of runs) {
          expect(r.start).toBe(at);
          expect(r.end).toBeGreaterThan(r.start);
          at = r.end;
          for (let c = r.start; c < r.end; c++) {
            const covering = spans.flatMap((s, i) => (s.start <= c && c < s.end ? [i] : []));
            expect(r.active).toEqual(covering);
          }
          expect(r.ends).toEqual(r.active.filter((i) => spans[i]!.end === r.end));
        }
        expect(at).toBe(to > from ? to : from);
      }),
    );
  });
});
