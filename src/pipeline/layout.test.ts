import { isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, importsOf, sourceFiles } from '../../scripts/importGraph';

const PIPELINE = import.meta.dirname;
const files = sourceFiles(PIPELINE);

describe('src/pipeline layout', () => {
  it('has source files to check (the scan is not looking in the wrong place)', () => {
    expect(files.map((f) => relative(PIPELINE, f))).toEqual(
      expect.arrayContaining(['index.ts', join('run', 'cli.ts')]),
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

  it('has no import cycles', () => {
    expect(findCycles(importGraph(files), PIPELINE)).toEqual([]);
  });
});
