import type { Corpus, Terms } from '../corpus';

export interface CorpusSubset {
  readonly speakerIds: ReadonlySet<string>;
  /** Keep only appearances and quotes at these events (null: all events). */
  readonly eventIds?: ReadonlySet<string> | null;
  /** Keep only these quotes of the selected speakers (null: all of them). */
  readonly quoteIds?: ReadonlySet<string> | null;
}

/**
 * The part of a corpus behind a selection, in the corpus format: the chosen
 * speakers, their appearances and quotes, the documents those come from (whole,
 * so quote offsets stay valid), those documents' events, and their term counts.
 * Every reference in the result resolves, so it passes `Corpus.parse`.
 */
export function subsetCorpus(corpus: Corpus, sel: CorpusSubset): Corpus {
  const inEvents = (id: string) => !sel.eventIds || sel.eventIds.has(id);
  const appearances = corpus.appearances.filter((a) => sel.speakerIds.has(a.speakerId) && inEvents(a.eventId));
  const quotes = corpus.quotes.filter(
    (q) => sel.speakerIds.has(q.speakerId) && inEvents(q.eventId) && (!sel.quoteIds || sel.quoteIds.has(q.id)),
  );
  const docIds = new Set([...appearances.map((a) => a.documentId), ...quotes.map((q) => q.documentId)]);
  const documents = corpus.documents.filter((d) => docIds.has(d.id));
  const eventIds = new Set([
    ...appearances.map((a) => a.eventId),
    ...quotes.map((q) => q.eventId),
    ...documents.flatMap((d) => (d.eventId === null ? [] : [d.eventId])),
  ]);
  const events = corpus.events
    .filter((e) => eventIds.has(e.id))
    .map((e) => ({ ...e, documentIds: e.documentIds.filter((id) => docIds.has(id)) }));
  const quoteIds = new Set(quotes.map((q) => q.id));
  const terms = subsetTerms(corpus.terms, (t) => (t.kind === 'quote' ? quoteIds.has(t.id) : docIds.has(t.id)));
  return {
    schemaVersion: corpus.schemaVersion,
    documents,
    events,
    speakers: corpus.speakers.filter((s) => sel.speakerIds.has(s.id)),
    appearances,
    quotes,
    terms,
    rejected: [],
  };
}

/**
 * The kept rows with a vocabulary of only the terms they use (original order
 * kept) and plain-array counts, so the subset serialises as JSON even when the
 * stored rows are Int32Arrays.
 */
function subsetTerms(terms: Terms, keep: (row: Terms['rows'][number]) => boolean): Terms {
  const rows = terms.rows.filter(keep);
  const newIndex = new Int32Array(terms.vocabulary.length).fill(-1);
  for (const r of rows) for (let k = 0; k < r.counts.length; k += 2) newIndex[r.counts[k]!] = 0;
  const vocabulary: string[] = [];
  newIndex.forEach((v, i) => {
    if (v === 0) newIndex[i] = vocabulary.push(terms.vocabulary[i]!) - 1;
  });
  return {
    vocabulary,
    rows: rows.map((r) => ({ kind: r.kind, id: r.id, counts: Array.from(r.counts, (v, k) => (k % 2 ? v : newIndex[v]!)) })),
  };
}
