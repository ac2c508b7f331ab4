/** One NLP-alone measurement in its own process (spawned by `runNlpChild`): argv[2] is the options plus `resultPath`. */
import { writeFileSync } from 'node:fs';
import { benchNlpAlone, type NlpAloneOptions } from './nlpAlone';

const req = JSON.parse(process.argv[2] ?? '{}') as NlpAloneOptions & { resultPath: string };
writeFileSync(req.resultPath, JSON.stringify(await benchNlpAlone(req)));
