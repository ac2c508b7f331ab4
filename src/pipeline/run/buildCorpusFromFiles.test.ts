import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisWorker, closeAnalysisWorker } from './analysis-worker';
import { buildCorpus } from './index';
import { buildCorpusFromFiles } from './parallel';

const article = (n: number) =>
  `Forum on water rights ${n}\n\nDelegates met at a forum on March ${(n % 27) + 1}, 2021.\n\nSwedish MP Anna Berg${n}\n\n` +
  `“Free water now, free water for every village,” Berg${n} said. “Free water now.”\n\nThe farmers listened.\n`.repeat(8);

function folder(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'podium-par-'));
  const names = Array.from({ length: count }, (_, i) => `a${i}.txt`);
  names.forEach((f, i) => writeFileSync(join(dir, f), article(i)));
  writeFileSync(join(dir, 'empty.txt'), '');
  return [...names, 'empty.txt'].reverse().map((file) => ({ file, path: join(dir, file), bytes: statSync(join(dir, file)).size }));
}

afterAll(() => closeAnalysisWorker());

describe('buildCorpusFromFiles', () => {
  it('gives the corpus buildCorpus gives, byte for byte, whichever thread analysed which file', async () => {
    const files = folder(80);
    const serial = buildCorpus(files.map((f) => ({ file: f.file, bytes: readFileSync(f.path) })));
    // the first run starts the worker (it may claim nothing); the second finds it ready
    for (let run = 0; run < 2; run++) {
      if (run === 1) await analysisWorker().ready;
      const stages: string[] = [];
      const parallel = await buildCorpusFromFiles(files, { onStage: (s) => stages.push(s) }, 0);
      expect(stages.filter((s) => s.startsWith('analyse without'))).toEqual([]);
      expect(parallel.corpus.documents.length).toBeGreaterThan(1);
      expect(JSON.stringify(parallel.corpus)).toBe(JSON.stringify(serial.corpus));
      expect(parallel.rejected).toEqual(serial.rejected);
      if (run === 1) {
        expect(stages.find((s) => s.startsWith('analysed'))).not.toMatch(/, 0 in the worker/);
      }
    }
  }, 30_000);

  it('gives the same corpus when the worker is stopped mid-run (its unfinished files are done here)', async () => {
    const files = folder(200);
    const serial = buildCorpus(files.map((f) => ({ file: f.file, bytes: readFileSync(f.path) })));
    await analysisWorker().ready;
    let stopped: Promise<void> | undefined;
    const parallel = await buildCorpusFromFiles(files, { onProgress: (done) => void (done === 20 && (stopped = closeAnalysisWorker())) }, 0);
    await stopped;
    expect(JSON.stringify(parallel.corpus)).toBe(JSON.stringify(serial.corpus));
  }, 30_000);

  it('stays on one thread below the size limit', async () => {
    const stages: string[] = [];
    await buildCorpusFromFiles(folder(3), { onStage: (s) => stages.push(s) });
    expect(stages.some((s) => s.startsWith('analysed'))).toBe(false);
  });
});
