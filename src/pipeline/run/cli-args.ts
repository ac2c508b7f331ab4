export interface CliArgs {
  input: string;
  output: string;
  strict: boolean;
}

/** One line for a wrong command line, before the hint to --help. */
export const SHORT_USAGE = 'usage: npm run preprocess -- [--in DIR] [--out FILE] [--strict] [--help]';

export const USAGE = `Reads the articles in a folder (.txt, .md, .markdown, .html, .htm) and writes the
corpus the dashboard loads, with its version file (hash and section offsets) beside it.

${SHORT_USAGE}

Options:
  --in DIR       folder of articles (default: data/articles)
  --out FILE     corpus to write (default: public/corpus.jsonl). A .jsonl or .ndjson
                 file holds one record per line (any size loads); a .json file is one
                 JSON document (the older format, still read). Its version file is FILE
                 without the extension + ".version.json" (public/corpus.version.json)
  --strict       fail, writing nothing, if any file is rejected
  -h, --help     print this help and exit

The output is replaced only when the run succeeds: written to a temporary file
beside it, then renamed. Progress and rejected files are reported on stderr.

Exit codes:
  0  corpus written
  1  nothing usable (no articles, or all rejected) or the input folder cannot be
     read; the output is left as it was
  2  --strict and a file was rejected (nothing written), or a wrong command line

Examples:
  npm run preprocess
  npm run preprocess -- --in ~/archive/articles --out public/corpus.jsonl
  npm run preprocess -- --in data/articles --out /tmp/check.json --strict
`;

/** A command line that cannot be run: said in one line with SHORT_USAGE, exit code 2. */
export class UsageError extends Error {}

const VALUED: Record<string, keyof Omit<CliArgs, 'strict'>> = { '--in': 'input', '--out': 'output' };

/** The command line as CliArgs, or 'help' for -h/--help (wherever it is); throws UsageError for anything else. */
export function parseArgs(argv: string[]): CliArgs | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const args: CliArgs = { input: 'data/articles', output: 'public/corpus.jsonl', strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const key = VALUED[flag];
    if (key) {
      const value = eq > 0 && flag !== a ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (flag === a && value.startsWith('--')))
        throw new UsageError(`${flag} needs a value`);
      args[key] = value;
    } else if (a === '--strict') args.strict = true;
    else throw new UsageError(`unknown ${a.startsWith('-') ? 'option' : 'argument'} "${a}"`);
  }
  return args;
}
