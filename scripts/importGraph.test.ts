import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, importsOf, sourceFiles } from './importGraph';

describe('importsOf', () => {
  it.each([
    ["import { a } from './a';", ['./a']],
    ["import type { A } from '../b';", ['../b']],
    ["export { c } from './c';\nexport * from \"./d\";", ['./c', './d']],
    ["import './side-effect';", ['./side-effect']],
    ["const m = await import('./lazy.ts');", ['./lazy.ts']],
    ["import {\n  x,\n  y,\n} from 'node:fs';", ['node:fs']],
    ["// import { old } from './gone';\n/* import { older } from './gone2'; */\nconst s = 'from here';", []],
  ])('%j → %j', (source, expected) => expect(importsOf(source)).toEqual(expected));
});

/** A folder holding the given files, and its listing as sourceFiles gives it. */
function tree(files: Record<string, string>): { dir: string; graph: Map<string, string[]> } {
  const dir = mkdtempSync(join(tmpdir(), 'podium-imports-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, graph: importGraph(sourceFiles(dir)) };
}

describe('findCycles', () => {
  it.each([
    ['none: a chain', { 'a.ts': "import './b';", 'b.ts': "import './c';", 'c.ts': '' }, []],
    ['two files importing each other', { 'a.ts': "import { b } from './b';", 'b.ts': "import type { A } from './a';" }, [['a.ts', 'b.ts']]],
    ['a loop through a folder index and a subfolder', { 'a.ts': "import './sub';", 'sub/index.ts': "import './x';", 'sub/x.ts': "import '../a';" }, [['a.ts', 'sub/index.ts', 'sub/x.ts']]],
    ['a file importing itself', { 'a.ts': "import './a';" }, [['a.ts']]],
    ['tests do not count', { 'a.ts': "import './b';", 'b.ts': '', 'b.test.ts': "import './a'; import './b';" }, []],
    ['packages and node: modules do not count', { 'a.ts': "import 'zod'; import 'node:fs';" }, []],
  ])('%s', (_name, files, expected) => {
    const { dir, graph } = tree(files);
    expect(findCycles(graph, dir)).toEqual(expected);
  });
});
