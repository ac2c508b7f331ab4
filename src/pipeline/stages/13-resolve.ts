import type { Rejected } from '../../corpus/schema';
import type { Analysed } from './analyse';
import { distance } from 'fastest-levenshtein';
import type { MergeEvidence } from '../../corpus/schema';

/** One person in one document, as stages 06–11 found them. */
export interface NameMention {
  documentId: string;
  /** honorific-free key: "ramesh sepehrad" */
  key: string;
  name: string;
}

export interface Resolution {
  /** cluster index per mention, same order as the input */
  cluster: number[];
  merges: Map<number, MergeEvidence[]>;
}

/** Consonant skeleton of a surname: "Mohammadi", "Mohamadi", "muhammady" -> "md". */
export function skeleton(word: string): string {
  if (!word) return '';
  let s = skeletons.get(word);
  if (s === undefined) {
    s = (word[0]! + word.slice(1).replace(/[aeiouyhw]/g, '')).replace(/(.)\1+/g, '$1');
    if (skeletons.size > 100_000) skeletons.clear();
    skeletons.set(word, s);
  }
  return s;
}
/** surnames recur across documents and comparisons: each skeleton computed once */
const skeletons = new Map<string, string>();

const MAX_COMPARE = 200;

/** Edit distance where swapping two neighbouring letters ("Farkas" ~ "Fakras") is one typo, not two. */
export function typoDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 1 : d;
}

/** Same first name (or one edit apart) and a surname that is the same, shares its skeleton, or is 80% alike. */
export function samePerson(a: string[], b: string[]): string | null {
  const fa = a[0]!;
  const fb = b[0]!;
  const la = a[a.length - 1]!;
  const lb = b[b.length - 1]!;
  const firstOk = fa === fb || (Math.min(fa.length, fb.length) >= 5 && distance(fa, fb) <= 1);
  if (!firstOk) return null;
  if (la === lb) return a.length === b.length ? 'same name' : 'same first and last name';
  const d = typoDistance(la, lb);
  if (skeleton(la) === skeleton(lb) && d <= 3) return `surname spelling variant (${la} ~ ${lb}, same consonants)`;
  if (d / Math.max(la.length, lb.length) <= 0.2) return `surname spelling variant (${la} ~ ${lb}, edit distance ${d})`;
  return null;
}

/**
 * 13: entity resolution across documents. Mentions are compared only within
 * blocks sharing a key (first name + surname initial, or surname skeleton +
 * first initial), never all pairs; matches are joined with union-find, so
 * Mohamadi ~ Mohammadi ~ muhammady chain into one person while Ana and
 * Rosa Silva (different first names) stay apart.
 */
export function resolveMentions(mentions: NameMention[]): Resolution {
  const r = new MentionResolver();
  for (const m of mentions) r.add(m);
  return r.finish();
}

/**
 * resolveMentions one mention at a time, so the mentions of documents already
 * analysed can be compared while later ones are still being read (the same
 * comparisons in the same order: the same result).
 */
export class MentionResolver {
  readonly #mentions: NameMention[] = [];
  #parent = new Int32Array(1024);
  /** roots already compared with mention i: seenBy[root] === i + 1 */
  #seenBy = new Int32Array(1024);
  /** per mention, its key's number: names recur, so each distinct key is split and blocked once */
  #keyOf = new Int32Array(1024);
  readonly #keyIds = new Map<string, number>();
  readonly #keyWords: string[][] = [];
  /** per key, its two blocks */
  readonly #keyBlocks: number[][][] = [];
  readonly #reasons = new Map<number, { i: number; j: number; reason: string }>();
  readonly #blocks = new Map<string, number[]>();
  get size(): number {
    return this.#mentions.length;
  }
  #find(i: number): number {
    const parent = this.#parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  }
  #block(k: string): number[] {
    let list = this.#blocks.get(k);
    if (!list) this.#blocks.set(k, (list = []));
    return list;
  }
  #newKey(k: string): number {
    const key = this.#keyWords.length;
    this.#keyIds.set(k, key);
    const w = k.split(' ');
    this.#keyWords.push(w);
    const first = w[0]!;
    const last = w[w.length - 1]!;
    this.#keyBlocks.push([this.#block(`f:${first}|${last[0]}`), this.#block(`s:${skeleton(last)}|${first[0]}`)]);
    return key;
  }
  add(m: NameMention): void {
    const i = this.#mentions.length;
    if (i === this.#parent.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.#parent = grow(this.#parent);
      this.#seenBy = grow(this.#seenBy);
      this.#keyOf = grow(this.#keyOf);
    }
    const parent = this.#parent;
    const seenBy = this.#seenBy;
    const keyOf = this.#keyOf;
    const keyWords = this.#keyWords;
    parent[i] = i;
    this.#mentions.push(m);
    const key = this.#keyIds.get(m.key) ?? this.#newKey(m.key);
    keyOf[i] = key;
    const w = keyWords[key]!;
    const mark = i + 1;
    // i's root, kept up to date here (a merge makes it rj, a root)
    let ri = i;
    // A block lists [mention, one of its ancestors, …]: the ancestor, moved up to the root as it is found, leads
    // to the few roots a block's people share, not to a scattered mention each (cache misses on a large heap).
    const blocks = this.#keyBlocks[key]!;
    for (let b = 0; b < 2; b++) {
      const list = blocks[b]!;
      for (let n = list.length - 2, c = 0; n >= 0 && c < MAX_COMPARE; n -= 2, c++) {
        const up = list[n + 1]!;
        const rj = parent[up] === up ? up : (list[n + 1] = this.#find(up));
        if (seenBy[rj] === mark || ri === rj) continue;
        seenBy[rj] = mark;
        const j = list[n]!;
        const same = keyOf[j] === key;
        const reason = same ? 'same name' : samePerson(w, keyWords[keyOf[j]!]!);
        if (reason) {
          parent[ri] = rj;
          ri = rj;
          if (!same) this.#reasons.set(i, { i, j, reason });
        }
      }
      list.push(i, i);
    }
  }
  finish(): Resolution {
    const mentions = this.#mentions;
    const roots = new Map<number, number>();
    const cluster = mentions.map((_, i) => {
      const r = this.#find(i);
      if (!roots.has(r)) roots.set(r, roots.size);
      return roots.get(r)!;
    });
    const merges = new Map<number, MergeEvidence[]>();
    for (const { i, j, reason } of this.#reasons.values()) {
      const c = cluster[i]!;
      const list = merges.get(c) ?? [];
      list.push({ alias: mentions[i]!.name, into: mentions[j]!.name, documentId: mentions[i]!.documentId, reason });
      merges.set(c, list);
    }
    return { cluster, merges };
  }
}

/** The corpus state the corpus-wide stages start from: the analysed documents in input order, and the files rejected. */
export interface Collected {
  analysed: Analysed[];
  rejected: Rejected[];
}

export interface Resolved extends Collected {
  /** Why clusters were joined, by cluster. */
  merges: Resolution['merges'];
  /** The person (cluster) a document's speaker key is. */
  clusterOf: (a: Analysed, key: string) => number;
}

/**
 * Stage 13: one cluster per person across documents. `resolved`, if given, is
 * this already done (resolveMentions of the analysed documents' speakers, in
 * order: a caller that fed a MentionResolver as documents came in).
 */
export function resolveSpeakers(c: Collected, resolved?: Resolution): Resolved {
  const flat = c.analysed.flatMap((a) => a.speakers.map((s) => ({ a, s })));
  const res = resolved ?? resolveMentions(flat.map(({ a, s }) => ({ documentId: a.doc.id, key: s.key, name: s.name })));
  // per document: speaker key -> cluster (no string key per lookup: quotes ask once each)
  const clustersOf = new Map<Analysed, Map<string, number>>();
  flat.forEach(({ a, s }, i) =>
    (clustersOf.get(a) ?? clustersOf.set(a, new Map()).get(a)!).set(s.key, res.cluster[i]!),
  );
  return { ...c, merges: res.merges, clusterOf: (a, key) => clustersOf.get(a)!.get(key)! };
}
