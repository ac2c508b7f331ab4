import type { CountMode } from '../lib/countUnits';
import { removeFilter, toggleFilter, EMPTY_FILTERS, type Facet, type Filters } from '../lib/filters';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type EventSplit, type TermSource, type UrlState } from '../lib/urlState';

/**
 * The one selection every chart derives from, plus how the page is viewed
 * (open speaker, term source, event split). Changes replace the state object,
 * never mutate it, so `$derived` readers re-run exactly once per change.
 */
export class ViewState {
  // One signal per part, each set only when it changes: a filter click marks the readers of the
  // filters, not every reader of the split, count mode or term source (each reader marked is work
  // for the scheduler even when its value turns out unchanged).
  #filters = $state.raw<Filters>(DEFAULT_URL_STATE.filters);
  #speaker = $state.raw<string | null>(DEFAULT_URL_STATE.speaker);
  #terms = $state.raw<TermSource>(DEFAULT_URL_STATE.terms);
  #split = $state.raw<EventSplit>(DEFAULT_URL_STATE.split);
  #count = $state.raw<CountMode>(DEFAULT_URL_STATE.count);
  /** Whether the last change should replace the history entry (typing) rather than add one. */
  #replace = false;

  constructor(search = '') {
    this.#adopt(parseUrlState(search));
  }

  get filters(): Filters {
    return this.#filters;
  }
  get speaker(): string | null {
    return this.#speaker;
  }
  get terms(): TermSource {
    return this.#terms;
  }
  get split(): EventSplit {
    return this.#split;
  }
  get count(): CountMode {
    return this.#count;
  }
  /** The canonical query string of the current state. */
  get search(): string {
    return formatUrlState({ filters: this.#filters, speaker: this.#speaker, terms: this.#terms, split: this.#split, count: this.#count });
  }
  get replaceHistory(): boolean {
    return this.#replace;
  }

  toggle(facet: Facet, value: string): void {
    this.#set({ filters: toggleFilter(this.filters, facet, value) });
  }
  remove(facet: Facet, value: string): void {
    this.#set({ filters: removeFilter(this.filters, facet, value) });
  }
  setText(text: string): void {
    this.#set({ filters: { ...this.filters, text } }, true);
  }
  clear(): void {
    this.#set({ filters: EMPTY_FILTERS });
  }
  openSpeaker(id: string | null): void {
    this.#set({ speaker: id });
  }
  setTerms(terms: TermSource): void {
    this.#set({ terms });
  }
  setSplit(split: EventSplit): void {
    this.#set({ split });
  }
  setCount(count: CountMode): void {
    this.#set({ count });
  }
  /** Adopt a query string (back/forward); never adds a history entry. */
  applySearch(search: string): void {
    this.#replace = true;
    this.#adopt(parseUrlState(search));
  }

  #set(change: Partial<UrlState>, replace = false): void {
    this.#replace = replace;
    this.#adopt(change);
  }

  /** Set the parts that differ (by identity: a filter change makes new Filters). */
  #adopt(s: Partial<UrlState>): void {
    if (s.filters !== undefined && s.filters !== this.#filters) this.#filters = s.filters;
    if (s.speaker !== undefined && s.speaker !== this.#speaker) this.#speaker = s.speaker;
    if (s.terms !== undefined && s.terms !== this.#terms) this.#terms = s.terms;
    if (s.split !== undefined && s.split !== this.#split) this.#split = s.split;
    if (s.count !== undefined && s.count !== this.#count) this.#count = s.count;
  }
}

/**
 * Keep the URL and the view state in step: adopt the URL on back/forward (dropping a
 * write still waiting, which would otherwise push the state being left). Call inside an
 * `$effect`; returns the cleanup. Writing is `writeUrl`'s job.
 */
export function syncUrl(view: ViewState, writer: UrlWriter = defaultWriter): () => void {
  const onPop = () => {
    writer.cancel();
    view.applySearch(location.search);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    window.removeEventListener('popstate', onPop);
    writer.cancel();
  };
}

/** Runs `task` once later and returns a cancel function. */
export type Schedule = (task: () => void) => () => void;

/**
 * Longest wait for an idle moment before the URL is written anyway. Chromium gives no
 * idle periods for about a second after a click (measured: 1.2 s), so without this
 * the address bar would lag every click by that much; a shared link or a reload right
 * after a click should already carry it.
 */
const IDLE_TIMEOUT_MS = 200;

/**
 * When the main thread is idle — after the frame that shows a filter change has been
 * painted — or after `timeoutMs` at the latest. Without `requestIdleCallback` (Safari):
 * the task after the next frame.
 */
export function idleSchedule(timeoutMs: number): Schedule {
  return (task) => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
      return () => cancelIdleCallback(id);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(task, 0))) : undefined;
    if (frame === undefined) timer = setTimeout(task, 0);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  };
}

/** After the next frame has been painted (a task posted from its animation frame callback), not waiting for idle time. */
export const afterNextPaint: Schedule = (task) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

/** When the main thread is idle, or after IDLE_TIMEOUT_MS. */
export const scheduleWhenIdle: Schedule = idleSchedule(IDLE_TIMEOUT_MS);

/**
 * Writes query strings to the address bar off the critical path: `history.pushState`
 * costs several ms in Chromium, which a filter click should not wait for. Writes
 * requested before the scheduled one runs coalesce: the latest query wins, and it adds
 * a history entry if any of the requests would have (a click, then typing: one entry).
 */
export class UrlWriter {
  #schedule: Schedule;
  #pending: { search: string; replace: boolean } | undefined;
  #cancel: (() => void) | undefined;

  constructor(schedule: Schedule = scheduleWhenIdle) {
    this.#schedule = schedule;
  }

  /** Whether a write is waiting. */
  get pending(): boolean {
    return this.#pending !== undefined;
  }

  write(search: string, replace: boolean): void {
    this.#pending = { search, replace: replace && (this.#pending?.replace ?? true) };
    this.#cancel ??= this.#schedule(() => {
      this.#cancel = undefined;
      this.flush();
    });
  }

  /** Write now what is waiting, if it differs from the address bar. */
  flush(): void {
    this.#cancel?.();
    this.#cancel = undefined;
    const p = this.#pending;
    this.#pending = undefined;
    if (!p || p.search === location.search) return;
    const url = `${location.pathname}${p.search}${location.hash}`;
    if (p.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }

  /** Forget what is waiting. */
  cancel(): void {
    this.#cancel?.();
    this.#cancel = undefined;
    this.#pending = undefined;
  }
}

const defaultWriter = new UrlWriter();

/** Write the state's query string to the address bar, when the page is next idle, if it differs. */
export function writeUrl(search: string, replace: boolean): void {
  defaultWriter.write(search, replace);
}
