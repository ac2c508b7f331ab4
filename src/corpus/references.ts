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
  /** The quote's place in its section, for `onText`. */
  ordinal: number;
}

/** A document's text as a check needs it: its length in UTF-16 code units, and the text when a quote must be compared with it. */
export interface DocumentText {
  readonly length: number;
  of(): string;
}

/** The text a quote without one covers, once its document came: quote `ordinal` of `section` (its place there). */
export type OnQuoteText = (section: 'quotes' | 'unattributed', ordinal: number, text: string) => void;

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
  /**
   * Events' and appearances' document ids, checked at the end: the id, the record's index, and
   * for an event the id's place in its documentIds (-1: an appearance). Parallel arrays rather
   * than an object each: 100k appearances at 10,000 articles, held until the end.
   */
  readonly #namedIds: string[] = [];
  readonly #namedIndex: number[] = [];
  readonly #namedAt: number[] = [];

  /**
   * `onIssue` hears of each broken reference as it is found; `onText`, of the text of each quote
   * given without one (a corpus-lines file leaves it out) whose offsets lie inside its document's text.
   */
  constructor(
    readonly onIssue: (issue: ReferenceIssue) => void,
    readonly onText?: OnQuoteText,
  ) {}

  #report(section: ReferringSection, index: number, field: string | undefined, message: string): void {
    this.onIssue(field === undefined ? { section, index, message } : { section, index, field, message });
  }

  event(e: { id: string; documentIds: readonly string[] }, index: number): void {
    this.#events.add(e.id);
    e.documentIds.forEach((id, j) => this.#name(id, index, j));
  }

  speaker(s: { id: string }): void {
    this.#speakers.add(s.id);
  }

  appearance(a: { speakerId: string; eventId: string; documentId: string }, index: number): void {
    if (!this.#speakers.has(a.speakerId)) this.#report('appearances', index, 'speakerId', `unknown speaker "${a.speakerId}"`);
    if (!this.#events.has(a.eventId)) this.#report('appearances', index, 'eventId', `unknown event "${a.eventId}"`);
    this.#name(a.documentId, index, -1);
  }

  #name(id: string, index: number, at: number): void {
    this.#namedIds.push(id);
    this.#namedIndex.push(index);
    this.#namedAt.push(at);
  }

  /** `ordinal`: the quote's place in its section, handed to `onText` (default: `index`). */
  quote(q: QuoteLike, index: number, section: 'quotes' | 'unattributed' = q.speakerId === undefined ? 'unattributed' : 'quotes', ordinal = index): void {
    if (section === 'quotes' && !this.#speakers.has(q.speakerId!)) this.#report(section, index, 'speakerId', `unknown speaker "${q.speakerId}"`);
    if (!this.#events.has(q.eventId)) this.#report(section, index, 'eventId', `unknown event "${q.eventId}"`);
    if (this.#documents.has(q.documentId)) {
      this.#report(section, index, 'documentId', `document "${q.documentId}" came before this quote (quotes come before documents)`);
      return;
    }
    const list = this.#pending.get(q.documentId);
    const p: Pending = { section, index, start: q.start, end: q.end, text: q.text, ordinal };
    if (list) list.push(p);
    else this.#pending.set(q.documentId, [p]);
  }

  /**
   * A document: its event must be known; the quotes pointing into it are checked against its text now.
   * `text` stands for `d.text` when the record was read without it (a loader that never decodes it):
   * its length, and the text itself, asked for only if a quote needs it.
   */
  document(d: { id: string; eventId: string | null; text: string }, index: number, text: DocumentText = { length: d.text.length, of: () => d.text }): void {
    this.#documents.add(d.id);
    if (d.eventId !== null && !this.#events.has(d.eventId)) this.#report('documents', index, 'eventId', `unknown event "${d.eventId}"`);
    const { length } = text;
    let whole: string | undefined;
    for (const q of this.#pending.get(d.id) ?? [])
      // start and end are UTF-16 offsets, as String.prototype.slice counts
      if (q.end < q.start || q.end > length) this.#report(q.section, q.index, undefined, `offsets ${q.start}–${q.end} lie outside the text of "${d.id}" (${length} characters)`);
      else if (q.text === undefined) this.onText?.(q.section, q.ordinal, (whole ??= text.of()).slice(q.start, q.end));
      else if ((whole ??= text.of()).slice(q.start, q.end) !== q.text) this.#report(q.section, q.index, undefined, `offsets ${q.start}–${q.end} do not match the quote text in "${d.id}"`);
    this.#pending.delete(d.id);
  }

  /** The checks that need every document: references to documents that never came. */
  finish(): void {
    this.#namedIds.forEach((id, i) => {
      if (this.#documents.has(id)) return;
      const at = this.#namedAt[i]!;
      this.#report(at < 0 ? 'appearances' : 'events', this.#namedIndex[i]!, at < 0 ? 'documentId' : `documentIds.${at}`, `unknown document "${id}"`);
    });
    for (const [id, list] of this.#pending) for (const q of list) this.#report(q.section, q.index, 'documentId', `unknown document "${id}"`);
    this.#pending.clear();
  }
}
