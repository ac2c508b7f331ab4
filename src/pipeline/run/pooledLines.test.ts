import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeAnalysisPool } from './analysisPool';
import { buildCorpusFromFiles } from './buildCorpusFromFiles';
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

describe.runIf(availableParallelism() > 1)('pooledLines', () => {
  it.each([
    ['batches of one document, one batch ahead', { batchBytes: 1, aheadBytes: 1 }],
    ['the default batches', {}],
  ])(
    'makes the lines corpusLinesChunks makes, byte for byte (%s)',
    async (_name, options) => {
      const run = await buildCorpusFromFiles(folder(12), {}, 0);
      const serial = Buffer.concat([...corpusLinesChunks(run.corpus)]);
      expect(serial.toString('utf8')).toContain('["unattributed",');
      expect(serial.toString('utf8')).toContain('["quotes",');
      const mixed = await concat(corpusLinesMixed(run.corpus, run.linesOnPool!(options), 64));
      expect(mixed.toString('utf8')).toBe(serial.toString('utf8'));
    },
    180_000,
  );

  it('stops the write at a document whose file changed, leaving no output', async () => {
    const files = folder(6);
    const run = await buildCorpusFromFiles(files, {}, 0);
    writeFileSync(files[4]!.path, article(4).replace('ferry', 'bridge'));
    const out = join(files[0]!.dir, 'out', 'corpus.jsonl');
    await expect(
      writeChunksAtomicAsync(out, corpusLinesMixed(run.corpus, run.linesOnPool!({ batchBytes: 1 }))),
    ).rejects.toThrow('f4.txt changed while it was being preprocessed');
    expect(readdirSync(join(files[0]!.dir, 'out'))).toEqual([]);
  }, 180_000);

  it('refuses a quote by an unknown speaker before any thread starts', async () => {
    const run = await buildCorpusFromFiles(folder(4), {}, 0);
    run.outline.quotes[1] = { ...run.outline.quotes[1]!, speakerId: 'nobody' };
    expect(() => run.linesOnPool!()).toThrow('quotes.1.speakerId: unknown speaker "nobody"');
  }, 180_000);
});
