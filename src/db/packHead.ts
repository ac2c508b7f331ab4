import type { Appearance, Corpus, Event, Rejected, Speaker } from '../corpus';
import { rememberAppearanceLinks } from '../lib/appearanceLinks';
import type { CountUnits } from '../lib/countUnits';
import { headCorpus, standInDocument } from './loadCommon';
import { packColumns, unpackColumns, type PackedColumns } from './packColumns';

/** The sections of the head (what the first charts draw) a loader hands on record by record. */
export type HeadSection = 'rejected' | 'events' | 'speakers' | 'appearances';

/**
 * The first sections' records read since the last part, as a worker sends them to its page while
 * it reads on: speakers column by column without their evidence, and each appearance as three
 * numbers, its speaker's, its event's and its document's place in the head so far (a document is
 * named once, in the part whose appearances first name it). Cloning ~85k appearance objects,
 * each with its three id strings copied again, cost each thread ~0.5 s at 10,000 articles; typed
 * arrays move for free, and the page's appearances share the speakers' and events' id strings.
 */
export interface HeadPart {
  rejected: Rejected[];
  events: Event[];
  speakers: PackedColumns;
  /** Documents first named by this part's appearances, in order. */
  documentIds: string[];
  /** Appearance i is speaker at[3i], event at[3i+1], document at[3i+2] (places in the head; -1: an unknown id, which the checks refuse). */
  appearances: Int32Array;
}

const SPEAKER_KEYS = ['id', 'name', 'aliases', 'titles', 'role', 'country', 'affiliations'] as const satisfies readonly (keyof Speaker)[];

/**
 * The head's records packed as they are read (HeadPart), so the worker need not hold them as
 * objects (every scavenge copied the ~150k of them at 10,000 articles) nor pack them all at the
 * end, and the page unpacks each part while the worker reads the next.
 */
export class HeadPacker {
  readonly #speakerAt = new Map<string, number>();
  readonly #eventAt = new Map<string, number>();
  readonly #documentAt = new Map<string, number>();
  #rejected: Rejected[] = [];
  #events: Event[] = [];
  #speakers: Speaker[] = [];
  #documentIds: string[] = [];
  #appearances: number[] = [];
  #speakerCount = 0;
  #eventCount = 0;
  /** No speaker so far gave its evidence inside its record. */
  #speakersWhole = true;

  get speakersWhole(): boolean {
    return this.#speakersWhole;
  }

  add(section: HeadSection, record: unknown): void {
    if (section === 'appearances') {
      const a = record as Appearance;
      let d = this.#documentAt.get(a.documentId);
      if (d === undefined) {
        this.#documentAt.set(a.documentId, (d = this.#documentAt.size));
        this.#documentIds.push(a.documentId);
      }
      this.#appearances.push(this.#speakerAt.get(a.speakerId) ?? -1, this.#eventAt.get(a.eventId) ?? -1, d);
    } else if (section === 'speakers') {
      const s = record as Speaker;
      this.#speakerAt.set(s.id, this.#speakerCount++);
      if (s.evidence !== undefined) this.#speakersWhole = false;
      this.#speakers.push(s);
    } else if (section === 'events') {
      this.#eventAt.set((record as Event).id, this.#eventCount++);
      this.#events.push(record as Event);
    } else this.#rejected.push(record as Rejected);
  }

  /** What was added since the last part, or undefined if nothing was. */
  take(): HeadPart | undefined {
    if (!this.#rejected.length && !this.#events.length && !this.#speakers.length && !this.#appearances.length) return undefined;
    const part = { rejected: this.#rejected, events: this.#events, speakers: packColumns(this.#speakers, SPEAKER_KEYS), documentIds: this.#documentIds, appearances: Int32Array.from(this.#appearances) };
    this.#rejected = [];
    this.#events = [];
    this.#speakers = [];
    this.#documentIds = [];
    this.#appearances = [];
    return part;
  }
}

/**
 * The page's side: the parts unpacked as they come, and the head corpus they make. The head's
 * documents (headCorpus: those its events name, then those only its appearances name) and each
 * appearance's place among them are made as they come too: events come before appearances.
 */
export class HeadParts {
  readonly #rejected: Rejected[] = [];
  readonly #events: Event[] = [];
  readonly #speakers: Speaker[] = [];
  readonly #documents: Corpus['documents'] = [];
  readonly #documentAt = new Map<string, number>();
  /** The head's place of each document the parts named, by the parts' numbering. */
  readonly #partDocument: number[] = [];
  readonly #appearances: Appearance[] = [];
  readonly #speaker: number[] = [];
  readonly #event: number[] = [];
  readonly #document: number[] = [];
  /**
   * The "event" count units as the appearances come (countUnits' unitsOf, for a corpus without quotes as
   * the head is): one a distinct (speaker, event) pair in the order they first occur, keyed by
   * speaker × (events + 1) + event + 1 (all events come before any appearance); each appearance's unit and
   * document, laid out unit by unit once the head is whole.
   */
  readonly #unitOf = new Map<number, number>();
  #keyBase = 0;
  readonly #unitSpeaker: number[] = [];
  readonly #unitEvent: number[] = [];
  readonly #occurrenceUnit: number[] = [];
  readonly #occurrenceDocument: number[] = [];

  add(p: HeadPart): void {
    for (const r of p.rejected) this.#rejected.push(r);
    for (const e of p.events) {
      this.#events.push(e);
      for (const id of e.documentIds) this.#document_(id, e.id);
    }
    for (const s of unpackColumns<Speaker>(p.speakers)) this.#speakers.push(s);
    const at = p.appearances;
    let named = 0;
    for (let i = 0; i < at.length; i += 3) {
      const s = at[i]!;
      const e = at[i + 1]!;
      const eventId = this.#events[e]?.id ?? '';
      // a part names each document once, where its appearances first name it
      if (at[i + 2]! === this.#partDocument.length) this.#partDocument.push(this.#document_(p.documentIds[named++]!, eventId));
      const d = this.#partDocument[at[i + 2]!]!;
      this.#speaker.push(s);
      this.#event.push(e);
      this.#document.push(d);
      if (s >= 0) {
        this.#keyBase ||= this.#events.length + 1;
        const key = s * this.#keyBase + e + 1;
        let u = this.#unitOf.get(key);
        if (u === undefined) {
          this.#unitOf.set(key, (u = this.#unitSpeaker.length));
          this.#unitSpeaker.push(s);
          this.#unitEvent.push(e);
        }
        this.#occurrenceUnit.push(u);
        this.#occurrenceDocument.push(d);
      }
      this.#appearances.push({ speakerId: this.#speakers[s]?.id ?? '', eventId, documentId: this.#documents[d]!.id });
    }
  }

  /** The place of document `id` in the head, added (of `eventId`) if new. */
  #document_(id: string, eventId: string): number {
    let d = this.#documentAt.get(id);
    if (d === undefined) {
      this.#documentAt.set(id, (d = this.#documents.length));
      this.#documents.push(standInDocument(id, eventId));
    }
    return d;
  }

  /**
   * The first sections as a corpus to draw (see headCorpus), speakers without their evidence. The
   * appearances' positions among its speakers, events and documents are handed to the index
   * (rememberAppearanceLinks), which would otherwise look up 100k appearances' three ids again.
   */
  corpus(): Corpus {
    const corpus = headCorpus({ events: this.#events, speakers: this.#speakers, appearances: this.#appearances, rejected: this.#rejected }, this.#documents);
    const eventUnits = this.#eventUnits(corpus.documents.length);
    rememberAppearanceLinks(corpus, { speaker: Int32Array.from(this.#speaker), event: Int32Array.from(this.#event), document: Int32Array.from(this.#document), eventUnits });
    return corpus;
  }

  /**
   * The units counted so far; each one's distinct documents, in the order they occur, are laid out when
   * first read (only a full-text term filter reads them: not on the first chart's path). Nothing of this
   * object is kept: the units live as long as the appearances (see rememberAppearanceLinks).
   */
  #eventUnits(nDocuments: number): CountUnits {
    const units = this.#unitSpeaker.length;
    let occurrences: [Int32Array, Int32Array] | undefined = [Int32Array.from(this.#occurrenceUnit), Int32Array.from(this.#occurrenceDocument)];
    let laidOut: Pick<CountUnits, 'docStart' | 'docs'> | undefined;
    const documents = () => {
      if (!laidOut) {
        laidOut = layOutDocuments(units, ...occurrences!, nDocuments);
        occurrences = undefined;
      }
      return laidOut;
    };
    return {
      mode: 'event',
      speaker: Int32Array.from(this.#unitSpeaker),
      event: Int32Array.from(this.#unitEvent),
      get docStart() {
        return documents().docStart;
      },
      get docs() {
        return documents().docs;
      },
    };
  }
}

/** Each unit's distinct documents (not -1), in the order they occur, unit after unit: occurrence i is of unit `unitOf[i]` in document `documentOf[i]`. */
function layOutDocuments(units: number, unitOf: Int32Array, documentOf: Int32Array, nDocuments: number): Pick<CountUnits, 'docStart' | 'docs'> {
  const start = new Int32Array(units + 1);
  for (let i = 0; i < unitOf.length; i++) start[unitOf[i]! + 1]!++;
  for (let u = 0; u < units; u++) start[u + 1]! += start[u]!;
  const next = start.slice(0, units);
  const byUnit = new Int32Array(unitOf.length);
  for (let i = 0; i < unitOf.length; i++) byUnit[next[unitOf[i]!]!++] = documentOf[i]!;
  const seenBy = new Int32Array(nDocuments).fill(-1);
  const docStart = new Int32Array(units + 1);
  const docs = new Int32Array(unitOf.length);
  let n = 0;
  for (let u = 0; u < units; u++) {
    docStart[u] = n;
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const d = byUnit[k]!;
      if (d >= 0 && seenBy[d] !== u) {
        seenBy[d] = u;
        docs[n++] = d;
      }
    }
  }
  docStart[units] = n;
  return { docStart, docs: docs.slice(0, n) };
}
