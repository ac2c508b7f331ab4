import { getContext, setContext } from 'svelte';
import type { Selection } from '../lib/computeSelection';
import { weighSpeakers, type Counted } from '../lib/countUnits';
import type { CorpusIndex } from '../lib/corpusIndex';
import type { Filters } from '../lib/filters';
import type { EventSplit, TermSource } from '../lib/urlState';
import type { CountMode } from '../lib/countUnits';
import type { Dashboard, DashboardView } from './context';
import { scheduleWhenIdle, type Schedule } from './viewState.svelte';

/** The dashboard's values at one moment: what a panel out of view shows until it catches up. */
export interface DashboardSnapshot {
  readonly index: CorpusIndex;
  readonly filters: Filters;
  readonly speaker: string | null;
  readonly terms: TermSource;
  readonly split: EventSplit;
  readonly count: CountMode;
  readonly masks: Uint8Array;
  readonly selection: Selection;
  readonly filterLine: string;
  readonly counted: Counted;
  readonly countedAnyEvent: Counted;
}

/** Reads every value a panel can ask for (computing those not yet computed). */
export function takeSnapshot(d: Dashboard): DashboardSnapshot {
  const { view } = d;
  return {
    index: d.index,
    filters: view.filters,
    speaker: view.speaker,
    terms: view.terms,
    split: view.split,
    count: view.count,
    masks: d.masks,
    selection: d.selection,
    filterLine: d.filterLine,
    counted: d.counted(),
    countedAnyEvent: d.counted('event'),
  };
}

/**
 * The live dashboard as of the last time the page was idle. A filter click updates the
 * panels in view at once; those out of view keep this snapshot until the frame showing the
 * click has been painted and the page is idle (or they scroll into view), so a click pays
 * only for what can be seen. `refresh()` asks for a new snapshot; one is pending at a
 * time, and it reads the values current when it runs, so clicks in a row are caught up
 * together rather than one by one.
 */
export class SettledDashboard {
  #live: Dashboard;
  #schedule: Schedule;
  #snapshot = $state.raw<DashboardSnapshot>() as DashboardSnapshot;
  #cancel: (() => void) | undefined;

  constructor(live: Dashboard, schedule: Schedule = scheduleWhenIdle) {
    this.#live = live;
    this.#schedule = schedule;
    this.#snapshot = takeSnapshot(live);
  }

  get snapshot(): DashboardSnapshot {
    return this.#snapshot;
  }
  /** Whether a catch-up is waiting. */
  get pending(): boolean {
    return this.#cancel !== undefined;
  }

  refresh(): void {
    this.#cancel ??= this.#schedule(() => {
      this.#cancel = undefined;
      this.#snapshot = takeSnapshot(this.#live);
    });
  }

  /** Catch up now (a full-page capture, a test), dropping the wait. */
  flush(): void {
    this.#cancel?.();
    this.#cancel = undefined;
    this.#snapshot = takeSnapshot(this.#live);
  }

  cancel(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }
}

/** Whether the elements a panel registered are in (or near) the viewport. */
export class ViewportGate {
  /** Registered elements not yet reported by the observer: counted as in view, so the first render is complete. */
  #unreported = $state(0);
  #inView = $state(0);
  #states = new Map<Element, boolean | undefined>();

  get visible(): boolean {
    return this.#inView > 0 || this.#unreported > 0;
  }

  /** Observer callback: `el` is now in view or not. */
  report(el: Element, inView: boolean): void {
    if (!this.#states.has(el)) return;
    const was = this.#states.get(el);
    if (was === inView) return;
    if (was === undefined) this.#unreported--;
    else if (was) this.#inView--;
    if (inView) this.#inView++;
    this.#states.set(el, inView);
  }

  add(el: Element): void {
    if (this.#states.has(el)) return;
    this.#states.set(el, undefined);
    this.#unreported++;
  }

  delete(el: Element): void {
    if (!this.#states.has(el)) return;
    const was = this.#states.get(el);
    this.#states.delete(el);
    if (was === undefined) this.#unreported--;
    else if (was) this.#inView--;
  }
}

const gates = new Map<Element, ViewportGate>();
let observer: IntersectionObserver | undefined;

/** Svelte action: count `node` towards `gate`'s visibility (no-op without a gate, or without IntersectionObserver). */
export function observeGate(node: Element, gate: ViewportGate | undefined) {
  if (!gate || typeof IntersectionObserver !== 'function') return {};
  observer ??= new IntersectionObserver((entries) => {
    for (const e of entries) gates.get(e.target)?.report(e.target, e.isIntersecting);
  });
  gate.add(node);
  gates.set(node, gate);
  observer.observe(node);
  return {
    destroy() {
      observer?.unobserve(node);
      gates.delete(node);
      gate.delete(node);
    },
  };
}

/**
 * The dashboard as a panel sees it: live while any of its elements is in view, else the
 * settled snapshot. Actions (toggle, clear…) always go to the live view state. Reading a
 * value subscribes to the gate, and to the live state only while in view, so an offscreen
 * panel's derived data do not re-run on a click.
 */
export function gateDashboard(live: Dashboard, settled: SettledDashboard, gate: ViewportGate): Dashboard {
  const frozen = (): DashboardSnapshot | undefined => (gate.visible ? undefined : settled.snapshot);
  const lv = live.view;
  const view: DashboardView = {
    get filters() {
      return frozen()?.filters ?? lv.filters;
    },
    get speaker() {
      const f = frozen();
      return f ? f.speaker : lv.speaker;
    },
    get terms() {
      return frozen()?.terms ?? lv.terms;
    },
    get split() {
      return frozen()?.split ?? lv.split;
    },
    get count() {
      return frozen()?.count ?? lv.count;
    },
    toggle: (facet, value) => lv.toggle(facet, value),
    remove: (facet, value) => lv.remove(facet, value),
    setText: (text) => lv.setText(text),
    clear: () => lv.clear(),
    openSpeaker: (id) => lv.openSpeaker(id),
    setTerms: (terms) => lv.setTerms(terms),
    setSplit: (split) => lv.setSplit(split),
    setCount: (count) => lv.setCount(count),
  };
  return {
    view,
    get store() {
      return live.store;
    },
    get index() {
      return frozen()?.index ?? live.index;
    },
    get masks() {
      return frozen()?.masks ?? live.masks;
    },
    get selection() {
      return frozen()?.selection ?? live.selection;
    },
    get filterLine() {
      return frozen()?.filterLine ?? live.filterLine;
    },
    get sourceLine() {
      return live.sourceLine;
    },
    counted(except) {
      const f = frozen();
      return f ? (except === 'event' ? f.countedAnyEvent : f.counted) : live.counted(except);
    },
    weigh(selected, except) {
      const f = frozen();
      return f ? weighSpeakers(except === 'event' ? f.countedAnyEvent : f.counted, selected) : live.weigh(selected, except);
    },
    label: (facet, value) => live.label(facet, value),
  };
}

const KEY = Symbol('viewport-gate');
export const setGate = (g: ViewportGate) => setContext(KEY, g);
export const getGate = () => getContext<ViewportGate | undefined>(KEY);
const SETTLED = Symbol('settled-dashboard');
export const setSettled = (s: SettledDashboard) => setContext(SETTLED, s);
export const getSettled = () => getContext<SettledDashboard>(SETTLED);
