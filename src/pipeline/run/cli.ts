import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CorpusOutline } from '../index';
import type { Sections } from '../../corpus/version';
import { summariseCorpus } from '../../lib/firstView';
import { buildCorpusFromFiles } from './buildCorpusFromFiles';
import { parseArgs, SHORT_USAGE, USAGE, UsageError, type CliArgs } from './cli-args';
import { corpusJsonChunks, corpusJsonMixed, corpusVersion, versionPathFor } from './corpusJson';
import { corpusLinesChunks, corpusLinesMixed, isLinesPath } from './corpusLines';
import { InputFolderError, readFolder } from './readFolder';
import { writeAtomic, writeChunksAtomic, writeChunksAtomicAsync, type Written } from './writer';

// what the benchmark (bench/preprocess-child.ts) calls through this module, in whichever tree it measures
export { corpusJsonChunks, corpusVersion, versionPathFor } from './corpusJson';
export { corpusLinesChunks, isLinesPath } from './corpusLines';
export { writeAtomic, writeChunksAtomic } from './writer';
export { parseArgs, type CliArgs } from './cli-args';

/** A run that wrote nothing, its output left as it was: said in one line, and the exit code. */
export class NothingWritten extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** The sections made on the pool are written as they come, each block before the next is asked for: their memory goes back. */
const WRITER = { handBack: true } as const;

/** What one preprocessing run did; times in ms (`analyse` also reads the files). */
export interface PreprocessResult {
  /** The corpus written, without the documents' texts (a large corpus never holds them all). */
  corpus: CorpusOutline;
  rejected: { file: string; reason: string }[];
  written: Written;
  ms: { list: number; analyse: number; write: number };
}

/**
 * What `npm run preprocess` does: list the folder, analyse it (in a pool of
 * threads when it is large), validate and assemble the corpus, write it (as
 * lines for a .jsonl/.ndjson output, else one JSON document) and its version file next to it (versionPathFor, with the
 * first figures the dashboard draws from it: summariseCorpus), each to a
 * temporary file then renamed. Throws NothingWritten, the output untouched,
 * when no document is usable or (`strict`) any file is rejected. `quiet`
 * keeps stderr silent (the benchmark).
 */
export async function preprocess(
  args: CliArgs,
  { quiet = false }: { quiet?: boolean } = {},
): Promise<PreprocessResult> {
  const started = Date.now();
  const t0 = performance.now();
  const { inputs, skipped } = readFolder(resolve(args.input));
  const t1 = performance.now();
  const talk = !quiet && inputs.length >= 20;
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  let last = 0;
  const { corpus, outline, rejected, sectionsOnPool } = await buildCorpusFromFiles(inputs, {
    onProgress(done, total) {
      const now = Date.now();
      if (talk && (now - last >= 250 || done === total)) {
        last = now;
        process.stderr.write(`\rpreprocess: ${done}/${total} files, ${seconds()} s`);
        if (done === total) process.stderr.write('\n');
      }
    },
    onStage(stage) {
      if (talk) process.stderr.write(`preprocess: ${stage}, ${seconds()} s\n`);
    },
  });
  corpus.rejected.push(...skipped);
  const all = [...skipped, ...rejected];
  if (!quiet) for (const r of all) process.stderr.write(`rejected ${r.file}: ${r.reason}\n`);
  if (corpus.documents.length === 0) {
    throw new NothingWritten(
      `no usable articles in "${args.input}" (${inputs.length + skipped.length} files, ${all.length} rejected); ${args.output} left as it was`,
      1,
    );
  }
  if (args.strict && all.length > 0) {
    throw new NothingWritten(
      `--strict: ${all.length} file${all.length === 1 ? '' : 's'} rejected; nothing written, ${args.output} left as it was`,
      2,
    );
  }
  if (talk) process.stderr.write(`preprocess: write, ${seconds()} s\n`);
  const t2 = performance.now();
  // (before anything is written: should it fail, the old corpus and its version file stay as they were)
  const summary = summariseCorpus(outline);
  let written: Written;
  // a pooled run's threads make the sections with texts while this thread writes the others
  if (isLinesPath(args.output)) {
    written = sectionsOnPool
      ? await writeChunksAtomicAsync(args.output, corpusLinesMixed(corpus, sectionsOnPool('lines', WRITER)))
      : writeChunksAtomic(args.output, corpusLinesChunks(corpus));
    writeAtomic(
      versionPathFor(args.output),
      JSON.stringify(corpusVersion(written, undefined, basename(args.output), summary)),
    );
  } else {
    const sections: Sections = {};
    written = sectionsOnPool
      ? await writeChunksAtomicAsync(
          args.output,
          corpusJsonMixed(corpus, sectionsOnPool('json', WRITER), undefined, sections),
        )
      : writeChunksAtomic(args.output, corpusJsonChunks(corpus, undefined, sections));
    writeAtomic(versionPathFor(args.output), JSON.stringify(corpusVersion(written, sections, undefined, summary)));
  }
  const t3 = performance.now();
  if (!quiet)
    process.stderr.write(
      `preprocess: ${corpus.documents.length} documents, ${corpus.events.length} events, ${corpus.speakers.length} speakers, ${corpus.quotes.length} quotes, ${all.length} rejected -> ${args.output} (${((Date.now() - started) / 1000).toFixed(2)} s)\n`,
    );
  return { corpus: outline, rejected: all, written, ms: { list: t1 - t0, analyse: t2 - t1, write: t3 - t2 } };
}

/** `npm run preprocess`: the exit code. Usage on stdout for --help; everything else on stderr. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let args: CliArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`preprocess: ${e.message} (${SHORT_USAGE}; --help for more)\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    await preprocess(args);
  } catch (e) {
    if (!(e instanceof NothingWritten || e instanceof InputFolderError)) throw e;
    process.stderr.write(`preprocess: ${e.message}\n`);
    return e instanceof NothingWritten ? e.exitCode : 1;
  }
  return 0;
}

// run only as a script, so tests can import parseArgs and preprocess
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  void main().then((code) => (process.exitCode = code));
