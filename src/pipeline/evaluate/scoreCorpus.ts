import { foldAffiliation, foldQuote, foldRole, nameKeys } from './fold';
import type { KeySpeaker, ScoringKey } from './keys';
import { scoreEvents, scoreTextDates } from './scoreEvents';
import { push, SEP, share, basename, type ScoredCorpus } from './common';

export interface Scores {
  /** (document, speaker) pairs: predicted, in the key, and both */
  pairs: { predicted: number; key: number; matched: number };
  precision: number;
  recall: number;
  f1: number;
  /** B-cubed F1 over matched pairs: are the key's people the corpus's people? */
  bcubedF1: number;
  people: { key: number; matched: number; speakers: number };
  /** Of the key speakers found, with the right country / role (null: none found). */
  country: number | null;
  role: number | null;
  /** Of the key speakers found that the key gives affiliations, one of them right. */
  affiliation: number | null;
  quotes: { anchors: number; inside: number; share: number | null };
  /** Predicted speakers answering to a name the key lists as only mentioned. */
  nonSpeakers: string[];
  /** Sample key: the same dates as the key, and the documents grouped as the key groups them. */
  events: { datesMatch: boolean; docPairAgreement: number; right: number; key: number } | null;
  /** Texts key: share of texts whose key gives a date with that event date. */
  eventDates: { dated: number; right: number; share: number | null } | null;
  /** Texts key: texts with no document in the corpus (rejected or not read). */
  filesMissing: number | null;
  misses: {
    unmatched: string[];
    missed: string[];
    attributes: string[];
    quotes: string[];
    dates: string[];
    events: string[];
  };
}

/**
 * Scores a corpus against an answer key, figure for figure as ../shared/tools/score.mjs
 * does (its --holdout mode is a texts key here). A predicted speaker's appearance matches
 * the key speaker sharing one of its full-name keys, or else any key, when exactly one
 * does; a texts key is matched within its own text only. Several predicted speakers
 * matching one key speaker in a document count as one pair.
 */
export function scoreCorpus(corpus: ScoredCorpus, key: ScoringKey): Scores {
  const keyKeys = new Map(key.speakers.map((s) => [s.id, nameKeys(s)]));
  /** folded name (prefixed by its text when per text) -> key speakers answering to it */
  const byName = new Map<string, Set<string>>();
  for (const s of key.speakers)
    for (const k of keyKeys.get(s.id)!)
      for (const scope of s.docs ?? ['']) {
        const at = scope + SEP + k;
        (byName.get(at) ?? byName.set(at, new Set()).get(at)!).add(s.id);
      }
  const perText = key.textDates !== null;
  const docOf = new Map(corpus.documents.map((d) => [d.id, basename(d.file ?? d.id)]));
  const speakers = new Map(corpus.speakers.map((s) => [s.id, s]));
  const predKeys = new Map(corpus.speakers.map((s) => [s.id, nameKeys(s)]));

  const matchKey = (pid: string, doc: string): string | null => {
    const scope = perText ? doc : '';
    const full = new Set<string>();
    const any = new Set<string>();
    for (const k of predKeys.get(pid)!)
      for (const g of byName.get(scope + SEP + k) ?? []) {
        any.add(g);
        if (k.includes(' ')) full.add(g);
      }
    if (full.size === 1) return [...full][0]!;
    return any.size === 1 ? [...any][0]! : null;
  };

  /** "doc SEP key id" (or "doc SEP ?predicted id") -> the predicted speaker id */
  const predPairs = new Map<string, string>();
  const unmatched: string[] = [];
  for (const a of corpus.appearances) {
    const doc = docOf.get(a.documentId) ?? a.documentId;
    const p = speakers.get(a.speakerId);
    if (!p) continue;
    const g = matchKey(p.id, doc);
    if (g) predPairs.set(doc + SEP + g, p.id);
    else {
      predPairs.set(`${doc}${SEP}?${p.id}`, p.id);
      unmatched.push(`${doc}: ${p.name}`);
    }
  }
  const keyPairs = new Set(key.pairs.map(([d, g]) => d + SEP + g));
  const mentions = [...predPairs]
    .filter(([k]) => keyPairs.has(k))
    .map(([k, p]) => ({ g: k.slice(k.indexOf(SEP) + 1), p }));
  const missed = [...keyPairs].filter((k) => !predPairs.has(k)).map((k) => k.replace(SEP, ' | '));
  const precision = predPairs.size ? mentions.length / predPairs.size : 0;
  const recall = keyPairs.size ? mentions.length / keyPairs.size : 0;

  // B-cubed: a mention's key cluster is its key speaker, its predicted cluster the predicted speaker
  const count = (f: (m: (typeof mentions)[number]) => string) => {
    const c = new Map<string, number>();
    for (const m of mentions) c.set(f(m), (c.get(f(m)) ?? 0) + 1);
    return c;
  };
  const both = count((m) => m.g + SEP + m.p);
  const byPred = count((m) => m.p);
  const byKey = count((m) => m.g);
  let bp = 0;
  let br = 0;
  for (const m of mentions) {
    const same = both.get(m.g + SEP + m.p)!;
    bp += same / byPred.get(m.p)!;
    br += same / byKey.get(m.g)!;
  }
  bp = mentions.length ? bp / mentions.length : 0;
  br = mentions.length ? br / mentions.length : 0;

  const attributes = scoreAttributes(key.speakers, mentions, speakers);
  const nonSpeakers = findNonSpeakers(key, corpus.speakers, predKeys, keyKeys);

  // quote anchors: inside a quote of the same document by the predicted speaker matched to the anchor's speaker
  const quotesOf = new Map<string, string[]>();
  for (const q of corpus.quotes ?? [])
    push(quotesOf, (docOf.get(q.documentId) ?? q.documentId) + SEP + q.speakerId, foldQuote(q.text));
  let inside = 0;
  const quoteMisses: string[] = [];
  for (const q of key.quotes) {
    const p = predPairs.get(q.doc + SEP + q.speaker);
    const anchor = foldQuote(q.text);
    if (p !== undefined && (quotesOf.get(q.doc + SEP + p) ?? []).some((t) => t.includes(anchor))) inside++;
    else quoteMisses.push(`${q.doc} ${q.speaker}: ${q.text.slice(0, 40)}`);
  }

  const events = perText ? null : scoreEvents(corpus, key);
  const dates = perText ? scoreTextDates(corpus, key.textDates!) : null;
  return {
    pairs: { predicted: predPairs.size, key: keyPairs.size, matched: mentions.length },
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    bcubedF1: bp + br ? (2 * bp * br) / (bp + br) : 0,
    people: {
      key: key.speakers.length,
      matched: new Set(mentions.map((m) => m.p)).size,
      speakers: corpus.speakers.length,
    },
    country: attributes.country,
    role: attributes.role,
    affiliation: attributes.affiliation,
    quotes: { anchors: key.quotes.length, inside, share: share(inside, key.quotes.length) },
    nonSpeakers,
    events: events?.figures ?? null,
    eventDates: dates && { dated: dates.dated, right: dates.right, share: share(dates.right, dates.dated) },
    filesMissing: dates?.filesMissing ?? null,
    misses: {
      unmatched,
      missed,
      attributes: attributes.errors,
      quotes: quoteMisses,
      dates: dates?.errors ?? [],
      events: events?.errors ?? [],
    },
  };
}

/**
 * Country, role and affiliation of each key speaker found, read on the predicted speaker
 * carrying most of its pairs (the first such, on a tie).
 */
function scoreAttributes(
  keySpeakers: KeySpeaker[],
  mentions: { g: string; p: string }[],
  speakers: Map<string, ScoredCorpus['speakers'][number]>,
) {
  const pidsOf = new Map<string, string[]>();
  for (const m of mentions) push(pidsOf, m.g, m.p);
  let found = 0;
  let countryOk = 0;
  let roleOk = 0;
  let withAff = 0;
  let affOk = 0;
  const errors: string[] = [];
  const upper = (c: string | null | undefined) => (c ? c.toUpperCase() : null);
  for (const g of keySpeakers) {
    const pids = pidsOf.get(g.id);
    if (!pids) continue;
    const n = new Map<string, number>();
    for (const p of pids) n.set(p, (n.get(p) ?? 0) + 1);
    const top = pids.reduce((best, p) => (n.get(p)! > n.get(best)! ? p : best));
    const p = speakers.get(top)!;
    found++;
    const okCountry = [g.country, ...g.countryAlt].map(upper).includes(upper(p.country));
    const okRole = [g.role, ...g.roleAlt].map(foldRole).includes(foldRole(p.role));
    countryOk += Number(okCountry);
    roleOk += Number(okRole);
    if (g.affiliations.length) {
      withAff++;
      const predicted = p.affiliations.map(foldAffiliation).filter(Boolean);
      const ok = g.affiliations
        .map(foldAffiliation)
        .some((ga) => predicted.some((x) => x === ga || x.includes(ga) || ga.includes(x)));
      affOk += Number(ok);
      if (!ok)
        errors.push(
          `affiliation ${g.name}: key ${g.affiliations.join(' / ')} got ${p.affiliations.join(' / ') || '-'}`,
        );
    }
    if (!okCountry) errors.push(`country ${g.name}: key ${[g.country, ...g.countryAlt].join('/')} got ${p.country}`);
    if (!okRole) errors.push(`role ${g.name}: key ${[g.role, ...g.roleAlt].join('/')} got ${p.role}`);
  }
  return { country: share(countryOk, found), role: share(roleOk, found), affiliation: share(affOk, withAff), errors };
}

/** Predicted speakers (anywhere in the corpus) answering to a listed non-speaker's name that no key speaker has. */
function findNonSpeakers(
  key: ScoringKey,
  predicted: ScoredCorpus['speakers'],
  predKeys: Map<string, Set<string>>,
  keyKeys: Map<string, Set<string>>,
): string[] {
  const keyNames = new Set([...keyKeys.values()].flatMap((s) => [...s]));
  const byName = new Map<string, string[]>();
  for (const p of predicted) for (const k of predKeys.get(p.id)!) push(byName, k, p.name);
  return key.nonSpeakers.flatMap((n) => {
    const k = nameKeys({ name: n });
    const [folded] = k;
    return folded === undefined || keyNames.has(folded) ? [] : (byName.get(folded) ?? []);
  });
}
