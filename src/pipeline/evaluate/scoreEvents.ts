import { basename, SEP, share, type ScoredCorpus } from './common';
import type { ScoringKey } from './keys';

/** Sample key: the set of event dates, and whether each pair of documents is on one event in both. */
export function scoreEvents(corpus: ScoredCorpus, key: ScoringKey) {
  if (!key.events.length) return null;
  const predDates = new Set((corpus.events ?? []).map((e) => e.date));
  const keyDates = new Set(key.events.map((e) => e.date));
  const eventOf = new Map(corpus.documents.map((d) => [basename(d.file ?? d.id), d.eventId]));
  const keyEventOf = new Map(key.documents.map((d) => [d.file, d.event]));
  const files = [...keyEventOf.keys()];
  // pairs of documents on one event in both, counted by group sizes rather than pair by pair (the bench scores 10,000 documents)
  const pairsIn = (groupOf: (f: string) => string | null) => {
    const size = new Map<string, number>();
    for (const f of files) {
      const g = groupOf(f);
      if (g !== null) size.set(g, (size.get(g) ?? 0) + 1);
    }
    let pairs = 0;
    for (const k of size.values()) pairs += (k * (k - 1)) / 2;
    return pairs;
  };
  const predEvent = (f: string) => eventOf.get(f) ?? null;
  const n = (files.length * (files.length - 1)) / 2;
  const sameKey = pairsIn((f) => keyEventOf.get(f)!);
  const samePred = pairsIn(predEvent);
  const sameBoth = pairsIn((f) => (predEvent(f) === null ? null : `${keyEventOf.get(f)}${SEP}${predEvent(f)}`));
  const agree = n - sameKey - samePred + 2 * sameBoth;
  // stricter than the two figures above: each key event is one predicted event, alone, with its date
  const dateOf = new Map((corpus.events ?? []).map((e) => [e.id, e.date]));
  const keyFilesOn = new Map<string, number>();
  for (const f of files) {
    const id = predEvent(f);
    if (id !== null) keyFilesOn.set(id, (keyFilesOn.get(id) ?? 0) + 1);
  }
  const errors: string[] = [];
  let right = 0;
  for (const e of key.events) {
    const ids = new Set(e.documents.map(predEvent));
    const [id] = ids;
    const others = id == null ? 0 : keyFilesOn.get(id)! - e.documents.length;
    if (ids.size === 1 && id != null && others === 0 && dateOf.get(id) === e.date) right++;
    else {
      const on = [...ids].map((i) => `${i} (${i == null ? '-' : dateOf.get(i)})`).join(', ');
      errors.push(`event ${e.id}: documents on ${on}${others > 0 ? `, with ${others} documents of other events` : ''}`);
    }
  }
  return {
    figures: {
      datesMatch: [...keyDates].every((d) => predDates.has(d)) && predDates.size === keyDates.size,
      docPairAgreement: n ? agree / n : 1,
      right,
      key: key.events.length,
    },
    errors,
  };
}

/** Texts key: each dated text's event date, and the texts missing from the corpus. */
export function scoreTextDates(corpus: ScoredCorpus, textDates: { file: string; date: string | null }[]) {
  const byFile = new Map(corpus.documents.map((d) => [basename(d.file ?? d.id), d]));
  const dateOf = new Map((corpus.events ?? []).map((e) => [e.id, e.date]));
  const errors: string[] = [];
  let dated = 0;
  let right = 0;
  for (const t of textDates) {
    if (!t.date) continue;
    dated++;
    const d = byFile.get(t.file);
    const got = d ? ((d.eventId !== null ? dateOf.get(d.eventId) : null) ?? null) : 'rejected';
    if (got === t.date) right++;
    else errors.push(`${t.file}: key ${t.date} got ${got}`);
  }
  return { dated, right, errors, filesMissing: textDates.filter((t) => !byFile.has(t.file)).length };
}
