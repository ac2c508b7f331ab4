// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Corpus, CorpusSummary } from '../corpus';
import { computeMasks } from '../lib/computeMasks';
import { computeSelection } from '../lib/computeSelection';
import { buildIndex } from '../lib/corpusIndex';
import { EMPTY_FILTERS, type Filters } from '../lib/filters';
import { smallCorpus } from '../lib/__fixtures__/smallCorpus';
import { dashboardContext, type Dashboard } from '../state/context';
import SummaryStrip from './SummaryStrip.svelte';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

/** What a first load shows before its quotes are in: the corpus without them (its summary has 4 documents, 5 quotes). */
const head: Corpus = { ...smallCorpus(), quotes: [], unattributed: [] };
const summary = { version: 1, count: 'event', documents: 40, events: 3, speakers: 5, countries: 3, quotes: 50, counted: 6, byCountry: [] } satisfies CorpusSummary;

/** The tiles' text by name, under a dashboard showing `corpus` (only what SummaryStrip reads). */
function renderTiles(corpus: Corpus, store: { recordsPending: boolean; summary: CorpusSummary | undefined }, filters: Filters = EMPTY_FILTERS) {
  const index = buildIndex(corpus);
  const selection = computeSelection(index, computeMasks(index, filters, 'quote'), filters);
  const d = { selection, store, view: { filters } } as unknown as Dashboard;
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(SummaryStrip, { target, context: dashboardContext(d) });
  flushSync();
  const tile = (key: string) => target.querySelector(`[data-testid="count-${key}"]`)!;
  return Object.fromEntries(['documents', 'events', 'speakers', 'quotes'].map((k) => [k, tile(k).getAttribute('aria-busy') === 'true' ? 'pending' : tile(k).textContent]));
}

describe('SummaryStrip', () => {
  it.each([
    ['records in: the selection its own counts', smallCorpus(), false, undefined, EMPTY_FILTERS, { documents: '4', events: '3', speakers: '5', quotes: '5' }],
    ["records pending, unfiltered: the version file's summary for documents and quotes", head, true, summary, EMPTY_FILTERS, { documents: '40', events: '3', speakers: '5', quotes: '50' }],
    ['records pending, no summary (an older version file, a corpus already stored): Pending, not 0', head, true, undefined, EMPTY_FILTERS, { documents: 'pending', events: '3', speakers: '5', quotes: 'pending' }],
    ['records pending, filtered: Pending (the summary is of the whole corpus)', head, true, summary, { ...EMPTY_FILTERS, country: ['FR'] }, { documents: 'pending', events: '2', speakers: '2', quotes: 'pending' }],
  ] as const)('%s', (_n, corpus, recordsPending, s, filters, expected) => {
    expect(renderTiles(corpus, { recordsPending, summary: s }, filters)).toEqual(expected);
  });

  it('shows the Pending marker to sight ("…") and to a screen reader ("loading")', () => {
    renderTiles(head, { recordsPending: true, summary: undefined });
    const quotes = document.querySelector('[data-testid="count-quotes"]')!;
    expect(quotes.textContent).toBe('…loading');
    expect(quotes.querySelector('[aria-hidden="true"]')?.textContent).toBe('…');
  });
});
