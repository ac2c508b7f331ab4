import { z } from 'zod';
import { Corpus, Document, Quote, SCHEMA_VERSION, TermRow, UnattributedQuote, type Warning } from '../../corpus/schema';
import type { StreamedTerms, Termed } from './15-mergeTerms';
import { RecordStream, type Records } from './records';

import type { Evidence, MergeEvidence, Speaker } from '../../corpus/schema';
import type { DocAttributes } from './11-attributes';
import { ROLES } from '../nlp/lexicon';
import { slugify } from '../nlp/names';
import { orgKey } from '../nlp/orgs';
import { SLIP_MARGIN, spellingScore } from '../nlp/nameSpelling';

/** One person in one kept document with what that document says about them. */
export interface KeptMention {
  cluster: number;
  documentId: string;
  name: string;
  surfaces: string[];
  attrs: DocAttributes;
}

const isCapitalised = (s: string) =>
  // (a particle joined to the surname is written small: "el-Sakka", "al-Amin", "d'Arco")
  s.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^\p{Ll}{1,3}(?:$|[-'’]\p{Lu})/u.test(w));

/** The most common value; ties go to the earliest in `priority`, then to the first seen. */
function vote(values: string[], priority: readonly string[] = []): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) {
    const bn = best === null ? -1 : counts.get(best)!;
    const rank = (x: string) => (priority.includes(x) ? priority.indexOf(x) : priority.length);
    if (n > bn || (n === bn && best !== null && rank(v) < rank(best))) best = v;
  }
  return best;
}

/**
 * Canonical name: a capitalised form over a lower-case caption, then the form
 * most documents use, then the most complete (most words, then the clearly better
 * spelling (nameSpelling.ts), then longest).
 */
export function canonicalName(forms: { name: string; documentId: string }[]): string {
  const docs = new Map<string, Set<string>>();
  for (const f of forms) (docs.get(f.name) ?? docs.set(f.name, new Set()).get(f.name)!).add(f.documentId);
  // each form's test once, not once per comparison
  const capitalised = new Map([...docs.keys()].map((f) => [f, Number(isCapitalised(f))]));
  const ranked = [...docs.keys()].sort((a, b) => {
    const ca = capitalised.get(a)!;
    const cb = capitalised.get(b)!;
    if (ca !== cb) return cb - ca;
    const da = docs.get(a)!.size;
    const db = docs.get(b)!.size;
    if (da !== db) return db - da;
    const wa = a.split(/\s+/).length;
    const wb = b.split(/\s+/).length;
    if (wa !== wb) return wb - wa;
    return b.length - a.length || (a < b ? -1 : 1);
  });
  // among forms as capitalised, as widely used and as full as the first, a clearly better spelling wins:
  // a slip in one article ("Lindqvsist", a letter longer) does not win over the name another spells right
  const tied = ranked.filter(
    (f) =>
      capitalised.get(f) === capitalised.get(ranked[0]!) &&
      docs.get(f)!.size === docs.get(ranked[0]!)!.size &&
      f.split(/\s+/).length === ranked[0]!.split(/\s+/).length,
  );
  let best = ranked[0]!;
  if (tied.length > 1) {
    const score = new Map(tied.map((f) => [f, spellingScore(f)]));
    for (const f of tied) if (score.get(f)! - score.get(best)! > SLIP_MARGIN) best = f;
  }
  return isCapitalised(best)
    ? best
    : best.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
}

/** 16 (speakers): one Speaker per cluster from the mentions in kept documents. */
export function assembleSpeakers(
  mentions: KeptMention[],
  merges: Map<number, MergeEvidence[]>,
): { speakers: Speaker[]; idOf: Map<number, string> } {
  const byCluster = new Map<number, KeptMention[]>();
  for (const m of mentions) (byCluster.get(m.cluster) ?? byCluster.set(m.cluster, []).get(m.cluster)!).push(m);
  const speakers: Speaker[] = [];
  const idOf = new Map<number, string>();
  const used = new Set<string>();
  /** per slug: where to look for its next free numbered id (common names recur: a search from 2 each time was quadratic) */
  const nextSuffix = new Map<string, number>();
  for (const [c, ms] of byCluster) {
    const name = canonicalName(ms.map((m) => ({ name: m.name, documentId: m.documentId })));
    const slug = slugify(name);
    let id = slug || 'speaker';
    if (used.has(id)) {
      // the first free "-n" from 2 up; below a slug's counter every one is taken (ids are never freed), so start there
      let n = nextSuffix.get(slug) ?? 2;
      while (used.has(`${slug}-${n}`)) n++;
      id = `${slug}-${n}`;
      nextSuffix.set(slug, n + 1);
    }
    used.add(id);
    idOf.set(c, id);
    const uniq = (xs: string[]) => [...new Set(xs)];
    const roles = ms.map((m) => m.attrs.role).filter((r) => r !== ROLES.fallback);
    const countries = ms.map((m) => m.attrs.country).filter((x): x is string => x !== null);
    const countryEv = ms.map((m) => m.attrs.countryEvidence).filter((e): e is Evidence => e !== null);
    speakers.push({
      id,
      name,
      aliases: uniq(ms.flatMap((m) => [m.name, ...m.surfaces])).filter((a) => a !== name),
      titles: uniq(ms.flatMap((m) => m.attrs.titles)),
      role: vote(roles, ROLES.order) ?? ROLES.fallback,
      country: vote(countries),
      affiliations: uniq(ms.flatMap((m) => m.attrs.affiliations)),
      evidence: {
        country: countryEv,
        role: ms.map((m) => m.attrs.roleEvidence),
        merges: merges.get(c) ?? [],
      },
    });
  }
  speakers.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { speakers, idOf };
}

/** A document record without its text (the text is read again when the document is written). */
export type DocumentOutline = Omit<Document, 'text'>;
/** A quote without its words: they are sliced from its document's text when the quote is written. */
export type QuoteOutline = Omit<Quote, 'text'>;
export type UnattributedOutline = Omit<UnattributedQuote, 'text'>;

/** The corpus's records with every text left out (documents' and quotes'): what the corpus-wide stages hold. */
export type CorpusOutline = Omit<Corpus, 'documents' | 'quotes' | 'unattributed' | 'terms'> & {
  documents: DocumentOutline[];
  quotes: QuoteOutline[];
  unattributed: UnattributedOutline[];
  /** the term rows made as they are read (stage 15) */
  terms: StreamedTerms;
};

/** A document's text, given its record and its index in `documents`. */
export type TextOf = (d: DocumentOutline, index: number) => string;

/** A corpus whose texts come as streams (`streamCorpus`): what the writers take. */
export type StreamedCorpus = Omit<Corpus, 'documents' | 'quotes' | 'unattributed' | 'terms'> & {
  terms: StreamedTerms;
  documents: Records<Document>;
  quotes: Records<Quote>;
  unattributed?: Records<UnattributedQuote>;
};

/**
 * The organisation aliases the articles define, corpus-wide: "MEK" in one article is the body
 * another spells out as "… (ABC/MEK)". A spelling two articles resolve differently is left as written.
 */
export function corpusOrgAliases(perDocument: Iterable<readonly (readonly [string, string])[]>): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const aliases of perDocument)
    for (const [key, name] of aliases) {
      const seen = out.get(key);
      if (seen !== undefined && seen !== name) clash.add(key);
      else out.set(key, name);
    }
  for (const key of clash) out.delete(key);
  return out;
}

/** Stage 16: the corpus's records (speakers from the kept documents only, documents, quotes…), not yet validated, without texts. */
export function assembleCorpusRecords(c: Termed): CorpusOutline {
  const { kept, clusterOf, eventIdOf } = c;
  const aliases = corpusOrgAliases(kept.map((a) => a.orgAliases));
  const canonical = (org: string) => aliases.get(orgKey(org)) ?? org;
  const mentions: KeptMention[] = kept.flatMap((a) =>
    a.speakers.map((s) => ({
      cluster: clusterOf(a, s.key),
      documentId: a.doc.id,
      name: s.name,
      surfaces: s.surfaces,
      attrs: aliases.size ? { ...s.attrs, affiliations: [...new Set(s.attrs.affiliations.map(canonical))] } : s.attrs,
    })),
  );
  const { speakers, idOf } = assembleSpeakers(mentions, c.merges);
  const documents = kept.map((a) => ({
    id: a.doc.id,
    file: a.doc.file,
    title: a.title,
    eventId: eventIdOf.get(a.doc.id)!,
    wordCount: a.wordCount,
    sha256: a.doc.sha256,
    ...(a.doc.meta.url ? { url: a.doc.meta.url } : {}),
    ...(a.doc.meta.outlet ? { outlet: a.doc.meta.outlet } : {}),
    ...(a.doc.meta.published ? { published: a.doc.meta.published } : {}),
  }));
  const appearances: Corpus['appearances'] = [];
  const quotes: QuoteOutline[] = [];
  const unattributed: UnattributedOutline[] = [];
  const warnings: Warning[] = [];
  for (const a of kept) {
    const eventId = eventIdOf.get(a.doc.id)!;
    const seen = new Set<string>();
    for (const s of a.speakers) {
      const speakerId = idOf.get(clusterOf(a, s.key))!;
      if (!seen.has(speakerId)) appearances.push({ speakerId, eventId, documentId: a.doc.id });
      seen.add(speakerId);
    }
    a.quotes.forEach((q, n) => {
      quotes.push({
        id: `${a.doc.id}-q${n + 1}`,
        speakerId: idOf.get(clusterOf(a, q.speaker))!,
        documentId: a.doc.id,
        eventId,
        start: q.start,
        end: q.end,
        ...(q.kind ? { kind: q.kind } : {}),
      });
    });
    a.unattributed.forEach((q, n) => {
      unattributed.push({
        id: `${a.doc.id}-u${n + 1}`,
        documentId: a.doc.id,
        eventId,
        start: q.start,
        end: q.end,
        ...(q.kind === 'reported' ? { kind: q.kind } : {}),
      });
    });
    for (const message of a.warnings) warnings.push({ file: a.doc.file, message });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    documents,
    events: c.events,
    speakers,
    appearances,
    quotes,
    terms: c.terms,
    rejected: c.rejected,
    unattributed,
    warnings,
  };
}

/** A document record with its text, keys in the schema's order. */
const documentWith = (d: DocumentOutline, text: string): Document => {
  const { id, file, title, eventId, ...rest } = d;
  return { id, file, title, eventId, text, ...rest };
};

/** A quote with its words, keys in the schema's order (`kind` last). */
function quoteWith<Q extends QuoteOutline | UnattributedOutline>(q: Q, text: string): Q & { text: string } {
  const { kind, ...rest } = q;
  return { ...rest, text, ...(kind ? { kind } : {}) } as Q & { text: string };
}

/** The whole corpus, every text in it, validated by its schema (a small corpus, or tests). */
export function completeCorpus(outline: CorpusOutline, textOf: TextOf): Corpus {
  const texts = new Map(outline.documents.map((d, i) => [d.id, textOf(d, i)]));
  const sliced = <Q extends QuoteOutline | UnattributedOutline>(q: Q) =>
    quoteWith(q, texts.get(q.documentId)?.slice(q.start, q.end) ?? '');
  return Corpus.parse({
    ...outline,
    terms: { vocabulary: outline.terms.vocabulary, rows: [...outline.terms.rows] },
    documents: outline.documents.map((d) => documentWith(d, texts.get(d.id)!)),
    quotes: outline.quotes.map(sliced),
    unattributed: outline.unattributed.map(sliced),
  });
}

/**
 * The outline's schema: `Corpus`'s fields, without texts or term rows (streamCorpus checks those, and the references, as
 * they are made). The records that get a text (documents, quotes, unattributed quotes) are each validated whole, text
 * and all, as they are made (quotesWithText, documentWithText), so here only as lists: validating them here too cost
 * the main thread, with every thread waiting for it, a second pass and a copy of each (~300,000 at 10,000 articles).
 */
const OutlineSchema = z.object({
  ...Corpus.shape,
  terms: z.object({
    vocabulary: z.array(z.string().min(1)),
    rows: z.custom<Records<TermRow>>((v) => v instanceof RecordStream || Array.isArray(v)),
  }),
  documents: z.custom<DocumentOutline[]>(Array.isArray),
  quotes: z.custom<QuoteOutline[]>(Array.isArray),
  unattributed: z.custom<UnattributedOutline[]>(Array.isArray),
});

/** A streamed corpus that does not validate: said as `Corpus.parse` would, by path. */
export class CorpusInvalid extends Error {}

const fail = (path: string, message: string): never => {
  throw new CorpusInvalid(`the corpus does not validate: ${path}: ${message}`);
};

/** The ids an outline's records may point to (checkOutline). */
export interface OutlineIds {
  events: Set<string>;
  speakers: Set<string>;
  /** each document's index in `documents` */
  documentIndex: Map<string, number>;
}

/**
 * The outline validated by its schema, and the references between its records
 * that hold no text (events' documents, appearances, documents' events)
 * checked; throws CorpusInvalid (or zod's error) at the first wrong one.
 */
export function checkOutline(outline: CorpusOutline): { outline: CorpusOutline; ids: OutlineIds } {
  const parsed = OutlineSchema.parse(outline);
  const events = new Set(parsed.events.map((e) => e.id));
  const speakers = new Set(parsed.speakers.map((s) => s.id));
  const documentIndex = new Map(parsed.documents.map((d, i) => [d.id, i]));
  parsed.events.forEach((e, i) =>
    e.documentIds.forEach((id, j) => {
      if (!documentIndex.has(id)) fail(`events.${i}.documentIds.${j}`, `unknown document "${id}"`);
    }),
  );
  parsed.appearances.forEach((a, i) => {
    if (!speakers.has(a.speakerId)) fail(`appearances.${i}.speakerId`, `unknown speaker "${a.speakerId}"`);
    if (!events.has(a.eventId)) fail(`appearances.${i}.eventId`, `unknown event "${a.eventId}"`);
    if (!documentIndex.has(a.documentId)) fail(`appearances.${i}.documentId`, `unknown document "${a.documentId}"`);
  });
  parsed.documents.forEach((d, i) => {
    if (d.eventId !== null && !events.has(d.eventId)) fail(`documents.${i}.eventId`, `unknown event "${d.eventId}"`);
  });
  return { outline: parsed, ids: { events, speakers, documentIndex } };
}

export type QuoteSection = 'quotes' | 'unattributed';

/** The `index`th quote of a section points to a known speaker, event and document: the document's index. */
export function checkQuoteIds(
  section: QuoteSection,
  q: QuoteOutline | UnattributedOutline,
  index: number,
  ids: OutlineIds,
): number {
  const path = `${section}.${index}`;
  if ('speakerId' in q && !ids.speakers.has(q.speakerId)) fail(`${path}.speakerId`, `unknown speaker "${q.speakerId}"`);
  if (!ids.events.has(q.eventId)) fail(`${path}.eventId`, `unknown event "${q.eventId}"`);
  const d = ids.documentIndex.get(q.documentId);
  return d === undefined ? fail(`${path}.documentId`, `unknown document "${q.documentId}"`) : d;
}

const QUOTE_SCHEMA = { quotes: Quote, unattributed: UnattributedQuote } as const;

/**
 * One document's quotes of a section (the `from`th of the section first) with
 * their words sliced from its `text`, each validated: offsets inside the text,
 * then the section's schema.
 */
export function quotesWithText<Q extends QuoteOutline | UnattributedOutline>(
  section: QuoteSection,
  quotes: readonly Q[],
  from: number,
  text: string,
): (Q & { text: string })[] {
  return checkedQuotes(section, quotes, from, text.length, (q) => text.slice(q.start, q.end));
}

/**
 * quotesWithText for a file that leaves the quotes' words out (corpus lines: a reader slices them from the
 * document's text), given only the text's length: the same checks, each quote's `text` empty. Its document's text
 * need not be read again for them (the documents' own section reads it, and stops the run if the file changed).
 */
export function quotesWithinText<Q extends QuoteOutline | UnattributedOutline>(
  section: QuoteSection,
  quotes: readonly Q[],
  from: number,
  textLength: number,
): (Q & { text: string })[] {
  return checkedQuotes(section, quotes, from, textLength, () => '');
}

function checkedQuotes<Q extends QuoteOutline | UnattributedOutline>(
  section: QuoteSection,
  quotes: readonly Q[],
  from: number,
  textLength: number,
  wordsOf: (q: Q) => string,
): (Q & { text: string })[] {
  return quotes.map((q, k) => {
    if (q.end < q.start || q.end > textLength)
      fail(`${section}.${from + k}`, `offsets ${q.start}–${q.end} lie outside "${q.documentId}"`);
    const made = quoteWith(q, wordsOf(q));
    QUOTE_SCHEMA[section].parse(made);
    return made;
  });
}

/** A document record with its text, validated. */
export const documentWithText = (d: DocumentOutline, text: string): Document => Document.parse(documentWith(d, text));

/** A term row checked against its schema and the vocabulary's size (`r`: its index, for the message). */
export function checkTermRow(row: TermRow, r: number, size: number): TermRow {
  TermRow.parse(row);
  for (let k = 0; k < row.counts.length; k += 2)
    if (row.counts[k]! >= size)
      fail(`terms.rows.${r}.counts.${k}`, `term index ${row.counts[k]} is outside the vocabulary (${size} terms)`);
  return row;
}

/**
 * The corpus with each text read (`textOf`) only as the record that needs it
 * is written, the way a large corpus is written without holding its texts:
 * quotes and unattributed quotes are sliced from their document's text (each
 * document read once per section), documents get theirs. The outline is
 * validated now, each made record as it is made, and the references between
 * records (ids, and quote offsets inside their text) as they go; a failure
 * throws from the stream, before its last record.
 */
export function streamCorpus(
  outline: CorpusOutline,
  textOf: TextOf,
): { corpus: StreamedCorpus; outline: CorpusOutline; ids: OutlineIds } {
  const { outline: parsed, ids } = checkOutline(outline);
  /** a section's quotes with their words, each document's text read once (quotes come document by document) */
  const quoteStream = <Q extends QuoteOutline | UnattributedOutline>(section: QuoteSection, list: Q[]) =>
    new RecordStream(list.length, function* () {
      for (let i = 0; i < list.length;) {
        const d = checkQuoteIds(section, list[i]!, i, ids);
        let j = i + 1;
        while (j < list.length && list[j]!.documentId === list[i]!.documentId)
          checkQuoteIds(section, list[j]!, j++, ids);
        yield* quotesWithText(section, list.slice(i, j), i, textOf(parsed.documents[d]!, d));
        i = j;
      }
    });
  const { documents, terms } = parsed;
  const size = terms.vocabulary.length;
  const rows = new RecordStream<TermRow>(terms.rows.length, function* () {
    let r = 0;
    for (const row of terms.rows) yield checkTermRow(row, r++, size);
  });
  const corpus: StreamedCorpus = {
    ...parsed,
    terms: { vocabulary: terms.vocabulary, rows },
    quotes: quoteStream('quotes', parsed.quotes),
    unattributed: quoteStream('unattributed', parsed.unattributed),
    documents: new RecordStream(documents.length, function* () {
      for (let i = 0; i < documents.length; i++) yield documentWithText(documents[i]!, textOf(documents[i]!, i));
    }),
  };
  return { corpus, outline: parsed, ids };
}
