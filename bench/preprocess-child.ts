/**
 * One preprocessing size in its own process (spawned by `runPreprocessChild`), so its
 * peak RSS is measured alone: argv[2] is a JSON `ChildRequest` plus `resultPath`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { GroundTruth } from './generate';
import { pathToFileURL } from 'node:url';
import type { Corpus } from '../src/corpus';
import { join } from 'node:path';
import { benchPreprocess, cliPath, importPreprocess, versionPath, type BigCorpusInfo, type ChildRequest, type PreprocessedCorpus } from './preprocess';
import { shapeCorpus } from './shapeCorpus';

const req = JSON.parse(process.argv[2] ?? '{}') as ChildRequest & { resultPath: string };
const preprocess = await importPreprocess(req.root);
const truth = req.truthPath ? (JSON.parse(readFileSync(req.truthPath, 'utf8')) as GroundTruth) : undefined;
let big: BigCorpusInfo | undefined;
/** Shape, validate with the tree's own schema, and write the browser benchmark's corpus with the tree's own writer (its section layout is what the app reads). */
async function writeBig(outline: PreprocessedCorpus): Promise<void> {
  if (!req.big) return;
  const corpus = await withTexts(outline);
  const { Corpus: schema } = (await import(pathToFileURL(`${req.root}/src/corpus/index.ts`).href)) as typeof import('../src/corpus');
  const { corpus: shaped, report } = shapeCorpus(corpus, req.big);
  const parsed = schema.safeParse(shaped);
  if (!parsed.success) throw new Error(`shaped corpus does not validate: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const cli = (await import(pathToFileURL(cliPath(req.root)).href)) as typeof import('../src/pipeline/run/cli');
  const sections: Record<string, [number, number]> = {};
  const { bytes, sha256 } = cli.writeChunksAtomic(req.big.out, cli.corpusJsonChunks(parsed.data, undefined, sections));
  // with the dashboard's first figures, as the CLI writes them, in a tree that computes them (src/lib/firstView.ts)
  const firstView = (await import(pathToFileURL(`${req.root}/src/lib/firstView.ts`).href).catch(() => undefined)) as typeof import('../src/lib/firstView') | undefined;
  writeFileSync(versionPath(req.big.out), JSON.stringify(cli.corpusVersion({ bytes, sha256 }, sections, undefined, firstView?.summariseCorpus(parsed.data))));
  big = { path: req.big.out, bytes, sha256, documents: shaped.documents.length, speakers: shaped.speakers.length, ...report, terms: shaped.terms.rows.length };
}

/** The corpus with its documents' and quotes' texts, read again with the tree's own reader when the run returned it without them (the CLI streams them into its file). */
async function withTexts(corpus: PreprocessedCorpus): Promise<Corpus> {
  const terms = { vocabulary: corpus.terms.vocabulary, rows: [...corpus.terms.rows] };
  if (corpus.documents.every((d) => d.text !== undefined) && corpus.quotes.every((q) => q.text !== undefined)) return { ...(corpus as Corpus), terms };
  const { readDocument } = (await import(pathToFileURL(`${req.root}/src/pipeline/index.ts`).href)) as typeof import('../src/pipeline/index');
  const texts = new Map(
    corpus.documents.map((d) => {
      const r = readDocument({ file: d.file, bytes: readFileSync(join(req.dir, d.file)) }, d.id, () => {});
      if (!r.ok) throw new Error(`${d.file} cannot be read again: ${r.rejected.reason}`);
      return [d.id, r.doc.text] as const;
    }),
  );
  const slice = <Q extends { documentId: string; start: number; end: number }>(q: Q) => ({ ...q, text: texts.get(q.documentId)!.slice(q.start, q.end) });
  return {
    ...corpus,
    terms,
    documents: corpus.documents.map((d) => ({ ...d, text: texts.get(d.id)! })),
    quotes: corpus.quotes.map(slice),
    unattributed: corpus.unattributed?.map(slice),
  };
}

const figures = await benchPreprocess({
  dir: req.dir,
  preprocess,
  runs: req.runs,
  ...(req.minTimedMs !== undefined ? { minTimedMs: req.minTimedMs } : {}),
  ...(req.warmupArticles !== undefined ? { warmupArticles: req.warmupArticles } : {}),
  ...(req.out ? { out: req.out } : {}),
  ...(req.deadline !== undefined ? { deadline: req.deadline } : {}),
  ...(truth ? { truth } : {}),
  onCorpus: writeBig,
});
if (big) figures.big = big;
writeFileSync(req.resultPath, JSON.stringify(figures));
