import { describe, expect, it } from 'vitest';
import { Corpus, corpusFromLines, groupAppearances } from '../../corpus';
import { publishLines } from '../../lib/__fixtures__/publishLines';
import { smallCorpus } from '../../lib/__fixtures__/smallCorpus';
import { corpusLinesChunks, isLinesPath } from './corpusLines';

const written = (corpus: Corpus, size?: number) => Buffer.concat([...corpusLinesChunks(corpus, size)]).toString('utf8');

describe('corpusLinesChunks', () => {
  it.each([
    ['one chunk', undefined],
    ['chunks smaller than a line', 16],
  ])('writes the lines the browser fixture publishes (%s)', (_name, size) => {
    const corpus = smallCorpus();
    expect(written(corpus, size)).toBe(
      publishLines(corpus)
        .map((l) => `${l}\n`)
        .join(''),
    );
  });

  it('keeps every record one line: line breaks inside texts are escaped', () => {
    const corpus = smallCorpus();
    const text = written(corpus);
    expect(text.split('\n')).toHaveLength(
      1 +
        corpus.documents.length +
        corpus.events.length +
        corpus.speakers.length +
        corpus.speakers.filter((s) => s.evidence).length +
        corpus.speakers.filter((s) => s.aliases.length || s.titles.length).length +
        groupAppearances(corpus.appearances).length +
        corpus.quotes.length +
        corpus.terms.vocabulary.length +
        corpus.terms.rows.length +
        1,
    );
    expect(Corpus.parse(corpusFromLines(text.split('\n')))).toEqual(Corpus.parse(corpus));
  });

  it("writes each speaker's evidence as a line of its own after the appearances, the speakers' lines without it", () => {
    const corpus = smallCorpus();
    const lines = written(corpus).trimEnd().split('\n').slice(1);
    const sections = lines.map((l) => JSON.parse(l)[0] as string);
    expect(sections.lastIndexOf('appearances')).toBeLessThan(sections.indexOf('evidence'));
    expect(sections.indexOf('evidence')).toBeLessThan(sections.indexOf('quotes'));
    expect(lines.filter((l) => l.startsWith('["speakers"')).every((l) => !('evidence' in JSON.parse(l)[1]))).toBe(true);
    const withEvidence = corpus.speakers.filter((s) => s.evidence);
    expect(withEvidence.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.startsWith('["evidence"')).map((l) => JSON.parse(l)[1])).toEqual(
      withEvidence.map((s) => ({ speakerId: s.id, evidence: s.evidence })),
    );
  });

  it("writes each speaker's aliases and titles as a line of its own after the appearances, the speakers' lines without them", () => {
    const corpus = smallCorpus();
    const lines = written(corpus).trimEnd().split('\n').slice(1);
    const sections = lines.map((l) => JSON.parse(l)[0] as string);
    expect(sections.lastIndexOf('appearances')).toBeLessThan(sections.indexOf('speakerNames'));
    expect(sections.lastIndexOf('speakerNames')).toBeLessThan(sections.indexOf('evidence'));
    expect(
      lines
        .filter((l) => l.startsWith('["speakers"'))
        .every((l) => !('aliases' in JSON.parse(l)[1]) && !('titles' in JSON.parse(l)[1])),
    ).toBe(true);
    const named = corpus.speakers.filter((s) => s.aliases.length || s.titles.length);
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThan(corpus.speakers.length);
    expect(lines.filter((l) => l.startsWith('["speakerNames"')).map((l) => JSON.parse(l)[1])).toEqual(
      named.map((s) => ({ speakerId: s.id, aliases: s.aliases, titles: s.titles })),
    );
  });

  it('writes the appearances of one document at one event as one line naming its speakers, in their order', () => {
    const corpus = smallCorpus();
    const lines = written(corpus)
      .trimEnd()
      .split('\n')
      .slice(1)
      .filter((l) => l.startsWith('["appearances"'));
    const groups = lines.map((l) => JSON.parse(l)[1] as { documentId: string; eventId: string; speakerIds: string[] });
    expect(groups.length).toBeLessThan(corpus.appearances.length);
    expect(
      groups.flatMap((g) =>
        g.speakerIds.map((speakerId) => ({ speakerId, eventId: g.eventId, documentId: g.documentId })),
      ),
    ).toEqual(corpus.appearances);
  });

  it('writes term counts held as Int32Array as plain lists', () => {
    const corpus = smallCorpus();
    corpus.terms.rows = corpus.terms.rows.map((r) => ({
      ...r,
      counts: Int32Array.from(r.counts) as unknown as number[],
    }));
    expect(written(corpus)).toBe(
      publishLines(smallCorpus())
        .map((l) => `${l}\n`)
        .join(''),
    );
  });
});

describe('isLinesPath', () => {
  it.each([
    ['public/corpus.jsonl', true],
    ['x.NDJSON', true],
    ['public/corpus.json', false],
    ['corpus', false],
  ])('%s → %s', (path, lines) => expect(isLinesPath(path)).toBe(lines));
});
