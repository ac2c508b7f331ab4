import type { Appearance, Corpus, Event, Rejected, Speaker } from '../corpus';
import { rememberAppearanceLinks } from '../lib/appearanceLinks';
import { headCorpus } from './loadCommon';
import { packColumns, unpackColumns, type PackedColumns } from './packColumns';

/**
 * The first sections as a worker sends them to its page: speakers column by
 * column without their evidence, and each appearance as three numbers into
 * the speakers, the events and a list of document ids. Cloning ~85k appearance
 * objects, each with its three id strings copied again, cost each thread ~0.5 s
 * at 10,000 articles; typed arrays move for free, and the page's appearances
 * share the speakers' and events' id strings.
 */
export interface PackedHead {
  events: Event[];
  speakers: PackedColumns;
  documentIds: string[];
  /** Appearance i is speaker at[3i], event at[3i+1], document id at[3i+2]. */
  appearances: Int32Array;
  rejected: Rejected[];
}

const SPEAKER_KEYS = ['id', 'name', 'aliases', 'titles', 'role', 'country', 'affiliations'] as const satisfies readonly (keyof Speaker)[];

/** Pack a corpus's first sections; every appearance's speaker and event must be among them (checked before a head is shown). */
export function packHead(c: Pick<Corpus, 'events' | 'speakers' | 'appearances' | 'rejected'>): PackedHead {
  const speakerAt = new Map(c.speakers.map((s, i) => [s.id, i]));
  const eventAt = new Map(c.events.map((e, i) => [e.id, i]));
  const documentAt = new Map<string, number>();
  const at = new Int32Array(3 * c.appearances.length);
  c.appearances.forEach((a, i) => {
    let d = documentAt.get(a.documentId);
    if (d === undefined) documentAt.set(a.documentId, (d = documentAt.size));
    at[3 * i] = speakerAt.get(a.speakerId)!;
    at[3 * i + 1] = eventAt.get(a.eventId)!;
    at[3 * i + 2] = d;
  });
  return { events: c.events, speakers: packColumns(c.speakers, SPEAKER_KEYS), documentIds: [...documentAt.keys()], appearances: at, rejected: c.rejected };
}

/**
 * The first sections as a corpus to draw (see headCorpus), speakers without their evidence. The
 * appearances' positions among its speakers, events and documents are handed to the index
 * (rememberAppearanceLinks), which would otherwise look up 100k appearances' three ids again.
 */
export function unpackHead(p: PackedHead): Corpus {
  const speakers = unpackColumns<Speaker>(p.speakers);
  const n = p.appearances.length / 3;
  const appearances = new Array<Appearance>(n);
  const speaker = new Int32Array(n);
  const event = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    speaker[i] = p.appearances[3 * i]!;
    event[i] = p.appearances[3 * i + 1]!;
    appearances[i] = { speakerId: speakers[speaker[i]!]!.id, eventId: p.events[event[i]!]!.id, documentId: p.documentIds[p.appearances[3 * i + 2]!]! };
  }
  const corpus = headCorpus({ events: p.events, speakers, appearances, rejected: p.rejected });
  // the head's documents are those its events and appearances name: each of documentIds is one
  const documentAt = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const atDocument = Int32Array.from(p.documentIds, (id) => documentAt.get(id)!);
  const document = new Int32Array(n);
  for (let i = 0; i < n; i++) document[i] = atDocument[p.appearances[3 * i + 2]!]!;
  rememberAppearanceLinks(corpus, { speaker, event, document });
  return corpus;
}
