import type { Speaker } from '../corpus';
import { passes } from './computeMasks';
import type { CorpusIndex } from './corpusIndex';
import { isEmptyFilters, type Facet, type Filters } from './filters';
import { documentTermFlags, quoteTermTest } from './quoteHasTerm';
import type { TermSource } from './urlState';
import { UNSPECIFIED } from './countryName';
import { speakerKeyIds } from './speakerKeyIds';

/** The records behind the current filter (or behind it minus one facet, for that facet's chart). */
export interface Selection {
  readonly speakers: readonly Speaker[];
  /** Positions of the selected quotes: of selected speakers, at selected events, with selected terms. */
  readonly quotes: Int32Array;
  /** Flags by document / event position. */
  readonly documents: Uint8Array;
  readonly events: Uint8Array;
  readonly documentCount: number;
  readonly eventCount: number;
  /** Distinct countries of the selected speakers (Unspecified not counted). */
  readonly countryCount: number;
}

/**
 * Resolve masks into records with passes over typed arrays (no string lookups).
 * With no speaker-level filter the documents and events are the whole corpus
 * (or the chosen events), so documents without speakers still count. A term
 * filter keeps the quotes with the term, or with `termSource` "document" the
 * documents (and their quotes) whose full text has it.
 */
export function computeSelection(index: CorpusIndex, masks: Uint8Array, f: Filters, except?: Facet, termSource: TermSource = 'quote'): Selection {
  const { speakers, corpus } = index;
  const nEvents = corpus.events.length;
  const eventFilter = except === 'event' || f.event.length === 0 ? null : new Uint8Array(nEvents);
  for (const id of eventFilter ? f.event : []) {
    const p = index.eventPos.get(id);
    if (p !== undefined) eventFilter![p] = 1;
  }
  const terms = except === 'term' ? [] : f.term;
  const docHasTerm = terms.length && termSource === 'document' ? documentTermFlags(index, terms) : null;
  const hasTerm = !terms.length ? null : docHasTerm ? (qi: number) => docHasTerm[index.quoteDocument[qi]!] === 1 : quoteTermTest(index, terms);
  const ok = new Uint8Array(speakers.length);
  const selected: Speaker[] = [];
  const { keys: countryKeys, keyOf: countryOf } = speakerKeyIds(index, 'country');
  const countrySeen = new Uint8Array(countryKeys.length);
  for (let i = 0; i < speakers.length; i++) {
    if (passes(masks[i]!, except)) {
      ok[i] = 1;
      selected.push(speakers[i]!);
      countrySeen[countryOf[i]!] = 1;
    }
  }
  const countryCount = countryKeys.reduce((n, k, i) => n + (countrySeen[i] && k !== UNSPECIFIED ? 1 : 0), 0);
  const { quoteSpeaker, quoteEvent } = index;
  // written into a scratch buffer of the largest size kept per corpus, then copied out at the selection's size: a
  // new buffer of every quote's size each click (400 KB at 100k quotes) kept the garbage collector sweeping
  const quoteBuffer = scratchFor(index, quoteSpeaker.length);
  let nQuotes = 0;
  for (let qi = 0; qi < quoteSpeaker.length; qi++) {
    if (!ok[quoteSpeaker[qi]!] || (eventFilter && !eventFilter[quoteEvent[qi]!])) continue;
    if (hasTerm && !hasTerm(qi)) continue;
    quoteBuffer[nQuotes++] = qi;
  }
  // every quote (no filter): the same list each time
  const quotes = nQuotes === quoteSpeaker.length ? allPositions(index, nQuotes, quoteBuffer) : quoteBuffer.slice(0, nQuotes);
  const documents = new Uint8Array(corpus.documents.length);
  const events = new Uint8Array(nEvents);
  const speakerLevel = { ...f, event: [], ...(except ? { [except]: [] } : {}) } as Filters;
  if (!isEmptyFilters(speakerLevel)) {
    const { appearanceSpeaker, appearanceEvent, appearanceDocument, quoteDocument } = index;
    for (let a = 0; a < appearanceSpeaker.length; a++) {
      if (!ok[appearanceSpeaker[a]!] || (eventFilter && !eventFilter[appearanceEvent[a]!])) continue;
      if (docHasTerm && !docHasTerm[appearanceDocument[a]!]) continue;
      documents[appearanceDocument[a]!] = 1;
      events[appearanceEvent[a]!] = 1;
    }
    for (let k = 0; k < quotes.length; k++) {
      const qi = quotes[k]!;
      documents[quoteDocument[qi]!] = 1;
      events[quoteEvent[qi]!] = 1;
    }
  } else if (eventFilter) {
    events.set(eventFilter);
    index.documentEvent.forEach((e, d) => (documents[d] = e >= 0 ? eventFilter[e]! : 0));
  } else {
    documents.fill(1);
    events.fill(1);
  }
  const count = (xs: Uint8Array) => xs.reduce((n, x) => n + x, 0);
  return { speakers: selected, quotes, documents, events, documentCount: count(documents), eventCount: count(events), countryCount };
}

const scratch = new WeakMap<CorpusIndex, Int32Array>();

/** A buffer of `n` entries for this corpus, reused by every call (its contents are only valid until the next). */
function scratchFor(index: CorpusIndex, n: number): Int32Array {
  let buffer = scratch.get(index);
  if (!buffer || buffer.length < n) scratch.set(index, (buffer = new Int32Array(n)));
  return buffer;
}

const everyQuote = new WeakMap<CorpusIndex, Int32Array>();

/** 0..n-1 (what `filled` holds when every quote passed), kept per corpus. */
function allPositions(index: CorpusIndex, n: number, filled: Int32Array): Int32Array {
  let all = everyQuote.get(index);
  if (!all || all.length !== n) everyQuote.set(index, (all = filled.slice(0, n)));
  return all;
}

/** Headline counts for the summary strip. */
export function computeSummary(sel: Selection) {
  return {
    documents: sel.documentCount,
    events: sel.eventCount,
    speakers: sel.speakers.length,
    countries: sel.countryCount,
    quotes: sel.quotes.length,
  };
}

/** Positions of the flagged entries. */
export function flaggedPositions(flags: Uint8Array): number[] {
  const out: number[] = [];
  flags.forEach((f, i) => f && out.push(i));
  return out;
}
