import { detachedString } from '../../lib/detachedString';
import { normaliseTerm } from '../../lib/normaliseTerm';
import { slugify } from '../nlp/names';
import { contentTerms, contentTermsOf, forEachWord, tokensOfLine } from '../nlp/termWords';
import type { Token } from '../nlp/tokenise';
import type { Attributed } from './11-attributes';

/** A two-word phrase counts when it occurs at least this often in its document. */
const MIN_PHRASE = 2;

/** Distinct terms and phrases a table may hold (see 15-mergeTerms.ts for why). */
export const MAX_TERMS = 2 ** 26;

/** A growable Int32 buffer, reused from document to document. */
class IntList {
  a = new Int32Array(1024);
  n = 0;
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
}

/** A term-id pair as one number: ids are below MAX_TERMS (2^26), so a * 2^26 + b is exact. */
const pairKey = (a: number, b: number) => a * MAX_TERMS + b;

/**
 * The terms and phrases one thread has met, numbered as they come: tallies
 * refer to them by number, and a worker sends its `names` once at the end.
 */
export class TermTable {
  /** terms and phrases by id */
  readonly names: string[] = [];
  /** word as written (lower case) -> term id, or -1 for a word that is not counted */
  readonly #wordId = new Map<string, number>();
  readonly #termId = new Map<string, number>();
  /** term-id pair (pairKey) -> phrase id */
  readonly #phraseId = new Map<number, number>();
  #newId(name: string): number {
    const id = this.names.length;
    if (id >= MAX_TERMS) throw new Error(`more than ${MAX_TERMS} distinct terms`);
    this.names.push(name);
    return id;
  }
  /** The id of the term `word` counts as (normaliseTerm), or -1 for a word that is not counted. */
  idOfWord(word: string): number {
    let id = this.#wordId.get(word);
    if (id !== undefined) return id;
    // the table lives for the whole run: what it keeps must be no slice of an article (detachedString)
    const kept = detachedString(word);
    const term = normaliseTerm(kept);
    if (term === null) id = -1;
    else {
      id = this.#termId.get(term);
      if (id === undefined) {
        id = this.#newId(term);
        this.#termId.set(term, id);
      }
    }
    this.#wordId.set(kept, id);
    return id;
  }
  phrase(a: number, b: number): number {
    let id = this.#phraseId.get(pairKey(a, b));
    if (id === undefined) {
      id = this.#newId(`${this.names[a]} ${this.names[b]}`);
      this.#phraseId.set(pairKey(a, b), id);
    }
    return id;
  }
}

/** Only spaces, tabs or a hyphen between two words: they make a phrase. */
function isJoin(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 45) return false;
  }
  return true;
}

/**
 * One document's counts by table id, as one flat list: the document's
 * [id, count, …] (unsorted), then each quote's in text order (terms, then
 * phrases); `ends[0]` is where the document's part ends, `ends[1 + i]` where
 * quote i's ends. Two typed arrays per document: cheap to keep and to copy
 * from a worker.
 */
export interface DocTally {
  counts: Int32Array;
  ends: Int32Array;
}

/** Per-thread scratch space, reused from document to document. */
const tokId = new IntList();
const tokStart = new IntList();
/** each counted word's term numbered within the document (localOf), for its pair key */
const tokLocal = new IntList();
let tokJoined = new Uint8Array(1024);
/**
 * Adjacent pairs of the current document, in order of first occurrence, by their terms' numbers within the
 * document: `la * span + lb` stays a small integer, where a pair of table ids would not.
 */
const pairs = new Map<number, number>();
/** each pair's table ids, count, and phrase id once frequent (else -1), by its index in `pairs` */
const pairA = new IntList();
const pairB = new IntList();
const pairCount = new IntList();
const pairPhrase = new IntList();
let span = 0;
/** term id -> its number within the current document plus one (0: not met yet); reset from `localIds` */
let localOf = new Int32Array(1024);
const localIds = new IntList();
let counts = new Uint32Array(1024);
const touched = new IntList();
const touchedPhrases = new IntList();

const flat = new IntList();

/** The number of term `id` within the current document, given on first sight. */
function localId(id: number): number {
  if (id >= localOf.length) {
    const l = new Int32Array(Math.max(id + 1, localOf.length * 2));
    l.set(localOf);
    localOf = l;
  }
  let local = localOf[id]! - 1;
  if (local < 0) {
    local = localIds.n;
    localIds.push(id);
    localOf[id] = local + 1;
  }
  return local;
}

function countPair(a: number, la: number, b: number, lb: number): void {
  const key = la * span + lb;
  const pair = pairs.get(key);
  if (pair !== undefined) pairCount.a[pair]!++;
  else {
    pairs.set(key, pairA.n);
    pairA.push(a);
    pairB.push(b);
    pairCount.push(1);
    pairPhrase.push(-1);
  }
}

/** Appends [id, count, …] of the touched terms, then phrases, to `flat`; clears the counts; returns the end. */
function emit(): number {
  for (let i = 0; i < touched.n; i++) {
    const id = touched.a[i]!;
    flat.push(id);
    flat.push(counts[id]!);
    counts[id] = 0;
  }
  for (let i = 0; i < touchedPhrases.n; i++) {
    const id = touchedPhrases.a[i]!;
    flat.push(id);
    flat.push(counts[id]!);
    counts[id] = 0;
  }
  touched.n = 0;
  touchedPhrases.n = 0;
  return flat.n;
}

function ensureCounts(size: number): void {
  if (counts.length < size) {
    const c = new Uint32Array(Math.max(size, counts.length * 2));
    c.set(counts);
    counts = c;
  }
}

/**
 * 12, per document: the words of the document's tokens (stage 08's), each looked up once in the thread's
 * table, counted by id into reusable typed arrays; each quote counted from the
 * document's token ids by offset range. A quote counts the two-word phrases
 * frequent (at least MIN_PHRASE times) in its document.
 */
export function tallyDocument(
  table: TermTable,
  text: string,
  tokens: readonly Token[],
  quotes: readonly { start: number; end: number }[],
): DocTally {
  tokId.n = 0;
  tokStart.n = 0;
  tokLocal.n = 0;
  // the last document's numbering is undone here, so that one stopped by an error cannot leave it behind
  for (let k = 0; k < localIds.n; k++) localOf[localIds.a[k]!] = 0;
  localIds.n = 0;
  pairs.clear();
  pairA.n = pairB.n = pairCount.n = pairPhrase.n = 0;
  // a document has fewer distinct terms than tokens
  span = tokens.length + 1;
  let prevEnd = -1;
  let prevContent = false;
  if (tokJoined.length < tokens.length + 1)
    tokJoined = new Uint8Array(Math.max(tokens.length + 1, tokJoined.length * 2));
  forEachWord(tokens, (word, start, end) => {
    const id = table.idOfWord(word);
    if (id >= 0) {
      const local = localId(id);
      const joined = prevContent && isJoin(text, prevEnd, start);
      if (joined) countPair(tokId.a[tokId.n - 1]!, tokLocal.a[tokLocal.n - 1]!, id, local);
      tokJoined[tokId.n] = joined ? 1 : 0;
      tokId.push(id);
      tokLocal.push(local);
      tokStart.push(start);
    }
    prevContent = id >= 0;
    prevEnd = end;
  });
  ensureCounts(table.names.length);
  for (let k = 0; k < tokId.n; k++) {
    const id = tokId.a[k]!;
    if (counts[id] === 0) touched.push(id);
    counts[id]!++;
  }
  for (let pair = 0; pair < pairA.n; pair++) {
    if (pairCount.a[pair]! < MIN_PHRASE) continue;
    const id = table.phrase(pairA.a[pair]!, pairB.a[pair]!);
    pairPhrase.a[pair] = id;
    ensureCounts(table.names.length);
    touchedPhrases.push(id);
    counts[id] = pairCount.a[pair]!;
  }
  flat.n = 0;
  const ends = new Int32Array(1 + quotes.length);
  ends[0] = emit();
  quotes.forEach((q, i) => {
    // first token at or after q.start
    let lo = 0;
    let hi = tokStart.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokStart.a[mid]! < q.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokStart.n && tokStart.a[k]! < q.end; k++) {
      const id = tokId.a[k]!;
      if (counts[id] === 0) touched.push(id);
      counts[id]!++;
      if (tokJoined[k] && k > lo) {
        const pair = pairs.get(tokLocal.a[k - 1]! * span + tokLocal.a[k]!);
        const p = pair === undefined ? -1 : pairPhrase.a[pair]!;
        if (p >= 0) {
          if (counts[p] === 0) touchedPhrases.push(p);
          counts[p]!++;
        }
      }
    }
    ends[1 + i] = emit();
  });
  return { counts: flat.a.slice(0, flat.n), ends };
}

export interface Tallied extends Attributed {
  /** The distinct content terms of the title and first lines (stage 14 groups events by them). */
  leadTerms: string[];
  /**
   * The slug of the event this document names (front matter `event`, else its title): stage 14 names an event the
   * document opens by it. Made here, where the title's words are at hand, not on the thread that joins the documents.
   */
  eventSlug: string;
  /** Term counts of the document and its quotes, by the ids of `termNames` (the table that counted them). */
  tally: DocTally;
  termNames: readonly string[];
}

/** Stage 12: the document's and its quotes' term counts, in `table` (one per thread; stage 15 merges them by name). */
export function tallyTerms(table: TermTable): (s: Attributed) => Tallied {
  return (s) => {
    const leadLines = s.lines.slice(0, 4);
    // the title may be the front matter's (not in the text): read on its own; the first lines' words are the text's
    // a headline the text opens with was tokenised with it (stage 08): its tokens are read again, not made again
    const own = tokensOfLine(s.tokens, s.title);
    const titleTerms = own ? contentTermsOf(own) : contentTerms(s.title);
    const leadTerms = new Set(titleTerms);
    if (leadLines.length > 0) {
      const from = leadLines[0]!.start;
      const to = leadLines[leadLines.length - 1]!.end;
      const inLead = tokensWithin(s.tokens.tokens, from, to);
      forEachWord(inLead, (word) => {
        const term = normaliseTerm(word);
        if (term !== null) leadTerms.add(term);
      });
    }
    return {
      ...s,
      leadTerms: [...leadTerms],
      eventSlug: slugOfTerms(s.doc.meta.event !== undefined ? contentTerms(s.doc.meta.event) : titleTerms),
      tally: tallyDocument(table, s.doc.text, s.tokens.tokens, s.merged.quotes),
      termNames: table.names,
    };
  };
}

/** An event's slug from the content terms of its title: the first five, or "event". */
export function slugOfTerms(terms: readonly string[]): string {
  const words = terms.map(slugify).filter(Boolean);
  return words.slice(0, 5).join('-') || 'event';
}

/** The tokens lying inside [from, to): tokens are in text order, so those starting at or after `from` are a run. */
function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.start <= to; k++) if (tokens[k]!.end <= to) out.push(tokens[k]!);
  return out;
}

/** The distinct content terms of `text` (a lead, for grouping documents into events). */
export function termSet(text: string): Set<string> {
  return new Set(contentTerms(text));
}
