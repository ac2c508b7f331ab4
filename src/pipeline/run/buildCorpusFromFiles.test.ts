import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, type StreamedCorpus } from '../index';
import { analysisPool, closeAnalysisPool } from './analysisPool';
import { buildCorpusFromFiles } from './buildCorpusFromFiles';
import type { Corpus } from '../../corpus';
import { buildIndex } from '../../lib/corpusIndex';
import { computeFirstView, summariseCorpus } from '../../lib/firstView';

const article = (n: number) =>
  `Forum on water rights ${n}\n\nDelegates met at a forum on March ${(n % 27) + 1}, 2021.\n\nSwedish MP Anna Berg${n}\n\n` +
  `“Free water now, free water for every village,” Berg${n} said. “Free water now.”\n\nThe farmers listened.\n`.repeat(
    8,
  );

function folder(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'podium-par-'));
  const names = Array.from({ length: count }, (_, i) => `a${i}.txt`);
  names.forEach((f, i) => writeFileSync(join(dir, f), article(i)));
  writeFileSync(join(dir, 'empty.txt'), '');
  return [...names, 'empty.txt']
    .reverse()
    .map((file) => ({ file, path: join(dir, file), bytes: statSync(join(dir, file)).size }));
}

const serialOf = (files: ReturnType<typeof folder>) =>
  buildCorpus(files.map((f) => ({ file: f.file, bytes: readFileSync(f.path) })));

/** The corpus with its documents made (a pooled run's are a stream, each text read as it is asked for). */
const whole = (c: StreamedCorpus) => ({
  ...c,
  quotes: [...c.quotes],
  terms: { vocabulary: c.terms.vocabulary, rows: [...c.terms.rows] },
  unattributed: [...(c.unattributed ?? [])],
  documents: [...c.documents],
});

afterAll(() => closeAnalysisPool());

describe.runIf(availableParallelism() > 1)('buildCorpusFromFiles', () => {
  it('gives the corpus buildCorpus gives, byte for byte, whichever thread analysed which file', async () => {
    const files = folder(16);
    const serial = serialOf(files);
    const stages: string[] = [];
    let progress = 0;
    const pooled = await buildCorpusFromFiles(
      files,
      { onStage: (s) => stages.push(s), onProgress: (done) => (progress = Math.max(progress, done)) },
      0,
    );
    expect(stages).toContain(`analyse on ${availableParallelism()} threads`);
    expect(stages.filter((s) => s.includes('main thread'))).toEqual([]);
    expect(progress).toBe(files.length);
    expect(pooled.corpus.documents.length).toBe(16);
    expect(JSON.stringify(whole(pooled.corpus))).toBe(JSON.stringify(serial.corpus));
    expect(pooled.rejected).toEqual(serial.rejected);
    // what the run returns beside the streams: the same records, no texts (not the quotes' words either)
    expect(pooled.outline.documents.map((d) => d.id)).toEqual(serial.corpus.documents.map((d) => d.id));
    expect(pooled.outline.documents.some((d) => 'text' in d)).toBe(false);
    expect(pooled.outline.quotes).toEqual(serial.corpus.quotes.map(({ text: _words, ...q }) => q));
    // the version file's summary, made from that outline, is the whole corpus's
    expect(summariseCorpus(pooled.outline)).toEqual(computeFirstView(buildIndex(serial.corpus as Corpus)));
  }, 180_000);

  it('stops writing a document whose file changed after it was analysed (its quotes point into the old text)', async () => {
    const files = folder(6);
    const pooled = await buildCorpusFromFiles(files, {}, 0);
    writeFileSync(files.find((f) => f.file === 'a3.txt')!.path, article(3).replace('Forum', 'Summit'));
    expect(() => [...pooled.corpus.documents]).toThrow('a3.txt changed while it was being preprocessed');
  }, 180_000);

  it('gives the same corpus when the pool is stopped mid-run (its unfinished files are analysed here)', async () => {
    const files = folder(30);
    const serial = serialOf(files);
    const stages: string[] = [];
    let stopped: Promise<void> | undefined;
    const pooled = await buildCorpusFromFiles(
      files,
      { onStage: (s) => stages.push(s), onProgress: (done) => void (done === 5 && (stopped = closeAnalysisPool())) },
      0,
    );
    await stopped;
    expect(stages.some((s) => /^analysed \d+ files on the main thread/.test(s))).toBe(true);
    expect(JSON.stringify(whole(pooled.corpus))).toBe(JSON.stringify(serial.corpus));
  }, 180_000);

  it('gives the same corpus when the threads run out of heap (their files are analysed here)', async () => {
    const files = folder(12);
    const serial = serialOf(files);
    const stages: string[] = [];
    await closeAnalysisPool();
    analysisPool({ threadHeapMb: 8 });
    try {
      const pooled = await buildCorpusFromFiles(files, { onStage: (s) => stages.push(s) }, 0);
      expect(stages.some((s) => /^analysed \d+ files on the main thread/.test(s))).toBe(true);
      expect(JSON.stringify(whole(pooled.corpus))).toBe(JSON.stringify(serial.corpus));
    } finally {
      await closeAnalysisPool();
    }
  }, 180_000);

  it('gives each of two runs sharing the pool its own corpus', async () => {
    const [one, two] = [folder(8), folder(9)];
    const [a, b] = await Promise.all([buildCorpusFromFiles(one, {}, 0), buildCorpusFromFiles(two, {}, 0)]);
    expect(JSON.stringify(whole(a.corpus))).toBe(JSON.stringify(serialOf(one).corpus));
    expect(JSON.stringify(whole(b.corpus))).toBe(JSON.stringify(serialOf(two).corpus));
  }, 180_000);

  it('stays on this thread below the size limit', async () => {
    const stages: string[] = [];
    await buildCorpusFromFiles(folder(3), { onStage: (s) => stages.push(s) });
    expect(stages.some((s) => s.startsWith('analyse on'))).toBe(false);
  });
});
