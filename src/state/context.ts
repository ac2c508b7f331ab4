import { getContext, setContext } from 'svelte';
import type { CorpusIndex } from '../lib/corpusIndex';
import type { Selection } from '../lib/computeSelection';
import type { Counted } from '../lib/countUnits';
import type { Facet } from '../lib/filters';
import type { CorpusStore } from './corpusStore.svelte';
import type { ViewState } from './viewState.svelte';

/** The view state as the views use it: what is selected and shown, and the actions that change it. */
export type DashboardView = Pick<
  ViewState,
  'filters' | 'speaker' | 'terms' | 'split' | 'count' | 'toggle' | 'remove' | 'setText' | 'clear' | 'openSpeaker' | 'setTerms' | 'setSplit' | 'setCount'
>;

/** What every view reads: the view state, the loaded corpus, and getters for derived values. */
export interface Dashboard {
  readonly view: DashboardView;
  readonly store: CorpusStore;
  /** The loaded index (views render only once a corpus is loaded). */
  readonly index: CorpusIndex;
  /** Which filters each speaker fails (see computeMasks). */
  readonly masks: Uint8Array;
  /** The records behind all active filters. */
  readonly selection: Selection;
  /** The active filters in words, for export captions. */
  readonly filterLine: string;
  /** The export source line ("Source: corpus.json (5 articles, 2 events, …) · Podium"). */
  readonly sourceLine: string;
  /** What the charts count in the view's count mode, within the filters (the event chart lifts the event filter). */
  counted(except?: Facet): Counted;
  /** Counted units per speaker position for these selected speakers (flags), as chart weights. */
  weigh(selected: Uint8Array, except?: Facet): Int32Array;
  /** Human label for a facet value. */
  label(facet: string, value: string): string;
}

const KEY = Symbol('dashboard');
export const setDashboard = (d: Dashboard) => setContext(KEY, d);
export const getDashboard = () => getContext<Dashboard>(KEY);

/** The context `mount()` takes to render a view under `d` (component tests, which have no App to set it). */
export const dashboardContext = (d: Dashboard) => new Map<unknown, unknown>([[KEY, d]]);
