/**
 * The write phase alone, the main-thread writer (A: corpusJsonChunks / corpusLinesChunks) against the pooled one
 * (B: the sections with texts made on the analysis pool's threads), taking turns on one build so that other load
 * slows both alike: `npx tsx bench/writeAB.ts DIR [rounds=3] [json|lines]`. Prints each write's wall time, the
 * process's CPU time and how long the main thread was busy (event-loop utilisation), and the output's sha256,
 * which must be the same for both.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeAnalysisPool } from '../src/pipeline/run/analysisPool';
import { buildCorpusFromFiles } from '../src/pipeline/run/buildCorpusFromFiles';
import { corpusJsonChunks, corpusJsonMixed } from '../src/pipeline/run/corpusJson';
import { corpusLinesChunks, corpusLinesMixed } from '../src/pipeline/run/corpusLines';
import { readFolder } from '../src/pipeline/run/readFolder';
import { writeChunksAtomic, writeChunksAtomicAsync } from '../src/pipeline/run/writer';

const [dir, rounds = '3', format = 'json'] = process.argv.slice(2);
if (!dir || (format !== 'json' && format !== 'lines'))
  throw new Error('usage: npx tsx bench/writeAB.ts DIR [rounds] [json|lines]');
const json = format === 'json';
const run = await buildCorpusFromFiles(readFolder(dir).inputs, {}, 0);
if (!run.sectionsOnPool) throw new Error(`${dir} is too small for the pool`);
const out = join(mkdtempSync(join(tmpdir(), 'podium-write-ab-')), json ? 'corpus.json' : 'corpus.jsonl');
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (let r = 0; r < Number(rounds); r++) {
  for (const which of ['A', 'B'] as const) {
    const [t, c, elu] = [performance.now(), cpuMs(), performance.eventLoopUtilization()];
    const written =
      which === 'A'
        ? writeChunksAtomic(out, json ? corpusJsonChunks(run.corpus) : corpusLinesChunks(run.corpus))
        : await writeChunksAtomicAsync(
            out,
            json
              ? corpusJsonMixed(run.corpus, run.sectionsOnPool('json'))
              : corpusLinesMixed(run.corpus, run.sectionsOnPool('lines')),
          );
    const busy = performance.eventLoopUtilization(elu).active;
    console.log(
      `${which} wall ${(performance.now() - t).toFixed(0)} ms, process CPU ${(cpuMs() - c).toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms, sha256 ${written.sha256.slice(0, 12)} (${written.bytes} bytes)`,
    );
  }
}
await closeAnalysisPool();
