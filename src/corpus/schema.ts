import { z } from 'zod';
import { ReferenceCheck } from './references';
import { isFlatCounts, type FlatCounts } from './terms';

/** The pipeline's [term, count] rows, before `encodeTerms`. */
export type { TermCounts } from './terms';

/**
 * The public corpus format. Both the Node pipeline (which writes only what
 * `Corpus.parse` accepts) and the browser (which `safeParse`s what it loads)
 * use this one definition. Bump SCHEMA_VERSION on any breaking change.
 */
export const SCHEMA_VERSION = 1;

const Id = z.string().min(1);
/** ISO 3166-1 alpha-2, upper case ("GB", not "UK"). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');
/** Calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Role categories the bundled taxonomy (data/roles.json) produces; other tools may add more. */
export const ROLE_CATEGORIES = [
  'legislator',
  'government-official',
  'former-official',
  'local-politician',
  'organisation-leader',
  'organisation-member',
  'community-representative',
  'academic',
  'activist',
  'other',
] as const;

export const Document = z.object({
  id: Id,
  file: z.string().min(1),
  title: z.string(),
  eventId: Id.nullable(),
  text: z.string(),
  wordCount: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  url: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
});
export type Document = z.infer<typeof Document>;

export const Event = z.object({
  id: Id,
  title: z.string(),
  date: IsoDate.nullable(),
  documentIds: z.array(Id),
});
export type Event = z.infer<typeof Event>;

/** Why an attribute has its value: the words in the text that gave it. */
export const Evidence = z.object({
  value: z.string(),
  basis: z.string(),
  documentId: Id.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** Why two surface forms were judged to be one person. */
export const MergeEvidence = z.object({
  alias: z.string(),
  into: z.string(),
  documentId: Id.optional(),
  reason: z.string(),
});
export type MergeEvidence = z.infer<typeof MergeEvidence>;

/** Why a speaker has their country and role, and which surface forms were merged into them. */
export const SpeakerEvidence = z.object({
  country: z.array(Evidence).default([]),
  role: z.array(Evidence).default([]),
  merges: z.array(MergeEvidence).default([]),
});
export type SpeakerEvidence = z.infer<typeof SpeakerEvidence>;

export const Speaker = z.object({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  role: z.string().min(1),
  country: CountryCode.nullable(),
  affiliations: z.array(z.string()),
  evidence: SpeakerEvidence.optional(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Appearance = z.object({
  speakerId: Id,
  eventId: Id,
  documentId: Id,
});
export type Appearance = z.infer<typeof Appearance>;

export const Quote = z.object({
  id: Id,
  speakerId: Id,
  documentId: Id,
  eventId: Id,
  /** Character offsets into the document's `text`: text.slice(start, end) === quote.text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** `direct` (the default): words inside quotation marks; `reported`: the content clause of reported speech ("that Berlin would…"). */
  kind: z.enum(['direct', 'reported']).optional(),
});
export type Quote = z.infer<typeof Quote>;

/** Quoted words whose speaker the text does not name: kept, never dropped. */
export const UnattributedQuote = Quote.omit({ speakerId: true });
export type UnattributedQuote = z.infer<typeof UnattributedQuote>;

/**
 * Term counts per quote and per document, so the browser can sum them for any
 * subset without re-tokenising. Terms are lower-cased, stop words removed;
 * two-word phrases are written with one space ("human rights"). Each row's
 * `counts` is flat — [termIndex, count, termIndex, count, …] — indexing the
 * shared `vocabulary` (see ./terms.ts for why and for `encodeTerms`).
 */
export const TermRow = z.object({
  kind: z.enum(['quote', 'document']),
  id: Id,
  // One loop instead of a zod schema per number: 11M pairs at 10k documents.
  counts: z.custom<FlatCounts>(isFlatCounts, 'expected a flat [termIndex, count, …] list: even length, integer indices ≥ 0, counts ≥ 1'),
});
export type TermRow = z.infer<typeof TermRow>;

export const Terms = z
  .object({
    vocabulary: z.array(z.string().min(1)),
    rows: z.array(TermRow),
  })
  .superRefine((t, ctx) => {
    const size = t.vocabulary.length;
    for (let r = 0; r < t.rows.length; r++) {
      const c = t.rows[r]!.counts;
      for (let k = 0; k < c.length; k += 2)
        if (c[k]! >= size) {
          ctx.addIssue({ code: 'custom', path: ['rows', r, 'counts', k], message: `term index ${c[k]} is outside the vocabulary (${size} terms)` });
          return;
        }
    }
  });
export type Terms = z.infer<typeof Terms>;

export const Rejected = z.object({
  file: z.string(),
  reason: z.string(),
});
export type Rejected = z.infer<typeof Rejected>;

/** A file that was read and kept, but where something expected was not found (no speakers, no date). */
export const Warning = z.object({
  file: z.string(),
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const Corpus = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    documents: z.array(Document),
    events: z.array(Event),
    speakers: z.array(Speaker),
    appearances: z.array(Appearance),
    quotes: z.array(Quote),
    terms: Terms.default(() => ({ vocabulary: [], rows: [] })),
    rejected: z.array(Rejected).default([]),
    /** Absent in corpora written before these existed: read as []. */
    unattributed: z.array(UnattributedQuote).optional(),
    warnings: z.array(Warning).optional(),
  })
  .superRefine(checkReferences);
export type Corpus = z.infer<typeof Corpus>;

/**
 * Only the cross-record checks of `Corpus`, for a corpus whose parts were each
 * validated on their own (the browser validates corpus.json section by section as it streams in).
 */
export const CorpusReferences = z.custom<Corpus>().superRefine(checkReferences);

/** Cross-record integrity: every reference resolves and every quote's offsets match its text (see ReferenceCheck). */
function checkReferences(c: Omit<Corpus, never>, ctx: z.RefinementCtx): void {
  const MAX_ISSUES = 20; // one broken reference usually repeats; report the first few
  let count = 0;
  const check = new ReferenceCheck(({ section, index, field, message }) => {
    const path = field === undefined ? [section, index] : [section, index, ...field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
    if (count++ < MAX_ISSUES) ctx.addIssue({ code: 'custom', path, message });
  });
  c.events.forEach((e, i) => check.event(e, i));
  c.speakers.forEach((s) => check.speaker(s));
  c.appearances.forEach((a, i) => check.appearance(a, i));
  c.quotes.forEach((q, i) => check.quote(q, i, 'quotes'));
  (c.unattributed ?? []).forEach((q, i) => check.quote(q, i, 'unattributed'));
  c.documents.forEach((d, i) => check.document(d, i));
  check.finish();
}

/** The first few validation problems as "path: message" lines, for error banners and stderr. */
export function describeIssues(error: z.ZodError, max = 5): string[] {
  return error.issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}
