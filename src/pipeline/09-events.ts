import { contentTokens } from '../lib/tokenize';

export interface EventDoc {
  id: string;
  file: string;
  title: string;
  date: string | null;
  /** front-matter `event`: documents naming the same event share it */
  eventName?: string;
  /** title and lead paragraph, for similarity */
  lead: string;
  /** termSet(lead), when already known */
  leadTerms?: readonly string[];
  speakers: number[];
}

export interface EventGroup {
  date: string | null;
  title: string;
  documentIds: string[];
}

const SIMILAR = 0.2;

export function termSet(text: string): Set<string> {
  return new Set(contentTokens(text).map((t) => t.term));
}

const leadTermsOf = (d: EventDoc) => (d.leadTerms ? new Set(d.leadTerms) : termSet(d.lead));

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * 09: documents -> events. Documents with the same date and either a shared
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
  return { events: events.map(({ date, title, documentIds }) => ({ date, title, documentIds })), eventOf };
}
