/** A section of a corpus whose records can break a reference. */
export type ReferringSection = 'documents' | 'events' | 'appearances' | 'quotes' | 'unattributed';

/** One broken reference: the record (`index`: its position, or its line in a corpus-lines file), the field, and why. */
export interface ReferenceIssue {
  section: ReferringSection;
  index: number;
  field?: string;
  message: string;
}

interface QuoteLike {
  documentId: string;
  eventId: string;
  start: number;
  end: number;
  /** Absent: the document's text[start, end) (a corpus-lines file leaves it out), whose offsets must lie inside the text. */
  text?: string;
  speakerId?: string;
}

/** A quote waiting for its document, to check its offsets against the text. */
interface Pending {
  section: 'quotes' | 'unattributed';
  index: number;
  start: number;
  end: number;
  text: string | undefined;
}

/**
 * The corpus's cross-record checks, fed one record at a time so a loader can
 * run them while a corpus streams in, holding ids but never document texts.
 * Records must come in the corpus-lines order (src/corpus/lines.ts): events and
 * speakers before what names them, quotes before the documents they point into
 * (each quote's offsets are checked when its document arrives). `finish()` reports
 * what only the end can tell: documents that never came.
 */
export class ReferenceCheck {
  readonly #events = new Set<string>();
  readonly #speakers = new Set<string>();
  readonly #documents = new Set<string>();
  /** quotes per document id, until the document arrives */
  readonly #pending = new Map<string, Pending[]>();
  /** events' and appearances' document ids, checked at the end */
  readonly #named: { section: 'events' | 'appearances'; index: number; field: string; id: string }[] = [];

  /** `onIssue` hears of each broken reference as it is found. */
  constructor(readonly onIssue: (issue: ReferenceIssue) => void) {}

  #report(section: ReferringSection, index: number, field: string | undefined, message: string): void {
    this.onIssue(field === undefined ? { section, index, message } : { section, index, field, message });
  }

  event(e: { id: string; documentIds: readonly string[] }, index: number): void {
    this.#events.add(e.id);
    e.documentIds.forEach((id, j) => this.#named.push({ section: 'events', index, field: `documentIds.${j}`, id }));
  }

  speaker(s: { id: string }): void {
    this.#speakers.add(s.id);
  }

  appearance(a: { speakerId: string; eventId: string; documentId: string }, index: number): void {
    if (!this.#speakers.has(a.speakerId)) this.#report('appearances', index, 'speakerId', `unknown speaker "${a.speakerId}"`);
    if (!this.#events.has(a.eventId)) this.#report('appearances', index, 'eventId', `unknown event "${a.eventId}"`);
    this.#named.push({ section: 'appearances', index, field: 'documentId', id: a.documentId });
  }

  quote(q: QuoteLike, index: number, section: 'quotes' | 'unattributed' = q.speakerId === undefined ? 'unattributed' : 'quotes'): void {
    if (section === 'quotes' && !this.#speakers.has(q.speakerId!)) this.#report(section, index, 'speakerId', `unknown speaker "${q.speakerId}"`);
    if (!this.#events.has(q.eventId)) this.#report(section, index, 'eventId', `unknown event "${q.eventId}"`);
    if (this.#documents.has(q.documentId)) {
      this.#report(section, index, 'documentId', `document "${q.documentId}" came before this quote (quotes come before documents)`);
      return;
    }
    const list = this.#pending.get(q.documentId);
    const p: Pending = { section, index, start: q.start, end: q.end, text: q.text };
    if (list) list.push(p);
    else this.#pending.set(q.documentId, [p]);
  }

  /** A document: its event must be known; the quotes pointing into it are checked against its text now. */
  document(d: { id: string; eventId: string | null; text: string }, index: number): void {
    this.#documents.add(d.id);
    if (d.eventId !== null && !this.#events.has(d.eventId)) this.#report('documents', index, 'eventId', `unknown event "${d.eventId}"`);
    for (const q of this.#pending.get(d.id) ?? [])
      // start and end are UTF-16 offsets, as String.prototype.slice counts
      if (q.end < q.start || q.end > d.text.length) this.#report(q.section, q.index, undefined, `offsets ${q.start}–${q.end} lie outside the text of "${d.id}" (${d.text.length} characters)`);
      else if (q.text !== undefined && d.text.slice(q.start, q.end) !== q.text) this.#report(q.section, q.index, undefined, `offsets ${q.start}–${q.end} do not match the quote text in "${d.id}"`);
    this.#pending.delete(d.id);
  }

  /** The checks that need every document: references to documents that never came. */
  finish(): void {
    for (const n of this.#named) if (!this.#documents.has(n.id)) this.#report(n.section, n.index, n.field, `unknown document "${n.id}"`);
    for (const [id, list] of this.#pending) for (const q of list) this.#report(q.section, q.index, 'documentId', `unknown document "${id}"`);
    this.#pending.clear();
  }
}
