import { removeFilter, toggleFilter, EMPTY_FILTERS, type Facet, type Filters } from '../lib/filters';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type EventSplit, type TermSource, type UrlState } from '../lib/urlState';

/**
 * The one selection every chart derives from, plus how the page is viewed
 * (open speaker, term source, event split). Changes replace the state object,
 * never mutate it, so `$derived` readers re-run exactly once per change.
 */
export class ViewState {
  #state = $state.raw<UrlState>(DEFAULT_URL_STATE);
  /** Whether the last change should replace the history entry (typing) rather than add one. */
  #replace = false;

  constructor(search = '') {
    this.#state = parseUrlState(search);
  }

  get filters(): Filters {
    return this.#state.filters;
  }
  get speaker(): string | null {
    return this.#state.speaker;
  }
  get terms(): TermSource {
    return this.#state.terms;
  }
  get split(): EventSplit {
    return this.#state.split;
  }
  /** The canonical query string of the current state. */
  get search(): string {
    return formatUrlState(this.#state);
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
  /** Adopt a query string (back/forward); never adds a history entry. */
  applySearch(search: string): void {
    this.#replace = true;
    this.#state = parseUrlState(search);
  }

  #set(change: Partial<UrlState>, replace = false): void {
    this.#replace = replace;
    this.#state = { ...this.#state, ...change };
  }
}

/**
 * Keep the URL and the view state in step: push (or replace, while typing) an
 * entry when the state changes, adopt the URL on back/forward. Call inside an
 * `$effect`; returns the cleanup.
 */
export function syncUrl(view: ViewState): () => void {
  const onPop = () => view.applySearch(location.search);
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}

/** Write the state's query string to the address bar if it differs. */
export function writeUrl(search: string, replace: boolean): void {
  if (search === location.search) return;
  const url = `${location.pathname}${search}${location.hash}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}
