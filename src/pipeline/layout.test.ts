import { isBuiltin } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, importsOf, sourceFiles } from '../../scripts/importGraph';

const PIPELINE = import.meta.dirname;
const files = sourceFiles(PIPELINE);

describe('src/pipeline layout', () => {
  it('has source files to check (the scan is not looking in the wrong place)', () => {
    expect(files.map((f) => relative(PIPELINE, f))).toEqual(
      expect.arrayContaining([
        'index.ts',
        join('run', 'cli.ts'),
        join('stages', '01-read.ts'),
        join('nlp', 'tokenise.ts'),
      ]),
    );
  });

  it('imports Node-only modules only in run/ (everything else can run in a browser worker)', () => {
    const offending = files
      .filter((f) => !relative(PIPELINE, f).startsWith(`run${'/'}`))
      .flatMap((f) =>
        importsOf(readFileSync(f, 'utf8'))
          .filter((s) => isBuiltin(s))
          .map((s) => `${relative(PIPELINE, f)} imports ${s}`),
      );
    expect(offending).toEqual([]);
  });

  it.each([
    ['stages', ['run']],
    ['nlp', ['run', 'stages']],
  ])('%s/ imports nothing from %j (imports point down the flow: run → stages → nlp)', (dir, forbidden) => {
    const offending = files
      .filter((f) => relative(PIPELINE, f).startsWith(`${dir}/`))
      .flatMap((f) =>
        [...(importGraph(files).get(f) ?? [])]
          .map((to) => relative(PIPELINE, to))
          .filter((to) => forbidden.some((d) => to.startsWith(`${d}/`)))
          .map((to) => `${relative(PIPELINE, f)} imports ${to}`),
      );
    expect(offending).toEqual([]);
  });

  it('numbers the stages 01, 02, … once each, and analyse.ts runs the per-document ones in that order', () => {
    const numbered = readdirSync(join(PIPELINE, 'stages'))
      .filter((n) => /^\d\d-.*\.ts$/.test(n) && !n.endsWith('.test.ts'))
      .sort();
    expect(numbered.map((n) => Number(n.slice(0, 2)))).toEqual(numbered.map((_, i) => i + 1));
    const composed = importsOf(readFileSync(join(PIPELINE, 'stages', 'analyse.ts'), 'utf8'))
      .map((s) => s.match(/^\.\/(\d\d)-/)?.[1])
      .filter((n) => n !== undefined);
    expect(composed.length).toBeGreaterThan(5);
    expect(composed).toEqual([...composed].sort());
  });

  it('has no import cycles', () => {
    expect(findCycles(importGraph(files), PIPELINE)).toEqual([]);
  });
});
