import { writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../src/pipeline/index';
import {
  CONFERENCE_FLOORS,
  failedFloors,
  formatMisses,
  formatScores,
  HELDOUT_REACHED,
  SAMPLE_FLOORS,
  scoreCorpus,
  WIKINEWS_FLOORS,
  type Floors,
} from '../src/pipeline/evaluate';
import { readArticles } from '../src/pipeline/run/evaluate/readArticles';
import { readKey } from '../src/pipeline/run/evaluate/readKey';

const USAGE = `npm run evaluate [-- --key KEY.json --in DIR --texts DIR --floors sample|wikinews|conference|heldout|none --save CORPUS.json --verbose]
Runs the pipeline on the articles in --in (default data/articles) and scores the corpus against --key
(default tests/fixtures/seeds.json), in either key format. --texts resolves anchors given as {at,len,sha}
(default: --in). --save writes the scored corpus (to check with ../shared/tools/score.mjs). Floors follow the key's folder (wikinews, conference, heldout) unless --floors says; exits 1 below one.`;

const FLOORS: Record<string, Floors> = {
  sample: SAMPLE_FLOORS,
  wikinews: WIKINEWS_FLOORS,
  conference: CONFERENCE_FLOORS,
  heldout: HELDOUT_REACHED,
  none: {},
};

const { values } = parseArgs({
  options: {
    key: { type: 'string', default: 'tests/fixtures/seeds.json' },
    in: { type: 'string', default: 'data/articles' },
    texts: { type: 'string' },
    floors: { type: 'string' },
    save: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const floorsName =
  values.floors ??
  ['wikinews', 'conference', 'heldout'].find((n) => basename(dirname(resolve(values.key))) === n) ??
  'sample';
const floors = FLOORS[floorsName];
if (!floors) {
  console.error(`unknown --floors "${floorsName}"\n\n${USAGE}`);
  process.exit(2);
}

const key = readKey(values.key, values.texts ?? values.in);
const { corpus } = buildCorpus(readArticles(values.in));
if (values.save) writeFileSync(values.save, JSON.stringify(corpus));
const scores = scoreCorpus(corpus, key);
console.log(`${values.key} on ${values.in} (${corpus.documents.length} documents; floors: ${floorsName})\n`);
console.log(formatScores(scores, floors));
if (values.verbose) console.log(`\n${formatMisses(scores)}`);
const failed = failedFloors(scores, floors);
if (failed.length) {
  console.log(`\nBELOW FLOOR: ${failed.join('; ')}`);
  process.exitCode = 1;
} else console.log('\nall floors met');
