import {
  Corpus,
  SCHEMA_VERSION,
  type Quote,
  type Rejected,
  type UnattributedQuote,
  type Warning,
} from '../corpus/schema';
import { contentTokens } from '../lib/tokenize';
import type { Input, SourceDoc } from './types';
import { readDocument } from './01-read';
import { segmentLines, sumWords } from './02-segment';
import { inferTitle } from './03-title';
import { inferEventDate } from './04-dates';
import { scanSpeakers } from './05-speakers';
import { computeAttributes, computeProseAttributes, type DocAttributes } from './06-attributes';
import { extractQuotes, type DocQuote } from './07-quotes';
import { resolveMentions, type MentionResolver, type Resolution } from './08-resolve';
import { groupEvents, termSet } from './09-events';
import { tallyDocument, TermTable, type DocTally } from './10-terms';
import { materializeTerms, mergeTalliesFlat, type FlatTerms, type TallyToMerge } from './merge-terms';
import { assembleSpeakers, type KeptMention } from './11-assemble';
import { countryWordAt } from './lexicon';
import { focusOrganisation, learnAliases } from './orgs';
import { slugify } from './names';
import { mergeProse } from './mergeProse';
import { readProse } from './nlp/readProse';
import { tokenise } from './nlp/tokenise';
import { focusPlaceOf } from './nlp/proseAttributes';
import { datelineOf, inferSpeakingDate } from './nlp/eventDate';

export type { Input } from './types';

export interface BuildOptions {
  /** called after each file is analysed */
  onProgress?: (done: number, total: number) => void;
  /** called when a corpus-wide stage starts: "resolve", "events", "terms", "validate" */
  onStage?: (stage: string) => void;
}

export interface BuildResult {
  corpus: Corpus;
  rejected: Rejected[];
}

/** One analysed document: stages 01–07. */
export interface Analysed {
  doc: SourceDoc;
  title: string;
  date: string | null;
  lead: string;
  /** 09: the lead's distinct content terms, found here (on either thread) rather than in the single-threaded grouping */
  leadTerms: string[];
  speakers: { key: string; name: string; surfaces: string[]; attrs: DocAttributes }[];
  quotes: DocQuote[];
  /** What was expected and not found (no speakers, no date, a guessed encoding), for `warnings[]`. */
  warnings: string[];
  /** Quoted words whose speaker the text does not name. */
  unattributed: { start: number; end: number; kind: 'direct' | 'reported' }[];
  /** 10: term counts of the document and its quotes, by the ids of `termNames` (the table of the thread that counted them) */
  tally: DocTally;
  termNames: readonly string[];
  wordCount: number;
}

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
/** What `\w` matches: [A-Za-z0-9_] */
const isAsciiWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** The country an article is about: the one its text names most (names and demonyms). */
export function focusCountryOf(text: string): string | null {
  const counts = new Map<string, number>();
  // the words /\b[A-Z][a-z]+\b/g matches, by hand (one pass, no string per word), looked up as they come
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90 || (i > 0 && isAsciiWordChar(text.charCodeAt(i - 1)))) continue;
    let j = i + 1;
    while (j < n && isAsciiLower(text.charCodeAt(j))) j++;
    if (j === i + 1 || (j < n && isAsciiWordChar(text.charCodeAt(j)))) continue;
    const h = countryWordAt(text, i, j);
    if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
    i = j - 1;
  }
  // only a clear favourite: mentioned often, and twice as often as any other country
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 4 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}

/** Stages 01–07 for one file: its analysis, or why it is rejected. Plain data (it crosses to a worker and back). */
export type AnalysedInput = { analysed: Analysed } | { rejected: Rejected };

export function analyseInput(input: Input, id: string, terms: TermTable): AnalysedInput {
  const r = readDocument(input, id);
  if (!r.ok) return { rejected: r.rejected };
  const analysed = analyse(r.doc, terms);
  analysed.warnings.push(...r.warnings.map((w) => w.message));
  // kept, never rejected: its terms still count, and the warning says what is missing
  if (analysed.speakers.length === 0) analysed.warnings.push('no speakers found');
  if (analysed.date === null) analysed.warnings.push('no event date found: the event is undated');
  return { analysed };
}

function analyse(doc: SourceDoc, terms: TermTable): Analysed {
  const lines = segmentLines(doc.text);
  const title = inferTitle(lines, doc.meta);
  const layoutDate = inferEventDate(lines, doc.meta.published).date;
  const focus = focusCountryOf(doc.text);
  const orgAliases = learnAliases(doc.text);
  const focusOrg = focusOrganisation(doc.text, orgAliases);
  const scan = scanSpeakers(doc.text, lines, focus);
  const layoutQuotes = extractQuotes(doc.text, lines, scan.info);
  const tokens = tokenise(doc.text);
  const merged = mergeProse(scan.speakers, layoutQuotes, readProse(tokens));
  const quotes = merged.quotes;
  const proseFocus = focusPlaceOf(doc.text);
  const published = doc.meta.published?.slice(0, 10) ?? datelineOf(tokens);
  const ref = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  const spoken = inferSpeakingDate(
    tokens,
    ref,
    quotes.map((q) => q.start),
    [...quotes.filter((q) => !q.kind), ...merged.unattributed.filter((q) => q.kind === 'direct')].sort(
      (a, b) => a.start - b.start,
    ),
  ).date;
  // the speaking day is read against the publication date; without one, a year in the text is as likely history
  // ("On November 15, 2019, protests…") as the event, and the layout's dated headings and captions are the guide
  const date = ref ? (spoken ?? layoutDate) : layoutDate;
  const said = new Map<string, string[]>();
  for (const q of quotes)
    (said.get(q.speaker) ?? said.set(q.speaker, []).get(q.speaker)!).push(doc.text.slice(q.start, q.end));
  const speakers = merged.speakers
    // a layout speaker counts with words of their own; a prose speaker also by a speaking role
    .filter((s) => said.has(s.key) || merged.rules.has(s.key))
    .map((s) => ({
      key: s.key,
      name: s.name,
      surfaces: [...s.surfaces],
      // the layout's speakers keep the layout's reading; people presented by prose alone are read as general news
      attrs: s.structural
        ? computeAttributes(
            s,
            doc.id,
            { country: focus, org: focusOrg },
            orgAliases,
            (said.get(s.key) ?? []).join('\n'),
          )
        : computeProseAttributes(
            { ...s, titles: [...new Set([...s.titles, ...(merged.descriptors.get(s.key) ?? [])])] },
            doc.id,
            focus ?? proseFocus,
            orgAliases,
          ),
    }));
  const lead = [title, ...lines.slice(0, 4).map((l) => l.text)].join('\n');
  return {
    doc,
    title,
    date,
    lead,
    leadTerms: [...termSet(lead)],
    speakers,
    quotes,
    unattributed: merged.unattributed,
    warnings: [],
    tally: tallyDocument(terms, doc.text, quotes),
    termNames: terms.names,
    wordCount: sumWords(lines),
  };
}

export function documentIds(files: string[]): string[] {
  const used = new Set<string>();
  return files.map((f) => {
    const base = (f.split(/[\\/]/).pop() ?? f).replace(/\.[^.]+$/, '');
    const stem = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc';
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id;
  });
}

function eventSlug(title: string): string {
  const words = contentTokens(title)
    .map((t) => slugify(t.term))
    .filter(Boolean);
  return words.slice(0, 5).join('-') || 'event';
}

/**
 * Articles -> corpus. Pure apart from hashing: no I/O, no clock, so equal
 * inputs give byte-equal output. Files that cannot be used are listed in
 * `rejected` (and in `corpus.rejected`) with the reason.
 */
export function buildCorpus(inputs: Input[], options: BuildOptions = {}): BuildResult {
  const sorted = sortInputs(inputs);
  const ids = documentIds(sorted.map((i) => i.file));
  const terms = new TermTable();
  const results = sorted.map((input, n) => {
    const r = analyseInput(input, ids[n]!, terms);
    options.onProgress?.(n + 1, sorted.length);
    return r;
  });
  return assembleCorpus(results, options);
}

/** Stage 08's input from one result, as assembleCorpus gives it (a rejected file has none). */
export function feedMentions(r: AnalysedInput, resolver: MentionResolver): void {
  if ('analysed' in r)
    for (const s of r.analysed.speakers) resolver.add({ documentId: r.analysed.doc.id, key: s.key, name: s.name });
}

/** Inputs in file-name order: the order of documents, ids and everything after. */
export function sortInputs<T extends { file: string }>(inputs: readonly T[]): T[] {
  return [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Stages 08–11 and validation, from the per-file results in input order. */
export function assembleCorpus(
  results: readonly AnalysedInput[],
  options: BuildOptions = {},
  resolved?: Resolution,
): BuildResult {
  const steps = assembleSteps(results, options, resolved);
  const { tallies } = steps.next().value as TermsToMerge;
  steps.next();
  return steps.next({ terms: mergeTalliesFlat(tallies) }).value as BuildResult;
}

/** What the assembly asks to have merged: the kept documents' tallies, and their ids (to name rows). */
export interface TermsToMerge {
  tallies: TallyToMerge[];
  ids: string[];
}

/**
 * The same tallies counted again from the documents' texts (a fresh table):
 * for a merger that gave the tallies away (moved them to a thread that then failed).
 */
export type Retally = () => TallyToMerge[];

/** The merged terms. */
export interface MergedTerms {
  terms: FlatTerms;
}

/**
 * assembleCorpus with the term counts merged by `merge` (on another thread)
 * while this one assembles speakers, documents and quotes; `resolved`, if
 * given, is stage 08 already done (resolveMentions of the analysed documents'
 * speakers, in order — see feedMentions).
 */
export async function assembleCorpusWith(
  results: readonly AnalysedInput[],
  options: BuildOptions,
  merge: (what: TermsToMerge, retally: Retally) => Promise<MergedTerms>,
  resolved?: Resolution,
): Promise<BuildResult> {
  const steps = assembleSteps(results, options, resolved);
  const what = steps.next().value as TermsToMerge;
  const merged = merge(what, () => {
    // the kept documents, in the order of `what`, from the results
    const byId = new Map<string, Analysed>();
    for (const r of results) if ('analysed' in r) byId.set(r.analysed.doc.id, r.analysed);
    const table = new TermTable();
    return what.ids.map((id) => {
      const a = byId.get(id)!;
      return { names: table.names, tally: tallyDocument(table, a.doc.text, a.quotes), quotes: a.quotes.length };
    });
  });
  steps.next();
  return steps.next(await merged).value as BuildResult;
}

/**
 * The assembly in steps: it yields the kept documents' tallies as soon as
 * they are known (the caller starts merging them), yields again once the
 * other records are made, and is then given the merged terms to finish with.
 */
function* assembleSteps(
  results: readonly AnalysedInput[],
  options: BuildOptions,
  resolved?: Resolution,
): Generator<TermsToMerge | undefined, BuildResult, MergedTerms | undefined> {
  const rejected: Rejected[] = [];
  const analysed: Analysed[] = [];
  for (const r of results) {
    if ('rejected' in r) rejected.push(r.rejected);
    else analysed.push(r.analysed);
  }

  // 08: one cluster per person across documents
  options.onStage?.('resolve');
  const flat = analysed.flatMap((a) => a.speakers.map((s) => ({ a, s })));
  const res = resolved ?? resolveMentions(flat.map(({ a, s }) => ({ documentId: a.doc.id, key: s.key, name: s.name })));
  // per document: speaker key -> cluster (no string key per lookup: quotes ask once each)
  const clustersOf = new Map<Analysed, Map<string, number>>();
  flat.forEach(({ a, s }, i) =>
    (clustersOf.get(a) ?? clustersOf.set(a, new Map()).get(a)!).set(s.key, res.cluster[i]!),
  );
  const clusterOf = (a: Analysed, key: string) => clustersOf.get(a)!.get(key)!;

  // 09: events
  options.onStage?.('events');
  const { events: groups, eventOf } = groupEvents(
    analysed.map((a) => ({
      id: a.doc.id,
      file: a.doc.file,
      title: a.title,
      date: a.date,
      eventName: a.doc.meta.event,
      lead: a.lead,
      leadTerms: a.leadTerms,
      speakers: [...new Set(a.speakers.map((s) => clusterOf(a, s.key)))],
    })),
  );
  const kept = analysed.filter((a) => {
    if (eventOf.has(a.doc.id)) return true;
    rejected.push({ file: a.doc.file, reason: 'no event date found' });
    return false;
  });
  yield {
    tallies: kept.map((a) => ({ names: a.termNames, tally: a.tally, quotes: a.quotes.length })),
    ids: kept.map((a) => a.doc.id),
  };
  const usedEventIds = new Set<string>();
  const eventIds = groups.map((g) => {
    const stem = `${g.date ?? 'undated'}-${eventSlug(g.title)}`;
    let id = stem;
    for (let n = 2; usedEventIds.has(id); n++) id = `${stem}-${n}`;
    usedEventIds.add(id);
    return id;
  });

  // 11: speakers from the kept documents only
  const mentions: KeptMention[] = kept.flatMap((a) =>
    a.speakers.map((s) => ({
      cluster: clusterOf(a, s.key),
      documentId: a.doc.id,
      name: s.name,
      surfaces: s.surfaces,
      attrs: s.attrs,
    })),
  );
  const { speakers, idOf } = assembleSpeakers(mentions, res.merges);

  const documents = kept.map((a) => ({
    id: a.doc.id,
    file: a.doc.file,
    title: a.title,
    eventId: eventIds[eventOf.get(a.doc.id)!]!,
    text: a.doc.text,
    wordCount: a.wordCount,
    sha256: a.doc.sha256,
    ...(a.doc.meta.url ? { url: a.doc.meta.url } : {}),
    ...(a.doc.meta.outlet ? { outlet: a.doc.meta.outlet } : {}),
    ...(a.doc.meta.published ? { published: a.doc.meta.published } : {}),
  }));
  const keptIds = new Set(kept.map((a) => a.doc.id));
  const events = groups
    .map((g, e) => ({
      id: eventIds[e]!,
      title: g.title,
      date: g.date,
      documentIds: g.documentIds.filter((d) => keptIds.has(d)),
    }))
    .filter((e) => e.documentIds.length > 0);
  const appearances: Corpus['appearances'] = [];
  const quotes: Quote[] = [];
  const unattributed: UnattributedQuote[] = [];
  const warnings: Warning[] = [];
  for (const a of kept) {
    const eventId = eventIds[eventOf.get(a.doc.id)!]!;
    const seen = new Set<string>();
    for (const s of a.speakers) {
      const speakerId = idOf.get(clusterOf(a, s.key))!;
      if (!seen.has(speakerId)) appearances.push({ speakerId, eventId, documentId: a.doc.id });
      seen.add(speakerId);
    }
    a.quotes.forEach((q, n) => {
      const speakerId = idOf.get(clusterOf(a, q.speaker))!;
      quotes.push({
        id: `${a.doc.id}-q${n + 1}`,
        speakerId,
        documentId: a.doc.id,
        eventId,
        start: q.start,
        end: q.end,
        text: a.doc.text.slice(q.start, q.end),
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
        text: a.doc.text.slice(q.start, q.end),
        ...(q.kind === 'reported' ? { kind: q.kind } : {}),
      });
    });
    for (const message of a.warnings) warnings.push({ file: a.doc.file, message });
  }
  options.onStage?.('terms');
  // one vocabulary and flat index lists: the compact public format (see corpus/terms.ts)
  const merged = (yield undefined)!;
  const terms = materializeTerms(merged.terms, (d, q) => (q < 0 ? kept[d]!.doc.id : `${kept[d]!.doc.id}-q${q + 1}`));
  options.onStage?.('validate');
  const corpus = Corpus.parse({
    schemaVersion: SCHEMA_VERSION,
    documents,
    events,
    speakers,
    appearances,
    quotes,
    terms,
    rejected,
    unattributed,
    warnings,
  });
  return { corpus, rejected };
}
