import type { CorpusIndex } from './corpusIndex';
import { UNSPECIFIED } from './countryName';
import type { Facet, Filters } from './filters';
import { organisationTable, speakersInOrganisations } from './organisationTable';
import { documentTermFlags, quoteTermTest } from './quoteHasTerm';
import { speakerQueryTest, speakerSearchTexts } from './speakerSearch';
import type { TermSource } from './urlState';

/** One bit per filter; a speaker's mask has the bits of the filters it fails. */
export const FACET_BIT: Readonly<Record<Facet | 'text', number>> = {
  country: 1,
  role: 2,
  affiliation: 4,
  event: 8,
  term: 16,
  text: 32,
};

/**
 * Which filters each speaker fails, by speaker position. One O(speakers + quotes)
 * pass serves every chart: the main selection is `mask === 0`, and a chart that
 * ignores its own facet (so other values stay clickable) takes `passes(mask, facet)`.
 * A term matches a speaker's quotes, or with `termSource` "document" the full
 * text of a document the speaker appears in.
 */
export function computeMasks(index: CorpusIndex, f: Filters, termSource: TermSource = 'quote'): Uint8Array {
  const { speakers } = index;
  // built on first use (an event filter): see buildIndex
  const eventsBySpeaker = f.event.length ? index.eventsBySpeaker : [];
  const masks = new Uint8Array(speakers.length);
  const countries = new Set(f.country);
  const roles = new Set(f.role);
  // any spelling of a chosen organisation counts (see organisationTable)
  const inOrganisation = f.affiliation.length ? speakersInOrganisations(organisationTable(index), f.affiliation) : null;
  const text = f.text.trim().toLowerCase();
  const termHit = !f.term.length ? null : termSource === 'quote' ? speakersQuoting(index, quoteTermTest(index, f.term)) : speakersInDocuments(index, documentTermFlags(index, f.term));
  const lower = text ? index.quoteTextLower() : [];
  const textHit = text ? speakersQuoting(index, (qi) => lower[qi]!.includes(text)) : null;
  const speakerHit = text ? speakerQueryTest(text) : null;
  const searchTexts = text ? speakerSearchTexts(index) : [];
  for (let i = 0; i < speakers.length; i++) {
    const s = speakers[i]!;
    let m = 0;
    if (countries.size && !countries.has(s.country ?? UNSPECIFIED)) m |= FACET_BIT.country;
    if (roles.size && !roles.has(s.role)) m |= FACET_BIT.role;
    if (inOrganisation && !inOrganisation[i]) m |= FACET_BIT.affiliation;
    if (f.event.length && !f.event.some((e) => eventsBySpeaker[i]!.has(e))) m |= FACET_BIT.event;
    if (termHit && !termHit[i]) m |= FACET_BIT.term;
    if (textHit && !textHit[i] && !speakerHit!(searchTexts[i]!)) m |= FACET_BIT.text;
    masks[i] = m;
  }
  return masks;
}

/** Flags by speaker position: 1 where the speaker passes every filter except (optionally) `except`. */
export function passingSpeakers(masks: Uint8Array, except?: Facet): Uint8Array {
  const ignore = ~(except ? FACET_BIT[except] : 0);
  const out = new Uint8Array(masks.length);
  for (let i = 0; i < masks.length; i++) out[i] = (masks[i]! & ignore) === 0 ? 1 : 0;
  return out;
}

/** True when the mask fails no filter other than (optionally) `except`. */
export function passes(mask: number, except?: Facet): boolean {
  return (mask & ~(except ? FACET_BIT[except] : 0)) === 0;
}

function speakersQuoting(index: CorpusIndex, hit: (quotePos: number) => boolean): Uint8Array {
  const out = new Uint8Array(index.speakers.length);
  const qs = index.quoteSpeaker;
  for (let qi = 0; qi < qs.length; qi++) {
    const sp = qs[qi]!;
    if (sp >= 0 && !out[sp] && hit(qi)) out[sp] = 1;
  }
  return out;
}

function speakersInDocuments(index: CorpusIndex, docs: Uint8Array): Uint8Array {
  const out = new Uint8Array(index.speakers.length);
  const { appearanceSpeaker, appearanceDocument, quoteSpeaker, quoteDocument } = index;
  for (let a = 0; a < appearanceSpeaker.length; a++) if (docs[appearanceDocument[a]!] && appearanceSpeaker[a]! >= 0) out[appearanceSpeaker[a]!] = 1;
  for (let q = 0; q < quoteSpeaker.length; q++) if (docs[quoteDocument[q]!] && quoteSpeaker[q]! >= 0) out[quoteSpeaker[q]!] = 1;
  return out;
}
