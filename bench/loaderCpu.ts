/**
 * The corpus loader's own work on a corpus-lines file, in Node, without IndexedDB's writes or the
 * page: what the loader's worker does (src/db/linesWorker.ts: decode, parse, validate, check,
 * pack chunks, quote texts from their documents) timed by this process's CPU (its GC threads
 * included), also up to the first sections (the first charts' data), so two wire forms or two
 * loaders can be compared on a busy host:
 *   npx tsx bench/loaderCpu.ts [--rounds 3] [--quote-texts] corpus-a.jsonl corpus-b.jsonl
 * Each round reads every file once, in the order given. As the worker reads since 2026-12-08, the
 * quotes' texts are left in IndexedDB and the documents' lines are not decoded (readDocumentLine);
 * `--quote-texts` reads as it did before: every line decoded, each quote's text taken from its document.
 */
import 'fake-indexeddb/auto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database';
import { readCorpusLines } from '../src/db/loadLines';
import { readRawLineBatches } from '../src/db/readLines';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '3' }, 'quote-texts': { type: 'boolean', default: false } } });
const before = values['quote-texts'];
for (let r = 0; r < Number(values.rounds); r++)
  for (const path of positionals) {
    const db = openDatabase(`loader-cpu-${r}-${path}`);
    const body = Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>;
    let texts = 0;
    let head = '';
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await readCorpusLines(db, readRawLineBatches(body, undefined, !before), { source: path, origin: 'file', sha256: '', bytes: 0 }, () => {}, (_c, missing) => {
      if (missing !== 'records') return;
      const c = process.cpuUsage(cpu0);
      head = `, first sections at ${((c.user + c.system) / 1e6).toFixed(2)} s CPU, ${((performance.now() - t0) / 1000).toFixed(2)} s wall`;
    }, {
      lean: true,
      announce: false,
      put: async (chunks) => chunks,
      records: ['quotes', 'unattributed'],
      onChunk: (c, records) => {
        if (c.quotes && records) texts += records.length;
      },
      ...(before ? { onQuoteTexts: (_s: string, _o: number[], got: string[]) => void (texts += JSON.stringify(got).length > 0 ? 0 : 1) } : {}),
    });
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `${path}: ${out.errors ? `ERRORS ${out.errors.slice(0, 3).join(' | ')}` : 'stored'}; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, wall ${((performance.now() - t0) / 1000).toFixed(2)} s${head}`,
    );
    db.close();
  }
