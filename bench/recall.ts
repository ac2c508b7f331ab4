import type { Corpus } from '../src/corpus';
import type { DocumentStyle, GroundTruth } from './generate';

/** Speaker appearances found by the pipeline against the generator's ground truth. */
export interface RecallResult {
  /** Ground-truth appearances (one per speaker per document). */
  readonly expected: number;
  /** Of those, how many the corpus has: same document, a speaker answering to one of the surface forms. */
  readonly found: number;
  readonly recall: number;
  /** Corpus appearances that match no ground-truth speaker of their document. */
  readonly spurious: number;
  readonly precision: number;
  /** The first few misses, for the report. */
  readonly missed: readonly { doc: string; speaker: string }[];
}

const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|madam|mp|sen|senator|amb|ambassador|mayor|minister)\.? /;

/** Case, accents, punctuation and a leading title do not matter: "Dr. Ömer Çelik" ~ "omer celik". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9. -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(HONORIFIC, '');
}

const basename = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/**
 * Scores a corpus built from generated articles. A ground-truth appearance counts as
 * found when the corpus document of the same file has an appearance by a speaker whose
 * name or an alias folds to the canonical name or one of the surfaces used there.
 * With `style`, only that style's documents count (pass a corpus cut to them too).
 */
export function computeRecall(truth: GroundTruth, corpus: Pick<Corpus, 'documents' | 'speakers' | 'appearances'>, maxMissed = 20, style?: DocumentStyle): RecallResult {
  const inStyle = style === undefined ? undefined : new Set(truth.documents.filter((d) => d.style === style).map((d) => d.file));
  const fileOf = new Map(corpus.documents.map((d) => [d.id, basename(d.file)]));
  const keysOf = new Map(corpus.speakers.map((s) => [s.id, new Set([s.name, ...s.aliases].map(foldName))]));
  /** file → the corpus's speaker key sets there, one per appearance. */
  const found = new Map<string, Set<string>[]>();
  for (const a of corpus.appearances) {
    const file = fileOf.get(a.documentId);
    const keys = keysOf.get(a.speakerId);
    if (file === undefined || keys === undefined) continue;
    const list = found.get(file) ?? [];
    list.push(keys);
    found.set(file, list);
  }
  const matched = new Map<string, Set<Set<string>>>(); // file → corpus key sets that matched something
  let expected = 0;
  let hits = 0;
  const missed: { doc: string; speaker: string }[] = [];
  for (const s of truth.speakers)
    for (const a of s.appearances) {
      if (inStyle && !inStyle.has(a.doc)) continue;
      expected++;
      const wanted = new Set([s.name, ...a.surface].map(foldName));
      const candidates = found.get(a.doc) ?? [];
      const hit = candidates.find((keys) => [...keys].some((k) => wanted.has(k)));
      if (hit) {
        hits++;
        const m = matched.get(a.doc) ?? new Set();
        m.add(hit);
        matched.set(a.doc, m);
      } else if (missed.length < maxMissed) missed.push({ doc: a.doc, speaker: s.name });
    }
  let total = 0;
  let spurious = 0;
  for (const [file, list] of found) {
    total += list.length;
    const m = matched.get(file);
    for (const keys of list) if (!m?.has(keys)) spurious++;
  }
  return {
    expected,
    found: hits,
    recall: expected ? hits / expected : Number.NaN,
    spurious,
    precision: total ? (total - spurious) / total : Number.NaN,
    missed,
  };
}
