import { getContext, setContext, untrack } from 'svelte';
import type { Selection } from '../lib/computeSelection';
import { weighSpeakers, type Counted } from '../lib/countUnits';
import type { CorpusIndex } from '../lib/corpusIndex';
import type { Filters } from '../lib/filters';
import type { EventSplit, TermSource } from '../lib/urlState';
import type { CountMode } from '../lib/countUnits';
import type { Dashboard, DashboardView } from './context';
import { isRenderingAll } from './renderAll';
import { idleSchedule, type Schedule } from './viewState.svelte';

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

/** How long a panel out of view may wait for an idle moment before it catches up anyway. */
const CATCH_UP_TIMEOUT_MS = 300;

/**
 * Whether a panel's elements are in the viewport, and what it shows while they are not:
 * the dashboard as it was when it left the viewport or last caught up. Elements not yet
 * reported by the observer count as in view, so the first render is complete.
 */
export class ViewportGate {
  #unreported = $state(0);
  #inView = $state(0);
  #states = new Map<Element, boolean | undefined>();
  /** Elements the browser skips rendering (`content-visibility: auto` far from the viewport). */
  #skipped = new Set<Element>();
  #snapshot = $state.raw<DashboardSnapshot | undefined>();
  #take: (() => DashboardSnapshot) | undefined;
  /** The live dashboard changed while this panel was out of view. */
  stale = false;

  /** `take` reads the live dashboard (given by CatchUp.register). */
  attach(take: () => DashboardSnapshot): void {
    this.#take = take;
  }

  /**
   * Whether the browser renders any of the panel's elements. A panel it skips is not caught
   * up when idle: nobody can see it, so it catches up when the browser starts rendering it
   * again (see reportSkipped), before the frame that draws it. (Several elements: drawn while any is.)
   */
  get rendered(): boolean {
    return this.#skipped.size < this.#states.size;
  }

  /** `contentvisibilityautostatechange` on `el`: the browser now skips its contents, or draws them. */
  reportSkipped(el: Element, skipped: boolean): void {
    if (!this.#states.has(el)) return;
    if (skipped) this.#skipped.add(el);
    else this.#skipped.delete(el);
    // one of its elements comes near the viewport: show the current filters in the frame that first draws it
    // (not the last ones, then these in the idle catch-up: two layouts of the same panel)
    if (!skipped && this.stale && !this.visible && this.#take) this.freeze(this.#take());
  }

  get visible(): boolean {
    return this.#inView > 0 || this.#unreported > 0;
  }
  /** What the panel shows while out of view. */
  get snapshot(): DashboardSnapshot | undefined {
    return this.#snapshot;
  }

  /** Show `s` while out of view. */
  freeze(s: DashboardSnapshot): void {
    this.#snapshot = s;
    this.stale = false;
  }

  /** Observer callback: `el` is now in view or not. */
  report(el: Element, inView: boolean): void {
    if (!this.#states.has(el)) return;
    const was = this.#states.get(el);
    if (was === inView) return;
    const before = this.visible;
    if (was === undefined) this.#unreported--;
    else if (was) this.#inView--;
    if (inView) this.#inView++;
    this.#states.set(el, inView);
    // leaving the viewport: keep what it shows now, so nothing redraws until the filters change
    if (before && !this.visible && this.#take) this.freeze(this.#take());
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
    this.#skipped.delete(el);
    if (was === undefined) this.#unreported--;
    else if (was) this.#inView--;
  }
}

/**
 * Brings panels out of view up to date off the click's path. A filter click redraws only
 * the panels in view; `refresh()` marks the others stale, and they catch up together in
 * the next idle callback (one style, layout and paint for all of them), or as soon as one
 * scrolls into view. The catch-up reads the values current when it runs, so clicks in a
 * row are caught up together rather than one by one.
 */
export class CatchUp {
  #live: Dashboard;
  #schedule: Schedule;
  #gates = new Set<ViewportGate>();
  #cancel: (() => void) | undefined;

  #drawsAll: () => boolean;

  /** `drawsAll` says when the page draws every panel, skipped or not (a print or a full-page capture, see renderAll). */
  constructor(live: Dashboard, schedule: Schedule = idleSchedule(CATCH_UP_TIMEOUT_MS), drawsAll: () => boolean = isRenderingAll) {
    this.#live = live;
    this.#schedule = schedule;
    this.#drawsAll = drawsAll;
  }

  /** A panel out of view that the page draws (or will draw in this frame) and that shows older filters. */
  #due(g: ViewportGate): boolean {
    return g.stale && !g.visible && (g.rendered || this.#drawsAll());
  }

  /** Follow `gate`; returns the function that stops following it. */
  register(gate: ViewportGate): () => void {
    const take = () => untrack(() => takeSnapshot(this.#live));
    gate.attach(take);
    gate.freeze(take());
    this.#gates.add(gate);
    return () => this.#gates.delete(gate);
  }

  /** Whether a panel out of view that the browser draws still shows older filters (skipped ones wait until drawn). */
  get pending(): boolean {
    for (const g of this.#gates) if (this.#due(g)) return true;
    return false;
  }

  /** The live dashboard changed: panels out of view are stale. */
  refresh(): void {
    untrack(() => {
      for (const g of this.#gates) if (!g.visible) g.stale = true;
    });
    this.#pump();
  }

  /** Catch every panel out of view up now, skipped ones too, dropping the wait (another corpus, a print, a full-page capture). */
  flush(): void {
    this.cancel();
    untrack(() => {
      for (const g of this.#gates) if (!g.visible) g.freeze(takeSnapshot(this.#live));
    });
  }

  /** The page is about to draw every panel (see renderAll): catch up those still showing older filters, now. */
  drawAll(): void {
    untrack(() => {
      let snapshot: DashboardSnapshot | undefined;
      for (const g of this.#gates) if (g.stale && !g.visible) g.freeze((snapshot ??= takeSnapshot(this.#live)));
    });
  }

  cancel(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  #pump(): void {
    this.#cancel ??= this.#schedule(() => {
      this.#cancel = undefined;
      // all at once: each catch-up in its own task cost the page a style, layout and paint of its own
      let snapshot: DashboardSnapshot | undefined;
      untrack(() => {
        for (const g of this.#gates) if (this.#due(g)) g.freeze((snapshot ??= takeSnapshot(this.#live)));
      });
    });
  }
}

/**
 * Panels this close to the viewport count as in view and update with the click: a viewport
 * height below the fold (the role and organisation charts on a 900 px page). With a quarter of
 * the viewport those were caught up at idle, a second pass and frame costing more main-thread
 * time in all than the click's own pass spared; at 1.5 viewport heights (about as far as
 * Chromium draws `content-visibility: auto` panels) a full-page capture after a filter showed
 * the speakers table half drawn (e2e/sources.e2e.ts). See bench/README, "Fewer reactions per click".
 */
const NEAR_VIEW_MARGIN = '100% 0px';

const gates = new Map<Element, ViewportGate>();
let observer: IntersectionObserver | undefined;

/** Svelte action: count `node` towards `gate`'s visibility (no-op without a gate, or without IntersectionObserver). */
export function observeGate(node: Element, gate: ViewportGate | undefined) {
  if (!gate || typeof IntersectionObserver !== 'function') return {};
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) gates.get(e.target)?.report(e.target, e.isIntersecting);
    },
    { rootMargin: NEAR_VIEW_MARGIN },
  );
  gate.add(node);
  gates.set(node, gate);
  observer.observe(node);
  const skipped = (e: Event) => {
    if (e.target === node) gate.reportSkipped(node, (e as ContentVisibilityAutoStateChangeEvent).skipped);
  };
  node.addEventListener('contentvisibilityautostatechange', skipped);
  return {
    destroy() {
      node.removeEventListener('contentvisibilityautostatechange', skipped);
      observer?.unobserve(node);
      gates.delete(node);
      gate.delete(node);
    },
  };
}

/**
 * The dashboard as a panel sees it: live while any of its elements is in view, else its
 * gate's snapshot. Actions (toggle, clear…) always go to the live view state. Reading a
 * value subscribes to the gate, and to the live state only while in view, so an offscreen
 * panel's derived data do not re-run on a click.
 */
export function gateDashboard(live: Dashboard, gate: ViewportGate): Dashboard {
  const frozen = (): DashboardSnapshot | undefined => (gate.visible ? undefined : gate.snapshot);
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
const CATCH_UP = Symbol('catch-up');
export const setCatchUp = (c: CatchUp) => setContext(CATCH_UP, c);
export const getCatchUp = () => getContext<CatchUp>(CATCH_UP);
