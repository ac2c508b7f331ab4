import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CorpusVersion, SECTION_ORDER, type Sections } from '../corpus';
import iconv from 'iconv-lite';
import { corpusJsonChunks, main, startWriter, versionPathFor, writeAtomic } from './cli';

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
  ])('%s → %s', (out, version) => expect(versionPathFor(out)).toBe(version));
});

describe('writeAtomic', () => {
  it('leaves only the target file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    writeAtomic(join(dir, 'sub', 'a.json'), '{"a":1}');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.json']);
    expect(readFileSync(join(dir, 'sub', 'a.json'), 'utf8')).toBe('{"a":1}');
  });
});

describe('startWriter', () => {
  it('writes the chunks and renames the file into place, with their hash and size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    const writer = startWriter(join(dir, 'sub', 'c.json'));
    const chunks = ['{"a":', '[1,2]}'].map((s) => new Uint8Array(Buffer.from(s)));
    expect(await writer.write(chunks)).toEqual({ sha256: createHash('sha256').update('{"a":[1,2]}').digest('hex'), bytes: 11 });
    expect(readdirSync(join(dir, 'sub'))).toEqual(['c.json']);
  });
  it('leaves nothing behind when aborted, nor when the chunks fail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    await startWriter(join(dir, 'c.json')).abort();
    const failing = function* () {
      yield new Uint8Array(Buffer.from('{'));
      throw new Error('no more');
    };
    await expect(startWriter(join(dir, 'c.json')).write(failing())).rejects.toThrow('no more');
    expect(readdirSync(dir)).toEqual([]);
  });
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
    rejected: [],
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
        expect(JSON.parse(bytes.subarray(start, end).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(corpus[key as keyof typeof corpus])));
      // multi-byte characters (“) count as bytes, not characters
      expect(sections.documents![1] - sections.documents![0]).toBe(Buffer.byteLength(JSON.stringify(corpus.documents)));
    }
  });
  it('writes each value exactly as JSON.stringify, rows digit by digit, odd values included', () => {
    const counts = [0, 1, 9, 10, 99, 100, 12345, 2147483647, 2147483648, -1, -0, 1.5, 1e21, NaN, null, undefined, 'x'];
    const odd = { terms: { vocabulary: [], rows: [{ kind: 'quote', id: 'q"1', counts }, { id: 'x', kind: 'document', counts: [1] }, { kind: 'document', id: 'é\n\u007f~', counts: [3, 4] }] }, documents: [{ text: 'é “x” \u2028' }] };
    const { bytes, sections } = written(odd, 3);
    for (const key of ['terms', 'documents'] as const)
      expect(bytes.subarray(...sections[key]!).toString('utf8')).toBe(JSON.stringify(odd[key]));
  });
  it('writes a row whose counts are an Int32Array as it writes the plain array', () => {
    const row = (counts: number[] | Int32Array) => ({ terms: { vocabulary: ['x'], rows: [{ kind: 'quote', id: 'q1', counts }] } });
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

describe('main', () => {
  const article = 'Summit in Oslo\n\nDelegates held a conference on March 3, 2021.\n\nSwedish MP Anna Berg\n\n“We must act now,” Berg said.\n';
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

  /** Runs main, with what it printed on stdout and stderr. */
  async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    try {
      return { code: await main(argv), stdout: out.join(''), stderr: err.join('') };
    } finally {
      o.mockRestore();
      e.mockRestore();
      vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    }
  }

  /** A folder with the given input files, and an output folder holding a previous corpus and its version file. */
  function setUp(files: Record<string, string | Uint8Array>): { dir: string; input: string; out: string; before: () => void } {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(input, name), text);
    mkdirSync(join(dir, 'out'));
    const out = join(dir, 'out', 'corpus.json');
    writeFileSync(out, '{"previous":"corpus"}');
    writeFileSync(join(dir, 'out', 'corpus.version.json'), '{"previous":"version"}');
    return { dir, input, out, before: () => expectUntouched(join(dir, 'out')) };
  }

  /** The output folder exactly as setUp left it: no new file, no temporary file, the same bytes. */
  function expectUntouched(outDir: string): void {
    expect(readdirSync(outDir).sort()).toEqual(['corpus.json', 'corpus.version.json']);
    expect(readFileSync(join(outDir, 'corpus.json'), 'utf8')).toBe('{"previous":"corpus"}');
    expect(readFileSync(join(outDir, 'corpus.version.json'), 'utf8')).toBe('{"previous":"version"}');
  }

  it.each([
    ['every input rejected', { 'b.txt': '', 'c.md': '   \n' }, [], 1, /no usable articles .*\(2 files, 2 rejected\); .*corpus\.json left as it was/],
    ['no inputs at all', { 'notes.pdf': 'x' }, [], 1, /no usable articles .*\(0 files, 0 rejected\)/],
    ['--strict with one file rejected', { 'a.txt': article, 'b.txt': '' }, ['--strict'], 2, /--strict: 1 file rejected; nothing written/],
  ])('%s: fails and leaves the existing output byte-identical', async (_name, files, flags, code, said) => {
    const { input, out, before } = setUp(files);
    const r = await run(['--in', input, '--out', out, ...flags]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(said);
    expect(r.stdout).toBe('');
    before();
  });

  it('--out keep.json writes keep.version.json and leaves corpus.version.json beside it untouched', async () => {
    const { dir, input } = setUp({ 'a.txt': article });
    const keep = join(dir, 'out', 'keep.json');
    expect((await run(['--in', input, '--out', keep])).code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['corpus.json', 'corpus.version.json', 'keep.json', 'keep.version.json']);
    expect(readFileSync(join(dir, 'out', 'corpus.version.json'), 'utf8')).toBe('{"previous":"version"}');
    expect(readFileSync(join(dir, 'out', 'corpus.json'), 'utf8')).toBe('{"previous":"corpus"}');
    const version = CorpusVersion.parse(JSON.parse(readFileSync(join(dir, 'out', 'keep.version.json'), 'utf8')));
    expect(version.sha256).toBe(createHash('sha256').update(readFileSync(keep)).digest('hex'));
  });

  it.each([['--help'], ['-h']])('%s prints the usage on stdout and exits 0, writing nothing', async (flag) => {
    const { input, out, before } = setUp({ 'a.txt': article });
    const r = await run(['--in', input, '--out', out, flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const part of ['usage: npm run preprocess', '--in DIR', '--out FILE', '--strict', '-h, --help', 'Examples:', 'corpus.version.json']) expect(r.stdout).toContain(part);
    before();
  });

  it.each([
    [['--fast'], 'preprocess: unknown option "--fast" (usage: npm run preprocess -- [--in DIR] [--out FILE] [--strict] [--help]; --help for more)\n'],
    [['--in'], 'preprocess: --in needs a value (usage: npm run preprocess -- [--in DIR] [--out FILE] [--strict] [--help]; --help for more)\n'],
  ])('%j: one line on stderr with the usage, exit 2', async (argv, line) => expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: line }));

  it('reads a Windows-1252 article, with a warning naming the file and the encoding', async () => {
    const latin = iconv.encode(article.replace('2021.', '2021, at the Café Nordic.'), 'windows-1252');
    // é is 0xE9, “ ” are 0x93 0x94: not UTF-8
    expect([0xe9, 0x93, 0x94].every((b) => latin.includes(b))).toBe(true);
    const { input, out } = setUp({ 'a.txt': latin });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect((await run(['--in', input, '--out', out])).code).toBe(0);
      expect(warn.mock.calls).toEqual([[expect.stringMatching(/^warning a\.txt: not valid UTF-8: decoded as windows-1252/)]]);
    } finally {
      warn.mockRestore();
    }
    const corpus = JSON.parse(readFileSync(out, 'utf8'));
    expect(corpus.rejected).toEqual([]);
    expect(corpus.documents[0].text).toContain('at the Café Nordic.\n\nSwedish MP Anna Berg\n\n“We must act now,” Berg said.');
  });

  it('writes the corpus and its version file; rejected files do not fail the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), article);
    writeFileSync(join(dir, 'in', 'b.txt'), '');
    writeFileSync(join(dir, 'in', 'skip.pdf'), 'x');
    const out = join(dir, 'out', 'corpus.json');
    expect(await main(['--in', join(dir, 'in'), '--out', out])).toBe(0);
    const bytes = readFileSync(out);
    const version = JSON.parse(readFileSync(join(dir, 'out', 'corpus.version.json'), 'utf8'));
    expect(version).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, schemaVersion: 1 });
    expect(CorpusVersion.parse(version)).toEqual(version);
    expect(Object.keys(version.sections)).toEqual([...SECTION_ORDER]);
    expect(JSON.parse(bytes.subarray(...(version.sections.speakers as [number, number])).toString('utf8'))).toEqual(JSON.parse(bytes.toString('utf8')).speakers);
    const corpus = JSON.parse(bytes.toString('utf8'));
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.rejected).toEqual([{ file: 'b.txt', reason: 'empty file' }]);
    // same input, same bytes
    expect(await main(['--in', join(dir, 'in'), '--out', out])).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('names an input folder it cannot read, and why, in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'text');
    const said: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (said.push(String(s)), true));
    try {
      expect(await main(['--in', join(dir, 'missing'), '--out', join(dir, 'c.json')])).toBe(1);
      expect(await main(['--in', file, '--out', join(dir, 'c.json')])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(said).toEqual([`preprocess: cannot read the input folder "${join(dir, 'missing')}": no such folder\n`, `preprocess: cannot read the input folder "${file}": not a folder\n`]);
    expect(existsSync(join(dir, 'c.json'))).toBe(false);
  });
});
