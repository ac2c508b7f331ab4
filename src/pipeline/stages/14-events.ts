import type { Corpus } from '../../corpus/schema';
import type { Analysed } from './analyse';
import type { Resolved } from './13-resolve';
import { slugOfTerms, termSet } from './12-terms';
import { contentTerms } from '../nlp/termWords';

export interface EventDoc {
  id: string;
  file: string;
  title: string;
  date: string | null;
  /** front-matter `event`: documents naming the same event share it */
  eventName?: string;
  /** title and lead paragraph, for similarity (when leadTerms is not given) */
  lead?: string;
  /** termSet(lead), when already known */
  leadTerms?: readonly string[];
  /** eventSlug of `eventName ?? title`, when already known (stage 12's) */
  slug?: string;
  speakers: number[];
}

export interface EventGroup {
  date: string | null;
  title: string;
  documentIds: string[];
  /** eventSlug(title), when the document that opened the event gave it */
  slug?: string;
}

const SIMILAR = 0.2;

const leadTermsOf = (d: EventDoc) => (d.leadTerms ? new Set(d.leadTerms) : termSet(d.lead ?? ''));

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * 14: documents -> events. Documents with the same date and either a shared
 * speaker or a similar title/lead are one event (compared only within a date).
 * A document without a date joins the event it shares most speakers with;
 * with none it is an undated event of its own.
 */
export function groupEvents(docs: EventDoc[]): { events: EventGroup[]; eventOf: Map<string, number> } {
  const events: (EventGroup & { terms: Set<string>; speakers: Set<number> })[] = [];
  const byDate = new Map<string, number[]>();
  const byName = new Map<string, number>();
  const bySpeaker = new Map<number, number[]>();
  const eventOf = new Map<string, number>();
  const join = (d: EventDoc, e: number, terms: Set<string>) => {
    const ev = events[e]!;
    ev.documentIds.push(d.id);
    for (const t of terms) ev.terms.add(t);
    for (const s of d.speakers) {
      if (!ev.speakers.has(s)) (bySpeaker.get(s) ?? bySpeaker.set(s, []).get(s)!).push(e);
      ev.speakers.add(s);
    }
    ev.date ??= d.date;
    eventOf.set(d.id, e);
  };
  const create = (d: EventDoc): number => {
    events.push({
      date: d.date,
      title: d.eventName ?? d.title,
      ...(d.slug === undefined ? {} : { slug: d.slug }),
      documentIds: [],
      terms: new Set(),
      speakers: new Set(),
    });
    const e = events.length - 1;
    if (d.date) (byDate.get(d.date) ?? byDate.set(d.date, []).get(d.date)!).push(e);
    if (d.eventName) byName.set(d.eventName.toLowerCase(), e);
    return e;
  };
  const dated = docs.filter((d) => d.date || d.eventName);
  for (const d of dated) {
    const terms = leadTermsOf(d);
    let target = d.eventName ? byName.get(d.eventName.toLowerCase()) : undefined;
    if (target === undefined && d.date) {
      for (const e of byDate.get(d.date) ?? []) {
        const ev = events[e]!;
        if (d.speakers.some((s) => ev.speakers.has(s)) || jaccard(terms, ev.terms) >= SIMILAR) {
          target = e;
          break;
        }
      }
    }
    join(d, target ?? create(d), terms);
  }
  for (const d of docs) {
    if (d.date || d.eventName) continue;
    const shared = new Map<number, number>();
    for (const s of d.speakers) for (const e of bySpeaker.get(s) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    let best = -1;
    let n = 0;
    for (const [e, c] of shared) if (c > n || (c === n && e < best)) [best, n] = [e, c];
    if (best >= 0 && n >= 2) join(d, best, leadTermsOf(d));
    // an article is never dropped for lacking a date: it reports an undated event of its own
    else join(d, create(d), leadTermsOf(d));
  }
  return {
    events: events.map(({ date, title, documentIds, slug }) =>
      slug === undefined ? { date, title, documentIds } : { date, title, documentIds, slug },
    ),
    eventOf,
  };
}

export interface Grouped extends Resolved {
  /** The documents that have an event (all but those a date is missing for), in input order. */
  kept: Analysed[];
  events: Corpus['events'];
  /** The event of each kept document, by document id. */
  eventIdOf: Map<string, string>;
}

/** Stage 14: documents into events, each with its id; a document no event takes is rejected. */
export function findEvents(c: Resolved): Grouped {
  const { events: groups, eventOf } = groupEvents(
    c.analysed.map((a) => ({
      id: a.doc.id,
      file: a.doc.file,
      title: a.title,
      date: a.date,
      eventName: a.doc.meta.event,
      leadTerms: a.leadTerms,
      slug: a.eventSlug,
      speakers: [...new Set(a.speakers.map((s) => c.clusterOf(a, s.key)))],
    })),
  );
  const rejected = [...c.rejected];
  const kept = c.analysed.filter((a) => {
    if (eventOf.has(a.doc.id)) return true;
    rejected.push({ file: a.doc.file, reason: 'no event date found' });
    return false;
  });
  const usedEventIds = new Set<string>();
  const eventIds = groups.map((g) => {
    // (made on the analysing thread: the title's words are not tokenised again here, nor the NLP model loaded)
    const stem = `${g.date ?? 'undated'}-${g.slug ?? eventSlug(g.title)}`;
    let id = stem;
    for (let n = 2; usedEventIds.has(id); n++) id = `${stem}-${n}`;
    usedEventIds.add(id);
    return id;
  });
  const keptIds = new Set(kept.map((a) => a.doc.id));
  const events = groups
    .map((g, e) => ({
      id: eventIds[e]!,
      title: g.title,
      date: g.date,
      documentIds: g.documentIds.filter((d) => keptIds.has(d)),
    }))
    .filter((e) => e.documentIds.length > 0);
  const eventIdOf = new Map(kept.map((a) => [a.doc.id, eventIds[eventOf.get(a.doc.id)!]!]));
  return { ...c, rejected, kept, events, eventIdOf };
}

function eventSlug(title: string): string {
  return slugOfTerms(contentTerms(title));
}
