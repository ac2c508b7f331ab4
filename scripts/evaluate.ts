import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../src/pipeline/index';
import { evaluateCorpus, failedFloors, formatScores, type Gold } from '../src/pipeline/evaluate';

/** `npm run evaluate [-- --verbose]`: runs the pipeline on data/articles and scores it against tests/fixtures/seeds.json. */
const dir = 'data/articles';
const inputs = readdirSync(dir)
  .filter((f) => /\.(txt|md|html?)$/i.test(f))
  .sort()
  .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
const gold = JSON.parse(readFileSync('tests/fixtures/seeds.json', 'utf8')) as Gold;
const { corpus } = buildCorpus(inputs);
const scores = evaluateCorpus(corpus, gold);
console.log(formatScores(scores));
if (process.argv.includes('--verbose')) for (const m of scores.misses) console.log(`  ${m}`);
const failed = failedFloors(scores);
if (failed.length) {
  console.log(`\nBELOW FLOOR: ${failed.join('; ')}`);
  process.exitCode = 1;
} else console.log('\nall floors met');
