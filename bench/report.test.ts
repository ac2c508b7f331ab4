import { describe, expect, it } from 'vitest';
import { formatMs, formatReport, type BenchResult } from './report';
import { computeSummary } from './stats';

describe('formatMs', () => {
  it.each([
    [0.4213, '0.42 ms'],
    [9.999, '10.00 ms'],
    [12.34, '12.3 ms'],
    [1234.5, '1,235 ms'],
    [Number.NaN, '—'],
  ])('%d → %s', (ms, expected) => {
    expect(formatMs(ms)).toBe(expected);
  });
});

const result = (name: string, samples: number[], extra?: BenchResult['extra'], size?: number | string): BenchResult => ({
  name,
  summary: computeSummary(samples),
  ...(extra ? { extra } : {}),
  ...(size !== undefined ? { size } : {}),
});

describe('formatReport', () => {
  it('renders a header, an alignment row and one row per result', () => {
    const md = formatReport({ results: [result('preprocess', [100, 120, 110], undefined, 1000)] });
    expect(md.trimEnd().split('\n')).toEqual([
      '| Benchmark | Size | Runs | Median | p95 | Min | Max |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| preprocess | 1,000 | 3 | 110 ms | 119 ms | 100 ms | 120 ms |',
    ]);
  });

  it('adds extra columns as the union of keys, leaving missing cells empty', () => {
    const md = formatReport({
      results: [result('a', [1], { 'articles/s': 812.25 }), result('b', [2], { recall: 0.9375 })],
    });
    const [header, , a, b] = md.split('\n');
    expect(header).toBe('| Benchmark | Size | Runs | Median | p95 | Min | Max | articles/s | recall |');
    expect(a).toBe('| a |  | 1 | 1.00 ms | 1.00 ms | 1.00 ms | 1.00 ms | 812.3 |  |');
    expect(b).toBe('| b |  | 1 | 2.00 ms | 2.00 ms | 2.00 ms | 2.00 ms |  | 0.938 |');
  });

  it('puts the title and environment above the table', () => {
    const md = formatReport({ title: 'Podium bench', environment: { node: 'v20.19.0' }, results: [] });
    expect(md.startsWith('## Podium bench\n\n- node: v20.19.0\n\n| Benchmark |')).toBe(true);
  });

  it('escapes pipes and newlines so a cell cannot break the table', () => {
    const md = formatReport({ results: [result('filter | country\nGB', [1])] });
    expect(md).toContain('| filter \\| country GB |');
  });

  it('does not mutate its input', () => {
    const report = { results: [result('x', [3, 1, 2], { k: 1 })] };
    const before = JSON.stringify(report);
    formatReport(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});
