import { describe, expect, it } from 'vitest';
import { csvBlob, toCsv } from './toCsv';

const one = [{ key: 'v', header: 'V' }];
/** The single data cell that toCsv writes for one value. */
const cell = (v: unknown) => toCsv([{ v }], one).slice('V\r\n'.length, -2);

describe('toCsv cells', () => {
  it.each([
    ['plain text', 'plain', 'plain'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['a number', 42, '42'],
    ['a negative number (not a formula)', -3.5, '-3.5'],
    ['NaN', Number.NaN, ''],
    ['a boolean', true, 'true'],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote, doubled', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['an array', ['GB', 'FR'], 'GB; FR'],
    ['an array with nulls', ['GB', null, 'FR'], 'GB; FR'],
    ['an empty array', [], ''],
    ['an array with a comma', ['a,b', 'c'], '"a,b; c"'],
    ['a date', new Date(Date.UTC(2024, 0, 2)), '2024-01-02T00:00:00.000Z'],
    ['an object', { a: 1 }, '"{""a"":1}"'],
    ['leading =', '=SUM(A1)', "'=SUM(A1)"],
    ['leading +', '+44 20', "'+44 20"],
    ['leading - in text', '-2+3', "'-2+3"],
    ['leading @', '@cmd', "'@cmd"],
    ['leading tab', '\t=1', "'\t=1"],
    ['formula with a comma, prefixed then quoted', '=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['= later in the text', 'a=b', 'a=b'],
    ['unicode', 'Zoë Ünal', 'Zoë Ünal'],
    ['empty string', '', ''],
  ])('%s', (_, value, expected) => {
    expect(cell(value)).toBe(expected);
  });
});

describe('toCsv tables', () => {
  it('writes a header and one CRLF-terminated line per row, in column order', () => {
    const rows = [
      { name: 'A', country: 'GB', n: 2 },
      { name: 'B', country: null, n: 0 },
    ];
    const columns = [
      { key: 'name', header: 'Name' },
      { key: 'n', header: 'Quotes' },
      { key: 'country', header: 'Country' },
    ];
    expect(toCsv(rows, columns)).toBe('Name,Quotes,Country\r\nA,2,GB\r\nB,0,\r\n');
  });

  it('reads array rows by index', () => {
    expect(
      toCsv(
        [
          ['x', 1],
          ['y', 2],
        ],
        [
          { key: 1, header: 'n' },
          { key: 0, header: 'id' },
        ],
      ),
    ).toBe('n,id\r\n1,x\r\n2,y\r\n');
  });

  it('escapes headers too', () => {
    expect(toCsv([], [{ key: 'a', header: 'Speakers, total' }])).toBe('"Speakers, total"\r\n');
  });

  it('writes an empty cell for a missing key', () => {
    expect(toCsv([{}], one)).toBe('V\r\n\r\n');
  });

  it('does not mutate its inputs', () => {
    const rows = [{ v: ['a', 'b'] }];
    const snapshot = JSON.stringify(rows);
    toCsv(rows, one);
    expect(JSON.stringify(rows)).toBe(snapshot);
  });
});

describe('csvBlob', () => {
  it('is UTF-8 CSV starting with a byte-order mark', async () => {
    const blob = csvBlob('a\r\n');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]);
  });
});
