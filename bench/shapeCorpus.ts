import type { Corpus } from '../src/corpus';

export interface ShapeTargets {
  readonly appearances: number;
  readonly quotes: number;
}

export interface ShapeReport {
  readonly appearances: { readonly from: number; readonly to: number };
  readonly quotes: { readonly from: number; readonly to: number };
}

/** `count` indices spread evenly over 0..n-1, in order (count ≤ n). */
function evenly(n: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => Math.floor((k * n) / count));
}

/**
 * The browser benchmark's corpus: the pipeline's output with exactly `targets.appearances`
 * appearances and `targets.quotes` quotes, still valid for `Corpus.parse`.
 * - Too many: an evenly spaced subset is kept (and the dropped quotes' term counts go).
 * - Too few quotes: existing quotes are repeated under new ids (same offsets, so they
 *   still match their document's text), with copies of their term counts.
 * - Too few appearances: existing speakers are added to documents they are not in yet.
 * Deterministic and pure: the input is not modified.
 */
export function shapeCorpus(corpus: Corpus, targets: ShapeTargets): { corpus: Corpus; report: ShapeReport } {
  const quoteTerms = new Map(corpus.terms.rows.filter((t) => t.kind === 'quote').map((t) => [t.id, t]));
  let quotes = corpus.quotes;
  let terms = corpus.terms.rows;
  if (quotes.length > targets.quotes) {
    quotes = evenly(quotes.length, targets.quotes).map((i) => corpus.quotes[i]!);
    const kept = new Set(quotes.map((q) => q.id));
    terms = terms.filter((t) => t.kind !== 'quote' || kept.has(t.id));
  } else if (quotes.length < targets.quotes && quotes.length > 0) {
    const extra: Corpus['quotes'] = [];
    const extraTerms: Corpus['terms']['rows'] = [];
    for (let k = 0; quotes.length + extra.length < targets.quotes; k++) {
      const q = corpus.quotes[k % corpus.quotes.length]!;
      const id = `${q.id}-copy${Math.floor(k / corpus.quotes.length) + 1}`;
      extra.push({ ...q, id });
      const t = quoteTerms.get(q.id);
      if (t) extraTerms.push({ ...t, id });
    }
    quotes = [...quotes, ...extra];
    terms = [...terms, ...extraTerms];
  }

  let appearances = corpus.appearances;
  if (appearances.length > targets.appearances) {
    appearances = evenly(appearances.length, targets.appearances).map((i) => corpus.appearances[i]!);
  } else if (appearances.length < targets.appearances) {
    const docs = corpus.documents.filter((d) => d.eventId !== null);
    const seen = new Set(appearances.map((a) => `${a.speakerId}\u0000${a.documentId}`));
    const extra: Corpus['appearances'] = [];
    const tries = (targets.appearances - appearances.length) * 4 + docs.length * corpus.speakers.length;
    for (let k = 0; k < tries && appearances.length + extra.length < targets.appearances && docs.length && corpus.speakers.length; k++) {
      const d = docs[k % docs.length]!;
      // a large prime stride visits speakers in a scattered but repeatable order
      const s = corpus.speakers[(k * 7919) % corpus.speakers.length]!;
      const key = `${s.id}\u0000${d.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      extra.push({ speakerId: s.id, eventId: d.eventId!, documentId: d.id });
    }
    appearances = [...appearances, ...extra];
  }

  return {
    corpus: { ...corpus, appearances, quotes, terms: { vocabulary: corpus.terms.vocabulary, rows: terms } },
    report: {
      appearances: { from: corpus.appearances.length, to: appearances.length },
      quotes: { from: corpus.quotes.length, to: quotes.length },
    },
  };
}
