import { describe, expect, it } from 'vitest';
import { SECTION_ORDER, type Sections } from '../../corpus';
import { corpusJsonChunks, versionPathFor } from './corpusJson';

/** The bytes corpusJsonChunks writes, and the sections it reports. */
function written(corpus: object, size?: number): { json: string; bytes: Buffer; sections: Sections } {
  const sections: Sections = {};
  const bytes = Buffer.concat([...corpusJsonChunks(corpus as never, size, sections)]);
  return { json: bytes.toString('utf8'), bytes, sections };
}

describe('versionPathFor', () => {
  it.each([
    // the name the dashboard fetches next to public/corpus.json
    ['public/corpus.json', 'public/corpus.version.json'],
    ['keep.json', 'keep.version.json'],
    ['out/big-10000.JSON', 'out/big-10000.version.json'],
    ['out/corpus', 'out/corpus.version.json'],
    // the corpus-lines default: the same version file name the dashboard fetches
    ['public/corpus.jsonl', 'public/corpus.version.json'],
    ['out/x.ndjson', 'out/x.version.json'],
  ])('%s → %s', (out, version) => expect(versionPathFor(out)).toBe(version));
});

describe('corpusJsonChunks', () => {
  const corpus = {
    documents: [{ id: 'a', text: 'x“y', url: undefined }],
    schemaVersion: 1,
    events: [],
    speakers: [{ id: 's', country: null, evidence: { merges: [] } }],
    appearances: [],
    quotes: [],
    terms: { vocabulary: ['x', 'y z'], rows: [{ kind: 'document', id: 'a', counts: [0, 1, 1, 2] }] },
    extra: { kept: true },
    unattributed: [{ documentId: 'a', start: 0, end: 1 }],
    rejected: [],
    warnings: [],
  };

  it('parses back to the corpus, whatever the chunk size, with the top-level keys in SECTION_ORDER', () => {
    for (const size of [1, 10, 1 << 20]) {
      const { json } = written(corpus, size);
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(corpus)));
      expect(Object.keys(JSON.parse(json))).toEqual([...SECTION_ORDER, 'extra']);
    }
  });
  it('reports each top-level value as a byte range that parses on its own', () => {
    for (const size of [1, 7, 1 << 20]) {
      const { bytes, sections } = written(corpus, size);
      expect(Object.keys(sections)).toEqual([...SECTION_ORDER, 'extra']);
      for (const [key, [start, end]] of Object.entries(sections))
        expect(JSON.parse(bytes.subarray(start, end).toString('utf8'))).toEqual(
          JSON.parse(JSON.stringify(corpus[key as keyof typeof corpus])),
        );
      // multi-byte characters (“) count as bytes, not characters
      expect(sections.documents![1] - sections.documents![0]).toBe(Buffer.byteLength(JSON.stringify(corpus.documents)));
    }
  });
  it('writes each value exactly as JSON.stringify, rows digit by digit, odd values included', () => {
    const counts = [0, 1, 9, 10, 99, 100, 12345, 2147483647, 2147483648, -1, -0, 1.5, 1e21, NaN, null, undefined, 'x'];
    const odd = {
      terms: {
        vocabulary: [],
        rows: [
          { kind: 'quote', id: 'q"1', counts },
          { id: 'x', kind: 'document', counts: [1] },
          { kind: 'document', id: 'é\n\u007f~', counts: [3, 4] },
        ],
      },
      documents: [{ text: 'é “x” \u2028' }],
    };
    const { bytes, sections } = written(odd, 3);
    for (const key of ['terms', 'documents'] as const)
      expect(bytes.subarray(...sections[key]!).toString('utf8')).toBe(JSON.stringify(odd[key]));
  });
  it('writes a row whose counts are an Int32Array as it writes the plain array', () => {
    const row = (counts: number[] | Int32Array) => ({
      terms: { vocabulary: ['x'], rows: [{ kind: 'quote', id: 'q1', counts }] },
    });
    const plain = [0, 7, 12, 2147483647, -3, 1];
    expect(written(row(Int32Array.from(plain)), 5).json).toBe(written(row(plain), 5).json);
    expect(written(row(Int32Array.from(plain))).json).toBe(JSON.stringify(row(plain)));
  });
  it('never holds more than a chunk plus one array element (terms.rows included)', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ kind: 'quote', id: `q${i}`, counts: [0, 1] }));
    const big = { schemaVersion: 1, documents: [], terms: { vocabulary: ['x'], rows } };
    const chunks = [...corpusJsonChunks(big as never, 100)];
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual(big);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(100 + 40);
  });
});
