import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus';
import { linesBody, publishLines, streamOf } from '../lib/__fixtures__/publishLines';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
import { knownLinks } from '../lib/appearanceLinks';
import { buildIndex } from '../lib/corpusIndex';
import { countUnits } from '../lib/countUnits';
import { openDatabase } from './database';
import { readCorpusLines } from './loadLines';
import { HeadPacker, HeadParts, type HeadPart } from './packHead';
import { readRawLineBatches } from './readLines';

let n = 0;

/**
 * A corpus-lines body read as the worker reads it (lean, the head handed on record by record and
 * packed into a part every `every` records), the parts cloned to the page as messages are, and
 * the head read as a loader that holds its records shows it, for the same body.
 */
async function bothWays(body: Uint8Array, every: number) {
  let held: Corpus | undefined;
  const db = openDatabase(`head-${n++}`);
  const meta = { source: 'c.jsonl', origin: 'file' as const, sha256: '', bytes: body.length };
  await readCorpusLines(db, readRawLineBatches(streamOf(body, 64)), meta, () => {}, (c, missing) => {
    if (missing === 'records') held = c;
  }, { lean: true, announce: false, put: async (chunks) => chunks });
  const packer = new HeadPacker();
  const parts: HeadPart[] = [];
  let added = 0;
  let valid: boolean | undefined;
  await readCorpusLines(openDatabase(`head-${n++}`), readRawLineBatches(streamOf(body, 64)), meta, () => {}, () => {}, {
    lean: true,
    announce: false,
    put: async (chunks) => chunks,
    head: {
      add: (section, record) => {
        packer.add(section, record);
        if (++added % every === 0) parts.push(structuredClone(packer.take()!));
      },
      valid: () => {
        const last = packer.take();
        if (last) parts.push(structuredClone(last));
        valid = packer.speakersWhole;
      },
    },
  });
  db.close();
  const page = new HeadParts();
  for (const p of parts) page.add(p);
  return { held, shown: valid === undefined ? undefined : page.corpus(), speakersWhole: valid };
}

const whole = publishLines(smallCorpus());
const at = (section: string) => whole.findIndex((l) => l.startsWith(`["${section}"`));
const edit = (i: number, f: (r: Record<string, unknown>) => unknown) => whole.map((l, j) => (j === i ? JSON.stringify([JSON.parse(l)[0], f(JSON.parse(l)[1])]) : l));
/** An appearances line as one line an appearance, as files were written before they were grouped. */
const ungroup = (l: string) => {
  const g = JSON.parse(l)[1] as { documentId: string; eventId: string; speakerIds: string[] };
  return g.speakerIds.map((speakerId) => JSON.stringify(['appearances', { speakerId, eventId: g.eventId, documentId: g.documentId }]));
};

describe('the head packed as it is read (HeadPacker, HeadParts)', () => {
  it.each([
    ['a file as the pipeline writes it', linesBody(whole)],
    ['a rejected file and a warning', linesBody([JSON.stringify({ ...JSON.parse(whole[0]!), counts: { ...JSON.parse(whole[0]!).counts, rejected: 1, warnings: 1 } }), JSON.stringify(['rejected', { file: 'x.txt', reason: 'empty' }]), JSON.stringify(['warnings', { file: 'y.txt', message: 'odd' }]), ...whole.slice(1)])],
    ['one appearance a line (files written before they were grouped)', linesBody(whole.flatMap((l) => (l.startsWith('["appearances"') ? ungroup(l) : [l])))],
    ['a speaker\'s evidence inside its record (files written before evidence lines)', linesBody(edit(at('speakers'), (r) => ({ ...r, evidence: { country: [], role: [], merges: [] } })))],
  ])('gives the page the head a loader holding its records shows: %s', async (_name, body) => {
    for (const every of [1, 2, 5, 1000]) {
      const { held, shown, speakersWhole } = await bothWays(body, every);
      expect(held).toBeDefined();
      // the speakers go without their evidence: it comes with the rest
      expect(shown).toEqual({ ...held!, speakers: held!.speakers.map(({ evidence: _, ...s }) => s) });
      expect(speakersWhole).toBe(held!.speakers.every((s) => s.evidence === undefined));
    }
  });

  it.each([
    ['an appearance of an unknown speaker', linesBody(edit(at('appearances'), (r) => ({ ...r, speakerIds: [...(r.speakerIds as string[]), 'nobody'] })))],
    ['a speaker record of the wrong type', linesBody(edit(at('speakers'), (r) => ({ ...r, role: 7 })))],
  ])('says nothing is valid when the head is not: %s', async (_name, body) => {
    const { held, shown } = await bothWays(body, 2);
    expect(held).toBeUndefined();
    expect(shown).toBeUndefined();
  });

  it('hands the index the count units it would count', async () => {
    // a speaker twice at one event in two documents, and once more in the first: one unit, two documents
    const ev = JSON.parse(whole[at('events')]!)[1].id as string;
    const sp = JSON.parse(whole[at('speakers')]!)[1].id as string;
    const more = [JSON.stringify(['appearances', { documentId: 'x1', eventId: ev, speakerIds: [sp] }]), JSON.stringify(['appearances', { documentId: 'x2', eventId: ev, speakerIds: [sp] }]), JSON.stringify(['appearances', { documentId: 'x1', eventId: ev, speakerIds: [sp] }])];
    for (const body of [linesBody(whole), linesBody([...whole.slice(0, at('speakerNames')), ...more, ...whole.slice(at('speakerNames'))])])
      for (const every of [1, 4, 1000]) {
        const head = (await bothWays(body, every)).shown!;
        const index = buildIndex(head);
        const given = countUnits(index, 'event');
        // the same corpus in new arrays: counted from the index
        const counted = countUnits(buildIndex({ ...head, appearances: [...head.appearances] }), 'event');
        expect(given).toBe(knownLinks.get(head.appearances)!.eventUnits);
        expect(given).toEqual(counted);
        expect(countUnits(index, 'article')).toEqual(countUnits(buildIndex({ ...head, appearances: [...head.appearances] }), 'article'));
      }
  });

  it('hands the index the appearances\u2019 positions it would look up', async () => {
    const body = linesBody([...whole.slice(0, at('appearances')), JSON.stringify(['appearances', { documentId: 'only-appears', eventId: JSON.parse(whole[at('events')]!)[1].id, speakerIds: [JSON.parse(whole[at('speakers')]!)[1].id] }]), ...whole.slice(at('appearances'))]);
    const back = (await bothWays(body, 3)).shown!;
    const given = buildIndex(back);
    // the same corpus in new arrays: every id looked up
    const looked = buildIndex({ ...back, speakers: [...back.speakers], events: [...back.events], documents: [...back.documents], appearances: [...back.appearances] });
    for (const k of ['appearanceSpeaker', 'appearanceEvent', 'appearanceDocument'] as const) expect(Array.from(given[k])).toEqual(Array.from(looked[k]));
    expect(Array.from(given.appearanceDocument)).not.toContain(-1);
  });
});
