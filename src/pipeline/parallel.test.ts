import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './index';
import { buildCorpusFromFiles } from './parallel';

const article = (n: number) =>
  `Forum on water rights ${n}\n\nDelegates met at a forum on March ${n + 1}, 2021.\n\nSwedish MP Anna Berg${n}\n\n“Free water now, free water for every village,” Berg${n} said. “Free water now.”\n\nThe farmers listened.\n`;

describe('buildCorpusFromFiles', () => {
  it('gives the corpus buildCorpus gives, byte for byte, with half the files analysed in a worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-par-'));
    const names = Array.from({ length: 6 }, (_, i) => `a${i}.txt`);
    names.forEach((f, i) => writeFileSync(join(dir, f), article(i)));
    writeFileSync(join(dir, 'empty.txt'), '');
    const files = [...names, 'empty.txt'].reverse().map((file) => ({ file, path: join(dir, file), bytes: statSync(join(dir, file)).size }));
    const stages: string[] = [];
    const parallel = await buildCorpusFromFiles(files, { onStage: (s) => stages.push(s) }, 0);
    const serial = buildCorpus(files.map((f) => ({ file: f.file, bytes: readFileSync(f.path) })));
    expect(stages.filter((s) => s.startsWith('analyse without'))).toEqual([]);
    expect(parallel.corpus.documents.length).toBeGreaterThan(1);
    expect(JSON.stringify(parallel.corpus)).toBe(JSON.stringify(serial.corpus));
    expect(parallel.rejected).toEqual(serial.rejected);
  }, 30_000);
});
