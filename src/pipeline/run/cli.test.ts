import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Corpus, corpusFromLines, CorpusVersion, LinesHeader, SECTION_ORDER } from '../../corpus';
import iconv from 'iconv-lite';
import { main } from './cli';

describe('main', () => {
  const article =
    'Summit in Oslo\n\nDelegates held a conference on March 3, 2021.\n\nSwedish MP Anna Berg\n\n“We must act now,” Berg said.\n';
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
  function setUp(files: Record<string, string | Uint8Array>): {
    dir: string;
    input: string;
    out: string;
    before: () => void;
  } {
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
    [
      'every input rejected',
      { 'b.txt': '', 'c.md': '   \n' },
      [],
      1,
      /no usable articles .*\(2 files, 2 rejected\); .*corpus\.json left as it was/,
    ],
    ['no inputs at all', { 'notes.pdf': 'x' }, [], 1, /no usable articles .*\(0 files, 0 rejected\)/],
    [
      '--strict with one file rejected',
      { 'a.txt': article, 'b.txt': '' },
      ['--strict'],
      2,
      /--strict: 1 file rejected; nothing written/,
    ],
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
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'corpus.json',
      'corpus.version.json',
      'keep.json',
      'keep.version.json',
    ]);
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
    for (const part of [
      'usage: npm run preprocess',
      '--in DIR',
      '--out FILE',
      '--strict',
      '-h, --help',
      'Examples:',
      'corpus.version.json',
    ])
      expect(r.stdout).toContain(part);
    before();
  });

  it.each([
    [
      ['--fast'],
      'preprocess: unknown option "--fast" (usage: npm run preprocess -- [--in DIR] [--out FILE] [--strict] [--help]; --help for more)\n',
    ],
    [
      ['--in'],
      'preprocess: --in needs a value (usage: npm run preprocess -- [--in DIR] [--out FILE] [--strict] [--help]; --help for more)\n',
    ],
  ])('%j: one line on stderr with the usage, exit 2', async (argv, line) =>
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: line }),
  );

  it('reads a Windows-1252 article, with a warning naming the file and the encoding', async () => {
    const latin = iconv.encode(article.replace('2021.', '2021, at the Café Nordic.'), 'windows-1252');
    // é is 0xE9, “ ” are 0x93 0x94: not UTF-8
    expect([0xe9, 0x93, 0x94].every((b) => latin.includes(b))).toBe(true);
    const { input, out } = setUp({ 'a.txt': latin });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect((await run(['--in', input, '--out', out])).code).toBe(0);
      expect(warn.mock.calls).toEqual([
        [expect.stringMatching(/^warning a\.txt: not valid UTF-8: decoded as windows-1252/)],
      ]);
    } finally {
      warn.mockRestore();
    }
    const corpus = JSON.parse(readFileSync(out, 'utf8'));
    expect(corpus.rejected).toEqual([]);
    expect(corpus.documents[0].text).toContain(
      'at the Café Nordic.\n\nSwedish MP Anna Berg\n\n“We must act now,” Berg said.',
    );
  });

  it('writes the corpus and its version file; rejected files do not fail the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), article);
    writeFileSync(join(dir, 'in', 'b.txt'), '');
    writeFileSync(join(dir, 'in', 'skip.pdf'), 'x');
    const out = join(dir, 'out', 'corpus.json');
    const said: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (said.push(String(s)), true));
    try {
      expect(await main(['--in', join(dir, 'in'), '--out', out])).toBe(0);
    } finally {
      spy.mockRestore();
      vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    }
    expect(said).toContain('rejected b.txt: empty file\n');
    const bytes = readFileSync(out);
    const version = JSON.parse(readFileSync(join(dir, 'out', 'corpus.version.json'), 'utf8'));
    expect(version).toMatchObject({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      schemaVersion: 1,
    });
    expect(CorpusVersion.parse(version)).toEqual(version);
    expect(Object.keys(version.sections)).toEqual([...SECTION_ORDER]);
    expect(JSON.parse(bytes.subarray(...(version.sections.speakers as [number, number])).toString('utf8'))).toEqual(
      JSON.parse(bytes.toString('utf8')).speakers,
    );
    const corpus = JSON.parse(bytes.toString('utf8'));
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.rejected).toEqual([{ file: 'b.txt', reason: 'empty file' }]);
    // same input, same bytes
    expect(await main(['--in', join(dir, 'in'), '--out', out])).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('writes a .jsonl output as corpus lines, its version file naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), article);
    const out = join(dir, 'out', 'corpus.jsonl');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['--in', join(dir, 'in'), '--out', out])).toBe(0);
    const bytes = readFileSync(out);
    const version = CorpusVersion.parse(JSON.parse(readFileSync(join(dir, 'out', 'corpus.version.json'), 'utf8')));
    expect(version).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      schemaVersion: 1,
      file: 'corpus.jsonl',
      // the dashboard's first figures: one Swedish speaker at one event, quoted once
      summary: {
        version: 1,
        count: 'event',
        documents: 1,
        events: 1,
        speakers: 1,
        countries: 1,
        quotes: 1,
        counted: 1,
        byCountry: [['SE', 1]],
      },
    });
    const lines = bytes.toString('utf8').split('\n');
    expect(lines.at(-1)).toBe(''); // every line ends with "\n"
    const corpus = Corpus.parse(corpusFromLines(lines));
    expect(corpus.documents).toHaveLength(1);
    expect(LinesHeader.parse(JSON.parse(lines[0]!)).counts.documents).toBe(1);
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
    expect(said).toEqual([
      `preprocess: cannot read the input folder "${join(dir, 'missing')}": no such folder\n`,
      `preprocess: cannot read the input folder "${file}": not a folder\n`,
    ]);
    expect(existsSync(join(dir, 'c.json'))).toBe(false);
  });
});
