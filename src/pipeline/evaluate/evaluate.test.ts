import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './index';
import { evaluateCorpus, failedFloors, FLOORS, foldText, type Gold } from './evaluate';
import type { Corpus } from '../corpus/schema';

const dir = 'data/articles';
const gold = JSON.parse(readFileSync('tests/fixtures/seeds.json', 'utf8')) as Gold;
const { corpus } = buildCorpus(readdirSync(dir).sort().map((file) => ({ file, bytes: readFileSync(join(dir, file)) })));
const scores = evaluateCorpus(corpus, gold);

describe('the pipeline on the sample articles meets the floors of the answer key', () => {
  it('speaker detection per document', () => {
    expect(scores.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(FLOORS.recall);
  });
  it('resolution: the same people as the key', () => {
    expect(scores.bcubedF1).toBeGreaterThanOrEqual(FLOORS.bcubedF1);
    expect(scores.people.found).toBe(67);
  });
  it('country and role', () => {
    expect(scores.country).toBeGreaterThanOrEqual(FLOORS.country);
    expect(scores.role).toBeGreaterThanOrEqual(FLOORS.role);
  });
  it('two events with the right dates, each document on the right one', () => {
    expect(scores.events).toEqual({ gold: 2, rightDate: 2, documents: 5, rightDocuments: 5, found: 2 });
  });
  it('quote anchors inside a quote of the right speaker', () => {
    expect(scores.quotes.share).toBeGreaterThanOrEqual(FLOORS.quotes);
  });
  it('no non-speakers reported', () => expect(scores.nonSpeakers).toEqual([]));
  it('all floors', () => expect(failedFloors(scores)).toEqual([]));
});

/** A deep copy to damage. */
const clone = (c: Corpus): Corpus => JSON.parse(JSON.stringify(c)) as Corpus;

describe('the evaluator can fail', () => {
  it.each([
    [
      'speakers dropped',
      (c: Corpus) => {
        const keep = new Set(c.speakers.filter((_, i) => i % 3 !== 0).map((s) => s.id));
        c.appearances = c.appearances.filter((a) => keep.has(a.speakerId));
      },
      /recall/,
    ],
    [
      'pairs of different people merged',
      (c: Corpus) => {
        const into = new Map<string, string>();
        c.speakers.forEach((s, i) => {
          if (i % 2 === 0) return;
          const other = c.speakers[i - 1]!;
          into.set(s.id, other.id);
          other.aliases.push(s.name, ...s.aliases);
        });
        c.appearances = c.appearances.map((a) => ({ ...a, speakerId: into.get(a.speakerId) ?? a.speakerId }));
      },
      /bcubedF1/,
    ],
    ['countries wiped', (c: Corpus) => c.speakers.forEach((s) => (s.country = 'AQ')), /country/],
    ['roles wrong', (c: Corpus) => c.speakers.forEach((s) => (s.role = 'other')), /role/],
    ['quotes emptied', (c: Corpus) => (c.quotes = []), /quotes/],
    [
      'all documents on one event',
      (c: Corpus) => {
        c.documents.forEach((d) => (d.eventId = c.events[0]!.id));
      },
      /events/,
    ],
    [
      'a mentioned person reported as a speaker',
      (c: Corpus) => {
        const mentioned = gold.nonSpeakers.find((n) => n.name.includes(' '))!;
        const doc = c.documents.find((d) => d.file === mentioned.docs[0])!;
        c.speakers.push({ id: 'mentioned', name: mentioned.name, aliases: [], titles: [], role: 'other', country: null, affiliations: [] });
        c.appearances.push({ speakerId: 'mentioned', eventId: doc.eventId!, documentId: doc.id });
      },
      /non-speakers/,
    ],
  ])('%s', (_n, damage, floor) => {
    const c = clone(corpus);
    damage(c);
    expect(failedFloors(evaluateCorpus(c, gold)).join('; ')).toMatch(floor);
  });
});

describe('foldText', () => {
  it.each([
    ['“We  win,”\nshe', "We win, she"],
    ['it’s', "it's"],
  ])('%s', (a, b) => expect(foldText(a)).toBe(b));
});
