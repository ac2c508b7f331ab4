import type { Terms } from '../corpus/schema';
import { forEachWord, isContentTerm, isJoin } from '../lib/tokenize';

/** A two-word phrase counts when it occurs at least this often in its document. */
const MIN_PHRASE = 2;

type Row = Terms['rows'][number];

/** Pair key = first id * PAIR + second id: exact while ids stay below MAX_TERMS. */
const PAIR = 2 ** 26;
/** Distinct terms and phrases: (MAX_COUNT - count) * MAX_TERMS + rank stays an exact integer (< 2^53). */
const MAX_TERMS = 2 ** 26;
/** Above any count in one document (20 MB at most: fewer than 2^24 words). */
const MAX_COUNT = 2 ** 26;

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

/**
 * 10: term counts per document and per quote in the corpus's compact form (one
 * vocabulary, flat [termIndex, count, …] rows); a quote counts the two-word
 * phrases frequent in its document. Each document is tokenised once: every
 * word is looked up once in a corpus-wide table (word -> term id, or not a
 * content term), counted by id into reusable typed arrays, and each quote is
 * counted from the document's token ids by offset range. Terms are numbered as
 * they come and renumbered once at the end, exactly as `encodeTerms` would order
 * them (total count, then term). Document rows are sorted by count, then term;
 * quote rows list terms, then phrases, in order of first occurrence.
 */
export function computeTerms(docs: { id: string; text: string }[], quotes: { id: string; documentId: string; start: number; end: number }[]): Terms {
  const byDoc = new Map<string, typeof quotes>();
  for (const q of quotes) (byDoc.get(q.documentId) ?? byDoc.set(q.documentId, []).get(q.documentId)!).push(q);
  /** vocabulary entries (terms and phrases) by id, with their corpus totals */
  const names: string[] = [];
  let totals = new Float64Array(1024);
  /** word as written (lower case) -> term id, or -1 for a word that is not counted */
  const wordId = new Map<string, number>();
  const termId = new Map<string, number>();
  /** term-id pair (a * 2^26 + b) -> phrase id, for phrases frequent in some document */
  const phraseId = new Map<number, number>();
  const newId = (name: string): number => {
    const id = names.length;
    if (id >= MAX_TERMS) throw new Error(`more than ${MAX_TERMS} distinct terms`);
    names.push(name);
    if (id === totals.length) {
      const t = new Float64Array(totals.length * 2);
      t.set(totals);
      totals = t;
    }
    return id;
  };
  const idOfWord = (word: string): number => {
    let id = wordId.get(word);
    if (id !== undefined) return id;
    if (!isContentTerm(word)) id = -1;
    else {
      // possessive "'s" is dropped so "party's" counts as "party"
      const term = word.endsWith("'s") ? word.slice(0, -2) : word;
      id = termId.get(term);
      if (id === undefined) {
        id = newId(term);
        termId.set(term, id);
      }
    }
    wordId.set(word, id);
    return id;
  };
  // per-document scratch: token ids, starts, whether joined to the previous content token
  const tokId = new IntList();
  const tokStart = new IntList();
  let tokJoined = new Uint8Array(1024);
  const pairs = new PairTable();
  let counts = new Uint32Array(1024);
  const touched = new IntList();
  const touchedPhrases = new IntList();
  const ensureCounts = () => {
    if (counts.length < names.length) {
      const c = new Uint32Array(Math.max(names.length, counts.length * 2));
      c.set(counts);
      counts = c;
    }
  };
  /** [id, count, …] of the touched terms, then phrases; adds to the totals and clears the counts */
  const emit = (): number[] => {
    const nt = touched.n;
    const np = touchedPhrases.n;
    const out = new Array<number>(2 * (nt + np));
    let k = 0;
    for (let i = 0; i < nt; i++) {
      const id = touched.a[i]!;
      out[k++] = id;
      out[k++] = counts[id]!;
      totals[id]! += counts[id]!;
      counts[id] = 0;
    }
    for (let i = 0; i < np; i++) {
      const id = touchedPhrases.a[i]!;
      out[k++] = id;
      out[k++] = counts[id]!;
      totals[id]! += counts[id]!;
      counts[id] = 0;
    }
    touched.n = 0;
    touchedPhrases.n = 0;
    return out;
  };

  const docRows: Row[] = [];
  const quoteRows = new Map<string, Row>();
  for (const d of docs) {
    const text = d.text;
    tokId.n = 0;
    tokStart.n = 0;
    pairs.clear();
    let prevEnd = -1;
    let prevContent = false;
    if (tokJoined.length < text.length + 1) tokJoined = new Uint8Array(Math.max(text.length + 1, tokJoined.length * 2));
    forEachWord(text, (word, start, end) => {
      const id = idOfWord(word);
      if (id >= 0) {
        const joined = prevContent && isJoin(text, prevEnd, start);
        if (joined) pairs.add(tokId.a[tokId.n - 1]!, id);
        tokJoined[tokId.n] = joined ? 1 : 0;
        tokId.push(id);
        tokStart.push(start);
      }
      prevContent = id >= 0;
      prevEnd = end;
    });
    ensureCounts();
    for (let k = 0; k < tokId.n; k++) {
      const id = tokId.a[k]!;
      if (counts[id] === 0) touched.push(id);
      counts[id]!++;
    }
    // phrases: pairs at least MIN_PHRASE times in this document
    for (let u = 0; u < pairs.used.n; u++) {
      const h = pairs.used.a[u]!;
      if (pairs.count[h]! < MIN_PHRASE) continue;
      const key = pairs.a[h]! * PAIR + pairs.b[h]!;
      let id = phraseId.get(key);
      if (id === undefined) {
        id = newId(`${names[pairs.a[h]!]} ${names[pairs.b[h]!]}`);
        phraseId.set(key, id);
      }
      pairs.phrase[h] = id;
      ensureCounts();
      touchedPhrases.push(id);
      counts[id] = pairs.count[h]!;
    }
    // sorted by count, then term, at the end (once the terms can be ranked by name)
    docRows.push({ kind: 'document', id: d.id, counts: emit() });
    // quotes are many and summed by the browser: text order
    for (const q of byDoc.get(d.id) ?? []) {
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
      quoteRows.set(q.id, { kind: 'quote', id: q.id, counts: emit() });
    }
  }
  const n = names.length;
  const byName = Array.from({ length: n }, (_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const rank = new Int32Array(n);
  byName.forEach((id, r) => (rank[id] = r));
  // vocabulary by total count, ties by term: frequent terms get short indices
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => totals[b]! - totals[a]! || rank[a]! - rank[b]!);
  const renumber = new Int32Array(n);
  order.forEach((old, i) => (renumber[old] = i));
  // document rows by count, then term: one numeric key per entry, (MAX_COUNT - count) * MAX_TERMS + rank
  let keys = new Float64Array(1024);
  for (const r of docRows) {
    const c = r.counts as number[];
    const m = c.length / 2;
    if (keys.length < m) keys = new Float64Array(Math.max(m, keys.length * 2));
    for (let k = 0; k < m; k++) keys[k] = (MAX_COUNT - c[2 * k + 1]!) * MAX_TERMS + rank[c[2 * k]!]!;
    const sorted = keys.subarray(0, m).sort();
    for (let k = 0; k < m; k++) {
      const key = sorted[k]!;
      const count = MAX_COUNT - Math.floor(key / MAX_TERMS);
      c[2 * k] = renumber[byName[key - (MAX_COUNT - count) * MAX_TERMS]!]!;
      c[2 * k + 1] = count;
    }
  }
  const rows = [...docRows, ...quotes.map((q) => quoteRows.get(q.id)!).filter((r) => r.counts.length > 0)];
  for (let i = docRows.length; i < rows.length; i++) {
    const c = rows[i]!.counts as number[];
    for (let k = 0; k < c.length; k += 2) c[k] = renumber[c[k]!]!;
  }
  return { vocabulary: order.map((i) => names[i]!), rows };
}
