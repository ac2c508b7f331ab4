import { describe, expect, it } from 'vitest';
import { LineBuffer, parseLineRecords } from './lineChunks';

const encode = (s: string) => new TextEncoder().encode(s);

describe('lines chunks', () => {
  it.each([
    ['one record', [{ a: 1 }]],
    ['records with characters outside Latin-1', [{ t: 'it’s' }, { t: '“quoted”' }]],
    // ~200 KB: parsed a run of lines at a time
    ['thousands of records', Array.from({ length: 5000 }, (_, i) => ({ id: `q${i}`, text: '’'.repeat(i % 50) }))],
    ['one record longer than a run', [{ text: 'x'.repeat(100_000) }, { n: 2 }]],
  ])('%s come back as they were gathered', (_name, records) => {
    const buffer = new LineBuffer();
    for (const r of records) buffer.push(encode(JSON.stringify(['quotes', r])));
    const lines = buffer.take();
    expect(buffer.size).toBe(0);
    expect(parseLineRecords(lines)).toEqual(records);
  });
});
