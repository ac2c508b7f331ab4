import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './cli-args';

describe('parseArgs', () => {
  it.each([
    [[], { input: 'data/articles', output: 'public/corpus.jsonl', strict: false }],
    [['--in', 'x', '--out', 'y/c.json', '--strict'], { input: 'x', output: 'y/c.json', strict: true }],
    [['--in=x', '--out=y.json'], { input: 'x', output: 'y.json', strict: false }],
    [['--out=a=b.json'], { input: 'data/articles', output: 'a=b.json', strict: false }],
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['--in', 'x', '--bogus', '-h'], 'help'],
  ])('%j', (argv, args) => expect(parseArgs(argv)).toEqual(args));

  it.each([
    [['--fast'], 'unknown option "--fast"'],
    [['articles'], 'unknown argument "articles"'],
    [['--in'], '--in needs a value'],
    [['--out', '--strict'], '--out needs a value'],
    [['--out='], '--out needs a value'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
