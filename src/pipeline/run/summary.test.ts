import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Corpus, corpusFromLines, CorpusVersion, type CorpusSummary } from '../../corpus';
import { computeMasks, passingSpeakers } from '../../lib/computeMasks';
import { computeSelection, computeSummary } from '../../lib/computeSelection';
import { buildIndex } from '../../lib/corpusIndex';
import { computeCountryBars } from '../../lib/countryBars';
import { computeCounted, weighSpeakers } from '../../lib/countUnits';
import { EMPTY_FILTERS } from '../../lib/filters';
import { countSelectedBy } from '../../lib/speakerKeyIds';
import { DEFAULT_URL_STATE } from '../../lib/urlState';
import { preprocess } from './cli';

/**
 * What the dashboard shows unfiltered, derived from a whole corpus the way App.svelte, CountToggle,
 * SummaryStrip and CountryView do, step by step (not through computeFirstView, which the CLI uses).
 */
function pageFigures(corpus: Corpus) {
  const index = buildIndex(corpus);
  const { filters, terms, count } = DEFAULT_URL_STATE;
  const masks = computeMasks(index, filters, terms);
  const selection = computeSelection(index, masks, filters, undefined, terms);
  const counted = computeCounted(index, count, filters, terms);
  const weigh = (selected: Uint8Array) => weighSpeakers(counted, selected);
  const byCountry = countSelectedBy(index, weigh(passingSpeakers(masks, 'country')), 'country');
  return {
    count,
    ...computeSummary(selection),
    counted: weigh(passingSpeakers(masks)).reduce((n, w) => n + w, 0),
    speakersInCountLine: selection.speakers.length,
    bars: computeCountryBars(byCountry),
    map: byCountry,
  };
}

/** The same figures as the preview draws them from a summary. */
function previewFigures(s: CorpusSummary) {
  const byCountry = s.byCountry.map(([key, count]) => ({ key, count }));
  const { version: _, byCountry: __, ...tiles } = s;
  return { ...tiles, speakersInCountLine: s.speakers, bars: computeCountryBars(byCountry), map: byCountry };
}

describe('the version file summary', () => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

  it.each([
    ['the sample articles, as lines', 'data/articles', 'corpus.jsonl'],
    ['the sample articles, as one JSON document', 'data/articles', 'corpus.json'],
    ['the held-out articles, as lines', 'tests/fixtures/heldout/texts', 'corpus.jsonl'],
  ])('has the figures the dashboard computes from the corpus it describes: %s', async (_, input, name) => {
    const out = join(mkdtempSync(join(tmpdir(), 'podium-summary-')), name);
    await preprocess({ input, output: out, strict: false }, { quiet: true });
    const version = CorpusVersion.parse(JSON.parse(readFileSync(out.replace(/\.jsonl?$/, '.version.json'), 'utf8')));
    const text = readFileSync(out, 'utf8');
    const corpus = name.endsWith('.jsonl') ? corpusFromLines(text.split('\n')) : Corpus.parse(JSON.parse(text));
    expect(version.summary).toBeDefined();
    const page = pageFigures(corpus);
    expect(page.speakers).toBeGreaterThan(0);
    expect(previewFigures(version.summary!)).toEqual(page);
  });

  it('tells a corpus that differs by one speaker country from the one summarised', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'podium-summary-')), 'corpus.jsonl');
    await preprocess({ input: 'data/articles', output: out, strict: false }, { quiet: true });
    const summary = CorpusVersion.parse(
      JSON.parse(readFileSync(out.replace(/\.jsonl$/, '.version.json'), 'utf8')),
    ).summary!;
    const corpus = corpusFromLines(readFileSync(out, 'utf8').split('\n'));
    const moved = corpus.speakers.findIndex((s) => s.country === 'SE');
    const changed = { ...corpus, speakers: corpus.speakers.map((s, i) => (i === moved ? { ...s, country: 'NO' } : s)) };
    expect(previewFigures(summary)).not.toEqual(pageFigures(changed));
  });

  it('is dropped when it does not parse, and the rest of the version file kept', () => {
    const v = CorpusVersion.parse({
      sha256: 'a'.repeat(64),
      bytes: 10,
      file: 'corpus.jsonl',
      summary: { version: 999, count: 'event' },
    });
    expect(v).toEqual({ sha256: 'a'.repeat(64), bytes: 10, file: 'corpus.jsonl' });
  });
});
