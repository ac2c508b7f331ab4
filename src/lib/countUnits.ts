import { knownLinks } from './appearanceLinks';
import type { CorpusIndex } from './corpusIndex';
import type { Facet, Filters } from './filters';
import { documentTermFlags } from './quoteHasTerm';
import type { TermSource } from './urlState';

/**
 * What one count in a chart stands for: a speaker once per event they spoke at
 * ("event", the default), or once per article that mentions them ("article"), so a
 * speaker reported by four articles on one summit counts four times.
 */
export type CountMode = 'event' | 'article';

/**
 * The things a chart counts in one mode, built once per corpus: distinct
 * (speaker, event) or (speaker, document) pairs from appearances and quotes.
 * Each unit lists its documents (one for "article"), so a full-text term filter
 * can keep the units with a matching document.
 */
export interface CountUnits {
  readonly mode: CountMode;
  /** Unit → speaker position. */
  readonly speaker: Int32Array;
  /** Unit → event position, or -1. */
  readonly event: Int32Array;
  /** Unit u's document positions are `docs[docStart[u] .. docStart[u + 1])`. */
  readonly docStart: Int32Array;
  readonly docs: Int32Array;
}

const cache = new WeakMap<CorpusIndex, Map<CountMode, CountUnits>>();

export function countUnits(index: CorpusIndex, mode: CountMode): CountUnits {
  let byMode = cache.get(index);
  if (!byMode) cache.set(index, (byMode = new Map()));
  let units = byMode.get(mode);
  if (!units) byMode.set(mode, (units = buildUnits(index, mode)));
  return units;
}

function buildUnits(index: CorpusIndex, mode: CountMode): CountUnits {
  // a first load's head: its maker counted the units as the appearances came (HeadParts), off the first chart's path
  const known = knownLinks.get(index.corpus.appearances);
  const { speakers, events, documents, quotes } = index.corpus;
  if (mode === 'event' && known?.eventUnits && !quotes.length && known.speakers === speakers && known.events === events && known.documents === documents) return known.eventUnits;
  const { appearanceSpeaker, appearanceEvent, appearanceDocument, quoteSpeaker, quoteEvent, quoteDocument } = index;
  return unitsOf(mode, index.speakers.length, index.corpus.events.length, index.corpus.documents.length, [
    [appearanceSpeaker, appearanceEvent, appearanceDocument],
    [quoteSpeaker, quoteEvent, quoteDocument],
  ]);
}

/**
 * The units of (speaker, event, document) positions given as parallel arrays, list after list
 * (appearances, then quotes; -1: none): one per distinct (speaker, event) pair, or (speaker,
 * document) in "article" mode, numbered in the order they first occur; a unit's event is its first
 * occurrence's, its documents the distinct ones (not -1) in the order they occur. Typed arrays and
 * counting passes only: at 100k appearances a Map of pairs and a Set of documents a unit were
 * ~0.25 s of the page's first pass.
 */
export function unitsOf(mode: CountMode, nSpeakers: number, nEvents: number, nDocs: number, lists: readonly (readonly [Int32Array, Int32Array, Int32Array])[]): CountUnits {
  let m = 0;
  for (const [sp] of lists) for (let i = 0; i < sp.length; i++) if (sp[i]! >= 0) m++;
  // the occurrences with a speaker, in order: speaker, pair key (+1: a missing event or document is a value of its own), event, document
  const eSp = new Int32Array(m);
  const eKey = new Int32Array(m);
  const eEv = new Int32Array(m);
  const eDoc = new Int32Array(m);
  let e = 0;
  for (const [sp, ev, doc] of lists)
    for (let i = 0; i < sp.length; i++) {
      if (sp[i]! < 0) continue;
      eSp[e] = sp[i]!;
      eEv[e] = ev[i]!;
      eDoc[e] = doc[i]!;
      eKey[e++] = (mode === 'article' ? doc[i]! : ev[i]!) + 1;
    }
  // occurrences by speaker, each speaker's in order
  const bySpeaker = bucket(eSp, nSpeakers);
  // pairs, speaker by speaker: a key's pair is the last one made for it while at this speaker
  const nKeys = (mode === 'article' ? nDocs : nEvents) + 1;
  const seenAt = new Int32Array(nKeys).fill(-1);
  const pairOfKey = new Int32Array(nKeys);
  const pairOf = new Int32Array(m);
  const pairFirst = new Int32Array(m);
  let pairs = 0;
  for (let s = 0; s < nSpeakers; s++)
    for (let k = bySpeaker.start[s]!; k < bySpeaker.start[s + 1]!; k++) {
      const x = bySpeaker.order[k]!;
      const key = eKey[x]!;
      if (seenAt[key] !== s) {
        seenAt[key] = s;
        pairOfKey[key] = pairs;
        pairFirst[pairs++] = x;
      }
      pairOf[x] = pairOfKey[key]!;
    }
  // units are the pairs in the order of their first occurrence
  const firstOf = new Int32Array(m).fill(-1);
  for (let p = 0; p < pairs; p++) firstOf[pairFirst[p]!] = p;
  const unitOfPair = new Int32Array(pairs);
  const speaker = new Int32Array(pairs);
  const event = new Int32Array(pairs);
  for (let x = 0, u = 0; x < m; x++) {
    const p = firstOf[x]!;
    if (p < 0) continue;
    unitOfPair[p] = u;
    speaker[u] = eSp[x]!;
    event[u++] = eEv[x]!;
  }
  // each pair's distinct documents, in order, then laid out unit by unit
  const byPair = bucket(pairOf, pairs);
  const docMark = new Int32Array(nDocs).fill(-1);
  const pairDocs = new Int32Array(m);
  const pairDocStart = new Int32Array(pairs + 1);
  let n = 0;
  for (let p = 0; p < pairs; p++) {
    pairDocStart[p] = n;
    for (let k = byPair.start[p]!; k < byPair.start[p + 1]!; k++) {
      const d = eDoc[byPair.order[k]!]!;
      if (d >= 0 && docMark[d] !== p) {
        docMark[d] = p;
        pairDocs[n++] = d;
      }
    }
  }
  pairDocStart[pairs] = n;
  const docStart = new Int32Array(pairs + 1);
  const pairOfUnit = new Int32Array(pairs);
  for (let p = 0; p < pairs; p++) pairOfUnit[unitOfPair[p]!] = p;
  for (let u = 0; u < pairs; u++) docStart[u + 1] = docStart[u]! + pairDocStart[pairOfUnit[u]! + 1]! - pairDocStart[pairOfUnit[u]!]!;
  const docs = new Int32Array(n);
  for (let u = 0; u < pairs; u++) docs.set(pairDocs.subarray(pairDocStart[pairOfUnit[u]!]!, pairDocStart[pairOfUnit[u]! + 1]!), docStart[u]!);
  return { mode, speaker, event, docStart, docs };
}

/** Positions 0..n-1 of `of` grouped by their value (0..buckets-1), each group in order: group g is `order[start[g] .. start[g + 1])`. */
function bucket(of: Int32Array, buckets: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < of.length; i++) start[of[i]! + 1]!++;
  for (let g = 0; g < buckets; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, buckets);
  const order = new Int32Array(of.length);
  for (let i = 0; i < of.length; i++) order[next[of[i]!]!++] = i;
  return { start, order };
}

/**
 * Flags by unit: 1 where the unit is inside the selected events and, with a
 * full-text term filter, has a document containing a term. `except` lifts that
 * facet, as for the chart that shows it. Speaker-level filters are the masks' job.
 */
export function computeUnitFlags(index: CorpusIndex, units: CountUnits, f: Filters, termSource: TermSource = 'quote', except?: Facet): Uint8Array {
  const n = units.speaker.length;
  const out = new Uint8Array(n);
  const eventOk = except === 'event' || !f.event.length ? null : new Uint8Array(index.corpus.events.length);
  for (const id of eventOk ? f.event : []) {
    const p = index.eventPos.get(id);
    if (p !== undefined) eventOk![p] = 1;
  }
  const docOk = except === 'term' || !f.term.length || termSource !== 'document' ? null : documentTermFlags(index, f.term);
  const { event } = units;
  // read only for a full-text term filter: a first load's head makes them when first asked for (HeadParts)
  const { docStart, docs } = docOk ? units : { docStart: undefined, docs: undefined };
  for (let u = 0; u < n; u++) {
    if (eventOk && (event[u]! < 0 || !eventOk[event[u]!])) continue;
    if (docOk && docStart && docs) {
      let hit = false;
      for (let k = docStart[u]!; k < docStart[u + 1]! && !hit; k++) hit = docOk[docs[k]!] === 1;
      if (!hit) continue;
    }
    out[u] = 1;
  }
  return out;
}

/**
 * Counted units per speaker position: how many of a selected speaker's units
 * pass (0 for speakers not selected). Used as weights, these make every
 * speaker chart count in the chosen mode.
 */
export function computeSpeakerWeights(units: CountUnits, unitFlags: Uint8Array, selected: Uint8Array): Int32Array {
  const out = new Int32Array(selected.length);
  const { speaker } = units;
  for (let u = 0; u < speaker.length; u++) if (unitFlags[u] && selected[speaker[u]!]) out[speaker[u]!]! += 1;
  return out;
}

/** Selected quotes (positions) per speaker position. */
export function countQuotesPerSpeaker(index: CorpusIndex, quotes: Int32Array): Int32Array {
  const out = new Int32Array(index.speakers.length);
  for (let k = 0; k < quotes.length; k++) {
    const sp = index.quoteSpeaker[quotes[k]!]!;
    if (sp >= 0) out[sp]! += 1;
  }
  return out;
}

interface CountModeText {
  /** The toggle's button. */
  readonly label: string;
  /** Plural and singular noun for a count ("12 speakers", "1 mention"). */
  readonly unit: string;
  readonly one: string;
  /** Data-table header over the counts. */
  readonly header: string;
  /** What a bar's height is. */
  readonly measure: string;
  /** The speakers table's per-speaker column. */
  readonly column: string;
  /** The line exported images and captions carry. */
  readonly line: string;
}

/** How each count mode is named wherever a count is shown or exported. */
export const COUNT_MODE_TEXT: Readonly<Record<CountMode, CountModeText>> = {
  event: {
    label: 'Once per event',
    unit: 'speakers',
    one: 'speaker',
    header: 'Speakers (once per event)',
    measure: 'distinct speakers',
    column: 'Events (in selection)',
    line: 'Counted: each speaker once per event',
  },
  article: {
    label: 'Per article mention',
    unit: 'mentions',
    one: 'mention',
    header: 'Article mentions',
    measure: 'article mentions of speakers',
    column: 'Articles (in selection)',
    line: 'Counted: each article mention of a speaker',
  },
};

const INTEGER = new Intl.NumberFormat('en');

/** "1 speaker", "1,200 mentions". */
export function formatCount(n: number, mode: CountMode): string {
  const t = COUNT_MODE_TEXT[mode];
  return `${INTEGER.format(n)} ${n === 1 ? t.one : t.unit}`;
}

/** The units a chart counts and which of them the filters keep (`except` lifts a facet, as for that facet's chart). */
export interface Counted {
  readonly units: CountUnits;
  readonly flags: Uint8Array;
}

/**
 * Only the event filter and a full-text term filter act on units, so most clicks (a country,
 * a role…) leave them as they were: the same Counted object is handed back for the same
 * unit filter (the last few are kept), and what derives from it need not re-run.
 */
export function computeCounted(index: CorpusIndex, mode: CountMode, f: Filters, termSource: TermSource = 'quote', except?: Facet): Counted {
  const units = countUnits(index, mode);
  let recent = countedCache.get(units);
  if (!recent) countedCache.set(units, (recent = new Map()));
  const key = unitFilterKey(f, termSource, except);
  let counted = recent.get(key);
  if (!counted) {
    counted = { units, flags: computeUnitFlags(index, units, f, termSource, except) };
    if (recent.size >= RECENT_UNIT_FILTERS) recent.delete(recent.keys().next().value!);
  } else recent.delete(key);
  recent.set(key, counted);
  return counted;
}

const RECENT_UNIT_FILTERS = 4;
const countedCache = new WeakMap<CountUnits, Map<string, Counted>>();

/** What of the filters decides which units count: the events (unless lifted), and the terms when they are matched in full texts. */
export function unitFilterKey(f: Filters, termSource: TermSource = 'quote', except?: Facet): string {
  const events = except === 'event' ? [] : [...f.event].sort();
  const terms = except === 'term' || termSource !== 'document' ? [] : [...f.term].sort();
  return JSON.stringify([events, terms]);
}

const perSpeaker = new WeakMap<Counted, Int32Array>();

/**
 * Weights by speaker position for the selected speakers (flags): how many counted
 * units each has. The per-speaker totals are one pass over the units per Counted,
 * shared by every chart of a filter change; each chart then only masks them.
 */
export function weighSpeakers(counted: Counted, selected: Uint8Array): Int32Array {
  let totals = perSpeaker.get(counted);
  if (!totals) {
    totals = new Int32Array(selected.length);
    const { speaker } = counted.units;
    for (let u = 0; u < speaker.length; u++) if (counted.flags[u]) totals[speaker[u]!]! += 1;
    perSpeaker.set(counted, totals);
  }
  const out = new Int32Array(selected.length);
  for (let i = 0; i < out.length; i++) if (selected[i]) out[i] = totals[i]!;
  return out;
}

/**
 * The speakers table's numbers, by speaker position: counted units and quotes
 * inside the selection, so each column adds up to the matching summary count.
 */
export function computeSpeakerCounts(index: CorpusIndex, masks: Uint8Array, quotes: Int32Array, counted: Counted): { counted: Int32Array; quotes: Int32Array } {
  const selected = new Uint8Array(masks.length);
  for (let i = 0; i < masks.length; i++) selected[i] = masks[i] === 0 ? 1 : 0;
  return { counted: weighSpeakers(counted, selected), quotes: countQuotesPerSpeaker(index, quotes) };
}
