/**
 * Stages 01–12 against wink-nlp alone on one thread, in one process, on the same articles:
 * `npx tsx bench/nlpRatio.ts DIR [articles=400]`. The two alternate in batches of 25 articles
 * and each is timed in CPU time, so load from other processes slows both alike and their ratio
 * holds where wall-clock figures swing 2–3× (see README, "Preprocessing").
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseInput, TermTable } from '../src/pipeline/index';
import { inputOfFile } from '../src/pipeline/run/analyseFile';
import { loadNlp, readAndTag } from './nlpTag';

const BATCH = 25;
const WARM = 100;

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx bench/nlpRatio.ts DIR [articles]');
const files = readdirSync(dir)
  .filter((f) => /\.(txt|md|markdown|html?)$/i.test(f) && !f.startsWith('.'))
  .sort()
  .slice(0, Number(process.argv[3] ?? 400));
const inputs = files.map((f) => inputOfFile(f, join(dir, f)));
const texts = inputs.map((i) => new TextDecoder().decode(i.bytes));
const table = new TermTable();
loadNlp();
// both warmed on the last articles, so the timed batches run optimised code
let id = 0;
for (const input of inputs.slice(-WARM)) analyseInput(input, `warm-${id++}`, table);
for (const text of texts.slice(-WARM)) readAndTag(text);

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
let wink = 0;
let pipeline = 0;
for (let b = 0; b < inputs.length; b += BATCH) {
  const end = Math.min(b + BATCH, inputs.length);
  let t = cpuMs();
  for (let k = b; k < end; k++) readAndTag(texts[k]!);
  wink += cpuMs() - t;
  t = cpuMs();
  for (let k = b; k < end; k++) analyseInput(inputs[k]!, `doc-${id++}`, table);
  pipeline += cpuMs() - t;
}
const n = inputs.length;
console.log(
  `${n} articles: wink-nlp alone ${(wink / n).toFixed(2)} ms an article, stages 01–12 ${(pipeline / n).toFixed(2)} ms: ${(pipeline / wink).toFixed(2)}×`,
);
