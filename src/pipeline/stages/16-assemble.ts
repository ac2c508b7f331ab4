import { z } from 'zod';
import {
  Corpus,
  Document,
  SCHEMA_VERSION,
  type Quote,
  type UnattributedQuote,
  type Warning,
} from '../../corpus/schema';
import { ReferenceCheck } from '../../corpus/references';
import type { Termed } from './15-mergeTerms';
import type { Evidence, MergeEvidence, Speaker } from '../../corpus/schema';
import type { DocAttributes } from './11-attributes';
import { ROLES } from '../nlp/lexicon';
import { slugify } from '../nlp/names';

/** One person in one kept document with what that document says about them. */
export interface KeptMention {
  cluster: number;
  documentId: string;
  name: string;
  surfaces: string[];
  attrs: DocAttributes;
}

const isCapitalised = (s: string) => s.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));

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
 * most documents use, then the most complete (most words, then longest).
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
  const best = ranked[0]!;
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

/** The corpus's records with the documents' texts left out: what the corpus-wide stages hold. */
export type CorpusOutline = Omit<Corpus, 'documents'> & { documents: DocumentOutline[] };

/** A document's text, given its record and its index in `documents`. */
export type TextOf = (d: DocumentOutline, index: number) => string;

/**
 * Records handed out one at a time, each made when asked for: a corpus's
 * documents with their texts, so no more than one text is held at once.
 */
export class RecordStream<T> implements Iterable<T> {
  constructor(
    readonly length: number,
    readonly each: () => Iterator<T>,
  ) {}
  [Symbol.iterator](): Iterator<T> {
    return this.each();
  }
}

/** A corpus whose documents come as a stream (`streamCorpus`): what the writers take. */
export type StreamedCorpus = Omit<Corpus, 'documents'> & { documents: readonly Document[] | RecordStream<Document> };

/** Stage 16: the corpus's records (speakers from the kept documents only, documents, quotes…), not yet validated, without the documents' texts. */
export function assembleCorpusRecords(c: Termed): CorpusOutline {
  const { kept, clusterOf, eventIdOf } = c;
  const mentions: KeptMention[] = kept.flatMap((a) =>
    a.speakers.map((s) => ({
      cluster: clusterOf(a, s.key),
      documentId: a.doc.id,
      name: s.name,
      surfaces: s.surfaces,
      attrs: s.attrs,
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
  const quotes: Quote[] = [];
  const unattributed: UnattributedQuote[] = [];
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
        text: q.text,
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
        text: q.text,
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
const withText = (d: DocumentOutline, text: string): Document => {
  const { id, file, title, eventId, ...rest } = d;
  return { id, file, title, eventId, text, ...rest };
};

/** The whole corpus, every text in it, validated by its schema (a small corpus, or tests). */
export function completeCorpus(outline: CorpusOutline, textOf: TextOf): Corpus {
  return Corpus.parse({ ...outline, documents: outline.documents.map((d, i) => withText(d, textOf(d, i))) });
}

/** The outline's schema: `Corpus`'s fields, documents without texts (the cross-record checks are ReferenceCheck's). */
const OutlineSchema = z.object({ ...Corpus.shape, documents: z.array(Document.omit({ text: true })) });

/** Validation failures of a streamed corpus, as `Corpus.parse` would report them. */
export class CorpusInvalid extends Error {}

/**
 * The corpus with each document's text read (`textOf`) only as the document is
 * written, the way a large corpus is written without holding every text: the
 * outline is validated now, each document as it is made, and the references
 * between records (quote offsets into texts too) as they go; a failure throws
 * from the stream, before its last record.
 */
export function streamCorpus(
  outline: CorpusOutline,
  textOf: TextOf,
): { corpus: StreamedCorpus; outline: CorpusOutline } {
  const parsed = OutlineSchema.parse(outline);
  const issues: string[] = [];
  const check = new ReferenceCheck(({ section, index, field, message }) =>
    issues.push(`${section}.${index}${field ? `.${field}` : ''}: ${message}`),
  );
  parsed.events.forEach((e, i) => check.event(e, i));
  parsed.speakers.forEach((s) => check.speaker(s));
  parsed.appearances.forEach((a, i) => check.appearance(a, i));
  parsed.quotes.forEach((q, i) => check.quote(q, i, 'quotes'));
  (parsed.unattributed ?? []).forEach((q, i) => check.quote(q, i, 'unattributed'));
  const fail = () => {
    if (issues.length) throw new CorpusInvalid(`the corpus does not validate: ${issues.slice(0, 5).join('; ')}`);
  };
  fail();
  const { documents } = parsed;
  const records = new RecordStream(documents.length, function* () {
    for (let i = 0; i < documents.length; i++) {
      const d = Document.parse(withText(documents[i]!, textOf(documents[i]!, i)));
      check.document(d, i);
      fail();
      yield d;
    }
    check.finish();
    fail();
  });
  return { corpus: { ...parsed, documents: records }, outline: parsed };
}
