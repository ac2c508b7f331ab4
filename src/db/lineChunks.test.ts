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

describe('LineBuffer of ranges', () => {
  /** The lines of `text` as ranges of its bytes, as a network piece gives them ("\r\n" ends too). */
  const spans = (source: Uint8Array) => {
    const out: { source: Uint8Array; start: number; end: number }[] = [];
    for (let start = 0, nl = source.indexOf(10); nl >= 0; start = nl + 1, nl = source.indexOf(10, start)) out.push({ source, start, end: source[nl - 1] === 13 ? nl - 1 : nl });
    return out;
  };
  it.each([
    ['consecutive lines of one piece', ['a', 'bé’', '', 'c'].map((l) => l + '\n').join(''), ['a', 'bé’', '', 'c']],
    ['CRLF line ends (the CR left out)', 'a\r\nb\r\nc\n', ['a', 'b', 'c']],
  ])('%s come back as lines', (_name, text, lines) => {
    const buffer = new LineBuffer();
    for (const s of spans(encode(text))) buffer.push(s);
    expect(buffer.size).toBe(lines.reduce((n, l) => n + encode(l).length + 1, 0));
    expect(new TextDecoder().decode(buffer.take())).toBe(lines.map((l) => l + '\n').join(''));
  });

  it('takes lines from two pieces and every other line of one', () => {
    const a = encode('one\ntwo\nthree\n');
    const b = encode('four\nfive\n');
    const buffer = new LineBuffer();
    const [one, two, three] = spans(a);
    const [four, five] = spans(b);
    for (const s of [one!, three!, four!, five!, two!]) buffer.push(s);
    expect(new TextDecoder().decode(buffer.take())).toBe('one\nthree\nfour\nfive\ntwo\n');
  });
});

describe('LineBuffer detached', () => {
  it.each([
    ['lines of every length across several blocks of memory', (i: number) => `${i}’`.padEnd(i % 3000, 'x'), '\n'],
    ['CRLF lines, empty ones too', (i: number) => (i % 7 === 0 ? '' : `line ${i}`), '\r\n'],
  ])('%s: copied out before their buffer changes, they come back whole', (_name, lineAt, end) => {
    const lines = Array.from({ length: 3000 }, (_, i) => lineAt(i));
    const source = encode(lines.map((l) => l + end).join(''));
    const buffer = new LineBuffer();
    let start = 0;
    lines.forEach((l, i) => {
      const n = encode(l).length;
      buffer.push({ source, start, end: start + n });
      start += n + encode(end).length;
      if (i % 97 === 0) buffer.detach();
    });
    buffer.detach();
    // the source is written over, as a network piece read into again is
    source.fill(0x21);
    expect(new TextDecoder().decode(buffer.take())).toBe(lines.map((l) => l + '\n').join(''));
    expect(buffer.size).toBe(0);
    // and the buffer is ready for the next chunk
    buffer.push(encode('next'));
    expect(new TextDecoder().decode(buffer.take())).toBe('next\n');
  });
});
