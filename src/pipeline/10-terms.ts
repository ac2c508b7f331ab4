import type { Terms } from '../corpus/schema';
import { mergeTallies } from './merge-terms';
import { isContentTerm, isJoin, WordCursor } from '../lib/tokenize';
import { keepShapeOf } from '../lib/keepShape';

/** A two-word phrase counts when it occurs at least this often in its document. */
const MIN_PHRASE = 2;

type Row = Terms['rows'][number];

/** Distinct terms and phrases a table may hold (see merge-terms.ts for why). */
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

/**
 * Counts of term-id pairs in one document: open addressing in typed arrays,
 * cleared slot by slot (a Map keyed by a*2^26+b boxed every key as a double).
 */
class PairTable {
  #mask = 1023;
  a = new Int32Array(1024).fill(-1);
  b = new Int32Array(1024);
  count = new Int32Array(1024);
  /** phrase id once the pair is frequent in the document, else -1 */
  phrase = new Int32Array(1024);
  /** used slots, in order of first occurrence */
  used = new IntList();
  #slot(x: number, y: number): number {
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b)) & this.#mask;
    while (this.a[h] !== -1 && (this.a[h] !== x || this.b[h] !== y)) h = (h + 1) & this.#mask;
    return h;
  }
  add(x: number, y: number): void {
    if (2 * (this.used.n + 1) > this.#mask) this.#grow();
    const h = this.#slot(x, y);
    if (this.a[h] === -1) {
      this.a[h] = x;
      this.b[h] = y;
      this.count[h] = 0;
      this.phrase[h] = -1;
      this.used.push(h);
    }
    this.count[h]!++;
  }
  /** the phrase id of the pair, -1 if none */
  phraseOf(x: number, y: number): number {
    const h = this.#slot(x, y);
    return this.a[h] === -1 ? -1 : this.phrase[h]!;
  }
  clear(): void {
    for (let i = 0; i < this.used.n; i++) this.a[this.used.a[i]!] = -1;
    this.used.n = 0;
  }
  #grow(): void {
    const { a, b, count, phrase, used } = this;
    const size = (this.#mask + 1) * 2;
    this.#mask = size - 1;
    this.a = new Int32Array(size).fill(-1);
    this.b = new Int32Array(size);
    this.count = new Int32Array(size);
    this.phrase = new Int32Array(size);
    const slots = used.a.slice(0, used.n);
    used.n = 0;
    for (const old of slots) {
      const h = this.#slot(a[old]!, b[old]!);
      this.a[h] = a[old]!;
      this.b[h] = b[old]!;
      this.count[h] = count[old]!;
      this.phrase[h] = phrase[old]!;
      used.push(h);
    }
  }
}

/** Term-id pair -> phrase id for a whole table: open addressing in typed arrays (a Map keyed by a*2^26+b boxed each key as a double). */
class PairIds {
  #mask = 1023;
  #a = new Int32Array(1024).fill(-1);
  #b = new Int32Array(1024);
  #id = new Int32Array(1024);
  #size = 0;
  #slot(x: number, y: number): number {
    const a = this.#a;
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b)) & this.#mask;
    while (a[h] !== -1 && (a[h] !== x || this.#b[h] !== y)) h = (h + 1) & this.#mask;
    return h;
  }
  /** the id of pair (x, y), -1 if none */
  get(x: number, y: number): number {
    const h = this.#slot(x, y);
    return this.#a[h] === -1 ? -1 : this.#id[h]!;
  }
  /** sets the id of a pair not yet in the table */
  set(x: number, y: number, id: number): void {
    if (2 * (this.#size + 1) > this.#mask) this.#grow();
    const h = this.#slot(x, y);
    this.#a[h] = x;
    this.#b[h] = y;
    this.#id[h] = id;
    this.#size++;
  }
  #grow(): void {
    const [a, b, id] = [this.#a, this.#b, this.#id];
    const size = (this.#mask + 1) * 2;
    this.#mask = size - 1;
    this.#a = new Int32Array(size).fill(-1);
    this.#b = new Int32Array(size);
    this.#id = new Int32Array(size);
    for (let k = 0; k < a.length; k++) {
      if (a[k] === -1) continue;
      const h = this.#slot(a[k]!, b[k]!);
      this.#a[h] = a[k]!;
      this.#b[h] = b[k]!;
      this.#id[h] = id[k]!;
    }
  }
}

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
  /** term-id pair -> phrase id */
  readonly #phraseId = new PairIds();
  #newId(name: string): number {
    const id = this.names.length;
    if (id >= MAX_TERMS) throw new Error(`more than ${MAX_TERMS} distinct terms`);
    this.names.push(name);
    return id;
  }
  idOfWord(word: string): number {
    let id = this.#wordId.get(word);
    if (id !== undefined) return id;
    if (!isContentTerm(word)) id = -1;
    else {
      // possessive "'s" is dropped so "party's" counts as "party"
      const term = word.endsWith("'s") ? word.slice(0, -2) : word;
      id = this.#termId.get(term);
      if (id === undefined) {
        id = this.#newId(term);
        this.#termId.set(term, id);
      }
    }
    this.#wordId.set(word, id);
    return id;
  }
  /**
   * Words met so far by their characters: open addressing over a hash of the
   * span, so a known word (nearly every word of a text) is found without
   * making a string of it. Slot -> index + 1 into #spanWords, 0 when empty.
   */
  #spanSlots = new Int32Array(1 << 12);
  readonly #spanWords: string[] = [];
  readonly #spanIds: number[] = [];
  /** idOfWord of the word forEachWordSpan reports as src[start, end) */
  idOfSpan(src: string, start: number, end: number, folded: boolean): number {
    if (!folded) return this.idOfWord(foldApostrophes(src.slice(start, end).toLowerCase()));
    const len = end - start;
    const h = spanHash(src, start, end);
    const mask = this.#spanSlots.length - 1;
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const k = this.#spanSlots[slot]! - 1;
      if (k < 0) break;
      const w = this.#spanWords[k]!;
      if (w.length === len && sameWord(w, src, start)) return this.#spanIds[k]!;
    }
    const word = foldApostrophes(src.slice(start, end));
    const id = this.idOfWord(word);
    this.#spanWords.push(word);
    this.#spanIds.push(id);
    if (2 * this.#spanWords.length > mask) this.#rehash();
    else this.#place(this.#spanWords.length - 1, h);
    return id;
  }
  #place(k: number, h: number): void {
    const mask = this.#spanSlots.length - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    while (this.#spanSlots[slot] !== 0) slot = (slot + 1) & mask;
    this.#spanSlots[slot] = k + 1;
  }
  #rehash(): void {
    this.#spanSlots = new Int32Array(this.#spanSlots.length * 2);
    this.#spanWords.forEach((w, k) => this.#place(k, spanHash(w, 0, w.length)));
  }
  phrase(a: number, b: number): number {
    let id = this.#phraseId.get(a, b);
    if (id < 0) {
      id = this.#newId(`${this.names[a]} ${this.names[b]}`);
      this.#phraseId.set(a, b, id);
    }
    return id;
  }
}

const foldApostrophes = (w: string) => (w.includes('’') ? w.replace(/’/g, "'") : w);

/** The hash idOfSpan computes while it reads a span (curly apostrophes as "'"). */
function spanHash(s: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c === 0x2019 ? 39 : c), 0x01000193);
  }
  return h;
}

/** `word` (folded) equals src[start, start + word.length) with its curly apostrophes folded. */
function sameWord(word: string, src: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = src.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (c === 0x2019 ? 39 : c)) return false;
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
let tokJoined = new Uint8Array(1024);
const pairs = new PairTable();
let counts = new Uint32Array(1024);
const touched = new IntList();
const touchedPhrases = new IntList();

const flat = new IntList();

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
 * 10, per document: tokenised once; every word looked up once in the thread's
 * table, counted by id into reusable typed arrays; each quote counted from the
 * document's token ids by offset range. A quote counts the two-word phrases
 * frequent (at least MIN_PHRASE times) in its document.
 */
export function tallyDocument(table: TermTable, text: string, quotes: readonly { start: number; end: number }[]): DocTally {
  tokId.n = 0;
  tokStart.n = 0;
  pairs.clear();
  let prevEnd = -1;
  let prevContent = false;
  if (tokJoined.length < text.length + 1) tokJoined = new Uint8Array(Math.max(text.length + 1, tokJoined.length * 2));
  const words = new WordCursor(text);
  const { src, folded } = words;
  while (words.next()) {
    const { start, end } = words;
    const id = table.idOfSpan(src, start, end, folded);
    if (id >= 0) {
      const joined = prevContent && isJoin(text, prevEnd, start);
      if (joined) pairs.add(tokId.a[tokId.n - 1]!, id);
      tokJoined[tokId.n] = joined ? 1 : 0;
      tokId.push(id);
      tokStart.push(start);
    }
    prevContent = id >= 0;
    prevEnd = end;
  }
  ensureCounts(table.names.length);
  for (let k = 0; k < tokId.n; k++) {
    const id = tokId.a[k]!;
    if (counts[id] === 0) touched.push(id);
    counts[id]!++;
  }
  for (let u = 0; u < pairs.used.n; u++) {
    const h = pairs.used.a[u]!;
    if (pairs.count[h]! < MIN_PHRASE) continue;
    const id = table.phrase(pairs.a[h]!, pairs.b[h]!);
    pairs.phrase[h] = id;
    ensureCounts(table.names.length);
    touchedPhrases.push(id);
    counts[id] = pairs.count[h]!;
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
        const p = pairs.phraseOf(tokId.a[k - 1]!, id);
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

/** Term counts of `docs` and their `quotes`: document rows in the order of `docs`, then quote rows in the order of `quotes`. */
export function computeTerms(docs: { id: string; text: string }[], quotes: { id: string; documentId: string; start: number; end: number }[]): Terms {
  const byDoc = new Map<string, typeof quotes>();
  for (const q of quotes) (byDoc.get(q.documentId) ?? byDoc.set(q.documentId, []).get(q.documentId)!).push(q);
  const table = new TermTable();
  const terms = mergeTallies(
    docs.map((d) => {
      const qs = byDoc.get(d.id) ?? [];
      return { id: d.id, names: table.names, tally: tallyDocument(table, d.text, qs), quoteIds: qs.map((q) => q.id) };
    }),
  );
  // quote rows in the order of `quotes` (mergeTallies lists them document by document)
  const at = new Map(quotes.map((q, i) => [q.id, i]));
  const rank = (r: Row) => (r.kind === 'document' ? -1 : at.get(r.id)!);
  terms.rows.sort((a, b) => rank(a) - rank(b));
  return terms;
}

// see keepShape.ts: the hot loops' optimised code outlives a full GC between runs
keepShapeOf(new TermTable());
