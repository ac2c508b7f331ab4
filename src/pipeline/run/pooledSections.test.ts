import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeAnalysisPool } from './analysisPool';
import { buildCorpusFromFiles } from './buildCorpusFromFiles';
import { corpusJsonChunks, corpusJsonMixed } from './corpusJson';
import { corpusLinesChunks, corpusLinesMixed } from './corpusLines';
import { writeChunksAtomicAsync } from './writer';

// short reports of my own: a quote before anyone is named (unattributed), then a named speaker's
const article = (n: number) =>
  `Ferry council meets ${n}\n\n“The timetable is a scandal and the boats are always late in winter.”\n\n` +
  `The ferry council met on April ${(n % 27) + 1}, 2022, in Bergholm.\n\n` +
  `“Boats must run at night,” said harbour master Lena Quist${n}. “Every night.”\n\n` +
  `Quist${n} said the council would vote in May.\n`;

function folder(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'podium-lines-'));
  return Array.from({ length: count }, (_, i) => {
    const file = `f${i}.txt`;
    writeFileSync(join(dir, file), article(i));
    return { file, path: join(dir, file), bytes: statSync(join(dir, file)).size, dir };
  });
}

async function concat(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const all: Uint8Array[] = [];
  for await (const c of chunks) all.push(c);
  return Buffer.concat(all);
}

afterAll(() => closeAnalysisPool());

describe.runIf(availableParallelism() > 1)('pooledSections', () => {
  it.each([
    ['batches of one document, one batch ahead', { batchBytes: 1, aheadBytes: 1 }],
    ['the default batches', {}],
  ])(
    'makes the lines corpusLinesChunks makes, byte for byte (%s)',
    async (_name, options) => {
      const run = await buildCorpusFromFiles(folder(12), {}, 0);
      const serial = Buffer.concat([...corpusLinesChunks(run.corpus)]).toString('utf8');
      expect(serial).toContain('["unattributed",');
      expect(serial).toContain('["quotes",');
      expect(serial).toContain('["termRows",');
      const mixed = await concat(corpusLinesMixed(run.corpus, run.sectionsOnPool!('lines', options), 64));
      expect(mixed.toString('utf8')).toBe(serial);
    },
    180_000,
  );

  it.each([
    ['batches of one document, one batch ahead', { batchBytes: 1, aheadBytes: 1 }],
    ['the default batches', {}],
  ])(
    'makes the JSON and section ranges corpusJsonChunks makes, byte for byte (%s)',
    async (_name, options) => {
      const run = await buildCorpusFromFiles(folder(12), {}, 0);
      const [serialRanges, mixedRanges] = [{}, {}];
      const serial = Buffer.concat([...corpusJsonChunks(run.corpus, undefined, serialRanges)]).toString('utf8');
      expect(JSON.parse(serial).unattributed).toHaveLength(12);
      const made = run.sectionsOnPool!('json', options);
      const mixed = await concat(corpusJsonMixed(run.corpus, made, 64, mixedRanges));
      expect(mixed.toString('utf8')).toBe(serial);
      expect(mixedRanges).toEqual(serialRanges);
    },
    180_000,
  );

  it.each(['lines', 'json'] as const)(
    'writes the same %s when the memory of each block written is handed back to the threads (handBack)',
    async (format) => {
      const files = folder(12);
      const run = await buildCorpusFromFiles(files, {}, 0);
      const serial = Buffer.concat([
        ...(format === 'lines' ? corpusLinesChunks(run.corpus) : corpusJsonChunks(run.corpus)),
      ]).toString('utf8');
      const out = join(files[0]!.dir, 'out', `corpus.${format === 'lines' ? 'jsonl' : 'json'}`);
      // batches of one document: each thread makes several, most in a block written before
      const made = run.sectionsOnPool!(format, { batchBytes: 1, aheadBytes: 1, handBack: true });
      await writeChunksAtomicAsync(
        out,
        format === 'lines' ? corpusLinesMixed(run.corpus, made, 64) : corpusJsonMixed(run.corpus, made, 64),
      );
      expect(readFileSync(out, 'utf8')).toBe(serial);
    },
    180_000,
  );

  it('stops the write at a document whose file changed, leaving no output', async () => {
    const files = folder(6);
    const run = await buildCorpusFromFiles(files, {}, 0);
    writeFileSync(files[4]!.path, article(4).replace('ferry', 'bridge'));
    const out = join(files[0]!.dir, 'out', 'corpus.jsonl');
    await expect(
      writeChunksAtomicAsync(out, corpusLinesMixed(run.corpus, run.sectionsOnPool!('lines', { batchBytes: 1 }))),
    ).rejects.toThrow('f4.txt changed while it was being preprocessed');
    expect(readdirSync(join(files[0]!.dir, 'out'))).toEqual([]);
  }, 180_000);

  it('refuses a quote by an unknown speaker before any thread starts', async () => {
    const run = await buildCorpusFromFiles(folder(4), {}, 0);
    run.outline.quotes[1] = { ...run.outline.quotes[1]!, speakerId: 'nobody' };
    expect(() => run.sectionsOnPool!('json')).toThrow('quotes.1.speakerId: unknown speaker "nobody"');
  }, 180_000);
});
