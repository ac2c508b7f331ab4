import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
import { openDatabase, readCorpus, readCorpusHead, replaceCorpus } from './database';

const META = { sha256: 'b'.repeat(64), bytes: 1, source: 'corpus.json', origin: 'published' } as const;

/** A corpus with a reported quote, an unattributed quote and a warning. */
function withNewFields() {
  const c = smallCorpus();
  c.quotes[1] = { ...c.quotes[1]!, kind: 'reported' };
  const t = c.documents[0]!.text;
  const start = t.indexOf('More later');
  c.unattributed = [{ id: 'u1', documentId: 'd1', eventId: 'e1', start, end: start + 10, text: 'More later', kind: 'direct' }];
  c.warnings = [{ file: 'd4.txt', message: 'no speakers found' }];
  return c;
}

describe('stored corpus keeps quote kinds, unattributed quotes and warnings', () => {
  it.each([
    ['readCorpus', async (db: ReturnType<typeof openDatabase>) => readCorpus(db)],
    ['readCorpusHead then complete()', async (db: ReturnType<typeof openDatabase>) => (await readCorpusHead(db))!.complete()],
  ] as const)('%s', async (_n, read) => {
    const db = openDatabase(`kind-${_n}`);
    const c = withNewFields();
    await replaceCorpus(db, c, META);
    const back = (await read(db))!;
    expect(back.quotes.map((q) => q.kind)).toEqual([undefined, 'reported', undefined, undefined, undefined]);
    expect(back.quotes[0]).not.toHaveProperty('kind');
    expect(back.unattributed).toEqual(c.unattributed);
    expect(back.warnings).toEqual(c.warnings);
  });

  it('a corpus without them reads back without them', async () => {
    const db = openDatabase('kind-absent');
    await replaceCorpus(db, smallCorpus(), META);
    const back = (await readCorpus(db))!;
    expect(back).not.toHaveProperty('unattributed');
    expect(back).not.toHaveProperty('warnings');
  });
});
