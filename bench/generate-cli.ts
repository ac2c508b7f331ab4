/**
 * Writes a synthetic article folder for the benchmark:
 *   tsx bench/generate-cli.ts --articles 1000 --seed 1 --out bench/.work/articles-1000
 * The ground truth goes next to the folder (<out>.truth.json), not inside it, so the
 * pipeline reading <out> sees only articles.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countAppearances, generateSynthetic } from './generate';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    truth: { type: 'string' },
  },
});

const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 0 || !Number.isInteger(seed)) {
  console.error('usage: tsx bench/generate-cli.ts --articles <n> --seed <int> [--out <dir>] [--truth <file>]');
  process.exit(2);
}
const out = values.out ?? `bench/.work/articles-${articles}`;
const truthPath = values.truth ?? `${out.replace(/\/+$/, '')}.truth.json`;

const started = performance.now();
const { articles: files, truth } = generateSynthetic({ articles, seed });
const generatedMs = performance.now() - started;

// Replace only our own earlier output: stale .txt files would join the corpus.
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith('.txt')) rmSync(join(out, f));
let bytes = 0;
for (const { file, text } of files) {
  writeFileSync(join(out, file), text);
  bytes += Buffer.byteLength(text);
}
writeFileSync(truthPath, JSON.stringify(truth));

const mb = (bytes / 1e6).toFixed(1);
console.log(
  `${files.length} articles (${mb} MB, ${(bytes / Math.max(1, files.length) / 1e3).toFixed(1)} kB avg), ` +
    `${truth.events.length} events, ${truth.speakers.length} speakers, ${countAppearances(truth)} appearances → ${out}`,
);
console.log(`ground truth → ${truthPath}; generated in ${(generatedMs / 1000).toFixed(2)} s, total ${((performance.now() - started) / 1000).toFixed(2)} s`);
