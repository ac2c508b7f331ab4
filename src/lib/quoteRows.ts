import type { CorpusIndex } from './corpusIndex';
import { countryName } from './countryName';
import type { Filters } from './filters';
import { containsWords } from './quoteHasTerm';
import type { TermSource } from './urlState';
import { roleLabel } from './roleLabel';

/** One quote with what a reader needs to judge it; also the quotes CSV's record. */
export type QuoteRow = {
  /** Position in the corpus's quotes. */
  readonly position: number;
  readonly id: string;
  readonly speakerId: string;
  readonly speaker: string;
  /** Country name, or "Unspecified". */
  readonly country: string;
  readonly role: string;
  /** The speaker's organisations, "; "-separated. */
  readonly organisations: string;
  readonly eventId: string;
  readonly event: string;
  /** The event's date (YYYY-MM-DD), or "" when undated (an empty CSV cell; the view says "undated"). */
  readonly date: string;
  readonly quote: string;
  readonly kind: 'direct' | 'reported';
  readonly documentId: string;
  /** The document's title, or its file name when untitled. */
  readonly document: string;
  readonly url: string;
  /** Offsets of the quote in the document's text. */
  readonly start: number;
  readonly end: number;
};

/** What a row says about its speaker, built once per speaker rather than once per quote. */
type SpeakerPart = Pick<QuoteRow, 'speaker' | 'country' | 'role' | 'organisations'>;

function speakerPart(index: CorpusIndex, qi: number): SpeakerPart {
  const s = index.speakers[index.quoteSpeaker[qi]!];
  const id = index.corpus.quotes[qi]!.speakerId;
  return { speaker: s?.name ?? id, country: countryName(s?.country ?? null), role: s ? roleLabel(s.role) : '', organisations: s?.affiliations.join('; ') ?? '' };
}

function buildRow(index: CorpusIndex, qi: number, who: SpeakerPart): QuoteRow {
  const q = index.corpus.quotes[qi]!;
  const e = index.corpus.events[index.quoteEvent[qi]!];
  const doc = index.corpus.documents[index.quoteDocument[qi]!];
  return { position: qi, speakerId: q.speakerId, ...who, ...quoteFields(q, e, doc) };
}

/** What a row says of the quote itself, its event and its document: the same for named and unnamed speakers. */
function quoteFields(
  q: { id: string; eventId: string; documentId: string; text: string; kind?: 'direct' | 'reported'; start: number; end: number },
  e: { title: string; date: string | null } | undefined,
  doc: { title: string; file: string; url?: string } | undefined,
): Omit<QuoteRow, 'position' | 'speakerId' | keyof SpeakerPart> {
  return {
    id: q.id,
    eventId: q.eventId,
    event: e?.title ?? q.eventId,
    date: e?.date ?? '',
    quote: q.text,
    kind: q.kind ?? 'direct',
    documentId: q.documentId,
    document: doc ? doc.title || doc.file : q.documentId,
    url: doc?.url ?? '',
    start: q.start,
    end: q.end,
  };
}

/** The row for the quote at corpus position `qi`. */
export function computeQuoteRow(index: CorpusIndex, qi: number): QuoteRow {
  return buildRow(index, qi, speakerPart(index, qi));
}

/** Rows for the quotes at these positions, in that order. */
export function computeQuoteRows(index: CorpusIndex, positions: Iterable<number>): QuoteRow[] {
  const parts = new Map<number, SpeakerPart>();
  return Array.from(positions, (qi) => {
    const sp = index.quoteSpeaker[qi]!;
    let who = parts.get(sp);
    if (!who) parts.set(sp, (who = speakerPart(index, qi)));
    return buildRow(index, qi, who);
  });
}

const orders = new WeakMap<CorpusIndex, Int32Array>();

/**
 * All quote positions in reading order: by event date (undated last), then document,
 * then place in the document. Sorted once per corpus, so ordering a selection is one
 * pass over this order rather than a sort per filter change.
 */
export function quoteOrder(index: CorpusIndex): Int32Array {
  let order = orders.get(index);
  if (!order) {
    const { quotes, events } = index.corpus;
    // events ranked by date once, so the quote sort compares numbers, not date strings
    const byDate = Array.from(events.keys()).sort((a, b) => {
      const [x, y] = [events[a]!.date ?? '\uffff', events[b]!.date ?? '\uffff'];
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    const eventRank = new Int32Array(events.length);
    byDate.forEach((e, rank) => (eventRank[e] = rank));
    const { quoteEvent, quoteDocument } = index;
    const rank = Int32Array.from(quoteEvent, (e) => (e >= 0 ? eventRank[e]! : events.length));
    const start = Int32Array.from(quotes, (q) => q.start);
    order = Int32Array.from(quotes.keys()).sort((a, b) => rank[a]! - rank[b]! || quoteDocument[a]! - quoteDocument[b]! || start[a]! - start[b]! || a - b);
    orders.set(index, order);
  }
  return order;
}

/** The selected quote positions (any order) in `quoteOrder`. */
export function orderQuotes(index: CorpusIndex, selected: ArrayLike<number>): Int32Array {
  const order = quoteOrder(index);
  if (selected.length === order.length) return order;
  const flags = new Uint8Array(order.length);
  for (let i = 0; i < selected.length; i++) flags[selected[i]!] = 1;
  const out = new Int32Array(selected.length);
  let n = 0;
  for (let i = 0; i < order.length; i++) if (flags[order[i]!]) out[n++] = order[i]!;
  return out.subarray(0, n);
}

export interface Page {
  /** Zero-based page number, clamped to the pages there are. */
  readonly page: number;
  /** Number of pages (at least 1, so an empty list still has page 1 of 1). */
  readonly pages: number;
  /** Item range [from, to) of this page. */
  readonly from: number;
  readonly to: number;
}

/** Page `page` of `count` items, `size` per page. */
export function computePage(count: number, page: number, size: number): Page {
  const pages = Math.max(1, Math.ceil(count / size));
  const p = Math.max(0, Math.min(pages - 1, Math.floor(page)));
  return { page: p, pages, from: p * size, to: Math.min(count, (p + 1) * size) };
}

/** What the Quotes list and CSV say in place of a speaker the article does not name. */
export const SPEAKER_NOT_NAMED = 'speaker not named';

/**
 * Positions in `corpus.unattributed` of the quotes behind the selection whose speaker the
 * text does not name: those in a selected document (so an event filter keeps its
 * articles'), containing a filtered term when there is one. None while a speaker filter
 * (country, role, organisation, search) is on: with no speaker they cannot match it.
 */
export function selectUnattributed(index: CorpusIndex, documents: Uint8Array, f: Filters, termSource: TermSource = 'quote'): Int32Array {
  const list = index.corpus.unattributed ?? [];
  if (!list.length || f.country.length || f.role.length || f.affiliation.length || f.text.trim()) return new Int32Array();
  const docPos = unattributedDocuments(index);
  const terms = termSource === 'quote' ? f.term : [];
  const out: number[] = [];
  for (let u = 0; u < list.length; u++) {
    const d = docPos[u]!;
    if (d < 0 || !documents[d]) continue;
    if (terms.length && !terms.some((t) => containsWords(list[u]!.text.toLowerCase(), t))) continue;
    out.push(u);
  }
  return Int32Array.from(out);
}

const unattributedDocs = new WeakMap<CorpusIndex, Int32Array>();
/** Unattributed quote position → document position (-1 when unknown), once per corpus. */
function unattributedDocuments(index: CorpusIndex): Int32Array {
  let out = unattributedDocs.get(index);
  if (!out) {
    const pos = new Map(index.corpus.documents.map((d, i) => [d.id, i]));
    out = Int32Array.from(index.corpus.unattributed ?? [], (q) => pos.get(q.documentId) ?? -1);
    unattributedDocs.set(index, out);
  }
  return out;
}

/**
 * One list for the Quotes view: attributed quote positions (≥ 0) and unattributed ones
 * encoded as -(u + 1), in reading order (event date, undated last, then document, then place).
 * `ordered` is already in that order (orderQuotes); the few unattributed are sorted and merged in.
 */
export function mergeUnattributed(index: CorpusIndex, ordered: Int32Array, unattributed: Int32Array): Int32Array {
  if (!unattributed.length) return ordered;
  const list = index.corpus.unattributed ?? [];
  const { events, quotes } = index.corpus;
  const rankOf = eventRanks(index);
  const docPos = unattributedDocuments(index);
  const key = (item: number): [number, number, number] => {
    if (item >= 0) return [index.quoteEvent[item]! >= 0 ? rankOf[index.quoteEvent[item]!]! : events.length, index.quoteDocument[item]!, quotes[item]!.start];
    const q = list[-item - 1]!;
    const e = index.eventPos.get(q.eventId);
    return [e !== undefined ? rankOf[e]! : events.length, docPos[-item - 1]!, q.start];
  };
  const before = (a: number, b: number) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a >= 0 ? -1 : 1);
  };
  const extra = Array.from(unattributed, (u) => -u - 1).sort(before);
  const out = new Int32Array(ordered.length + extra.length);
  let [i, j, n] = [0, 0, 0];
  while (i < ordered.length || j < extra.length) {
    if (j >= extra.length || (i < ordered.length && before(ordered[i]!, extra[j]!) < 0)) out[n++] = ordered[i++]!;
    else out[n++] = extra[j++]!;
  }
  return out;
}

const ranks = new WeakMap<CorpusIndex, Int32Array>();
/** Event position → rank by date (undated last), once per corpus. */
export function eventRanks(index: CorpusIndex): Int32Array {
  let out = ranks.get(index);
  if (!out) {
    const { events } = index.corpus;
    const byDate = Array.from(events.keys()).sort((a, b) => {
      const [x, y] = [events[a]!.date ?? '\uffff', events[b]!.date ?? '\uffff'];
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    out = new Int32Array(events.length);
    for (const [rank, e] of byDate.entries()) out[e] = rank;
    ranks.set(index, out);
  }
  return out;
}

/** Rows for a merged list (see mergeUnattributed): unattributed quotes say SPEAKER_NOT_NAMED and have no speaker id. */
export function computeQuoteItemRows(index: CorpusIndex, items: Iterable<number>): QuoteRow[] {
  const parts = new Map<number, SpeakerPart>();
  const list = index.corpus.unattributed ?? [];
  return Array.from(items, (item) => {
    if (item >= 0) {
      const sp = index.quoteSpeaker[item]!;
      let who = parts.get(sp);
      if (!who) parts.set(sp, (who = speakerPart(index, item)));
      return buildRow(index, item, who);
    }
    const q = list[-item - 1]!;
    const e = index.eventById.get(q.eventId);
    const doc = index.documentById.get(q.documentId);
    const who: SpeakerPart = { speaker: SPEAKER_NOT_NAMED, country: '', role: '', organisations: '' };
    return { position: item, speakerId: '', ...who, ...quoteFields(q, e, doc) };
  });
}
