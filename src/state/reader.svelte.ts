import { getContext, setContext } from 'svelte';
import type { Span } from '../lib/segmentText';

/** What the reader shows: a document, optionally opened at a place in it. */
export interface ReaderTarget {
  readonly documentId: string;
  /** Scrolled into view and highlighted: a quote, or the sentence evidence came from. */
  readonly focus?: Span;
  /** The deciding words inside `focus`, marked more strongly. */
  readonly key?: Span;
  /** Said when the place could not be found ("“Sweden” was not found in this text"). */
  readonly note?: string;
}

/** Which document the reader has open, if any. Opening another replaces it. */
export class ReaderState {
  #target = $state.raw<ReaderTarget | undefined>();

  get target(): ReaderTarget | undefined {
    return this.#target;
  }
  open(target: ReaderTarget): void {
    this.#target = target;
  }
  close(): void {
    this.#target = undefined;
  }
}

const KEY = Symbol('reader');
export const setReader = (r: ReaderState) => setContext(KEY, r);
export const getReader = () => getContext<ReaderState>(KEY);
