import { SUMMARY_VERSION, type Corpus, type CorpusSummary, type Document, type Quote } from '../corpus';
import { computeMasks, passingSpeakers } from './computeMasks';
import { computeSelection, computeSummary } from './computeSelection';
import { buildIndex, type CorpusIndex } from './corpusIndex';
import { computeCounted, weighSpeakers, type CountMode } from './countUnits';
import { EMPTY_FILTERS } from './filters';
import { countSelectedBy } from './speakerKeyIds';
import { DEFAULT_URL_STATE } from './urlState';

/** The charts' grand total: counted units over the speakers weighed (the count line's figure). */
export const sumWeights = (weights: Int32Array): number => weights.reduce((n, w) => n + w, 0);

/**
 * The dashboard's first row in its default view (no filters), as App.svelte and the
 * first row's views derive it: summary strip, count line, country chart and map.
 * The CLI writes it to the version file (CorpusSummary); the page draws it on a first
 * load until the corpus is in, so it must be these functions and no others.
 */
export function computeFirstView(index: CorpusIndex, count: CountMode = DEFAULT_URL_STATE.count): CorpusSummary {
  const f = EMPTY_FILTERS;
  const masks = computeMasks(index, f, DEFAULT_URL_STATE.terms);
  const tiles = computeSummary(computeSelection(index, masks, f, undefined, DEFAULT_URL_STATE.terms));
  const counted = computeCounted(index, count, f, DEFAULT_URL_STATE.terms);
  const byCountry = countSelectedBy(index, weighSpeakers(counted, passingSpeakers(masks, 'country')), 'country');
  return {
    version: SUMMARY_VERSION,
    count,
    ...tiles,
    counted: sumWeights(weighSpeakers(counted, passingSpeakers(masks))),
    byCountry: byCountry.map((c) => [c.key, c.count]),
  };
}

/** A corpus as the CLI holds it once written: no texts, no term rows (its CorpusOutline is one). */
export type CorpusWithoutTexts = Omit<Corpus, 'documents' | 'quotes' | 'unattributed' | 'terms'> & {
  documents: readonly Omit<Document, 'text'>[];
  quotes: readonly Omit<Quote, 'text'>[];
};

/**
 * The summary of a corpus whose texts and term rows are left out (the CLI holds no more):
 * the default view reads neither, so the index is built with none.
 */
export function summariseCorpus(corpus: CorpusWithoutTexts): CorpusSummary {
  const bare = { ...corpus, unattributed: [], terms: { vocabulary: [], rows: [] } } as unknown as Corpus;
  return computeFirstView(buildIndex(bare));
}
