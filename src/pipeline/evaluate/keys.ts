import { z } from 'zod';
import { foldName } from './fold';

/**
 * The two answer-key formats. Fields the scorer does not read (titles, notes, bases)
 * are allowed and dropped.
 */

/** The sample key (tests/fixtures/seeds.json, ../shared/gold/README.md); the bench's generated truth has the same shape. */
export const SampleKey = z.object({
  documents: z.array(z.object({ file: z.string(), event: z.string() })),
  events: z.array(z.object({ id: z.string(), date: z.string(), documents: z.array(z.string()) })),
  speakers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      country: z.string().nullable(),
      countryAlt: z.array(z.string()).optional(),
      role: z.string(),
      roleAlt: z.array(z.string()).optional(),
      affiliations: z.array(z.string()).optional(),
      appearances: z.array(z.object({ doc: z.string() })),
    }),
  ),
  nonSpeakers: z.array(z.object({ name: z.string() })).default([]),
  /** optional: generated keys have none */
  quotes: z.array(z.object({ doc: z.string(), speaker: z.string(), text: z.string() })).default([]),
});
export type SampleKey = z.infer<typeof SampleKey>;

/** A quote anchor given by reference into the text (the conference key carries no copied prose): sha is the first 12 hex of the anchor's sha256. */
export const AnchorRef = z.object({
  at: z.number().int().nonnegative(),
  len: z.number().int().positive(),
  sha: z.string(),
});
export type AnchorRef = z.infer<typeof AnchorRef>;

/** The per-text key of ../shared/wikinews and ../shared/conference: each text lists its own speakers. */
export const TextsKey = z.object({
  texts: z.array(
    z.object({
      file: z.string(),
      event: z.object({ date: z.string().nullable() }).nullish(),
      speakers: z.array(
        z.object({
          name: z.string(),
          aliases: z.array(z.string()).default([]),
          country: z.string().nullish(),
          countryAlt: z.array(z.string()).optional(),
          role: z.string(),
          roleAlt: z.array(z.string()).optional(),
          affiliations: z.array(z.string()).optional(),
          quotes: z.array(z.union([z.string(), AnchorRef])).default([]),
        }),
      ),
      nonSpeakers: z.array(z.union([z.string(), z.object({ name: z.string() })])).default([]),
    }),
  ),
});
export type TextsKey = z.infer<typeof TextsKey>;

export type AnswerKey = ({ format: 'sample' } & SampleKey) | ({ format: 'texts' } & TextsKey);

/** Reads either format from parsed JSON; a bare array is a texts key without its wrapper. */
export function parseAnswerKey(json: unknown): AnswerKey {
  if (Array.isArray(json) || (typeof json === 'object' && json !== null && 'texts' in json)) {
    return { format: 'texts', ...TextsKey.parse(Array.isArray(json) ? { texts: json } : json) };
  }
  return { format: 'sample', ...SampleKey.parse(json) };
}

/** A key speaker as scored; `docs` is set when the key is per text (the speaker is matched in that text only). */
export interface KeySpeaker {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  countryAlt: string[];
  role: string;
  roleAlt: string[];
  affiliations: string[];
  docs: string[] | null;
}

/** Both formats in one shape, anchors resolved to text. */
export interface ScoringKey {
  speakers: KeySpeaker[];
  /** (document, key speaker id): who speaks where */
  pairs: [doc: string, speaker: string][];
  nonSpeakers: string[];
  quotes: { doc: string; speaker: string; text: string }[];
  /** sample key: its events and which document reports which */
  events: { id: string; date: string; documents: string[] }[];
  documents: { file: string; event: string }[];
  /** texts key: each text's event date (null: the key gives none) */
  textDates: { file: string; date: string | null }[] | null;
}

/** The text an anchor reference points at, or null when the text is absent or changed. */
export type ResolveAnchor = (file: string, ref: AnchorRef) => string | null;

const noTexts: ResolveAnchor = () => null;

/**
 * One shape for both formats. A texts key's speaker ids are "file#folded name", as
 * score.mjs makes them; anchors that cannot be resolved are left out, as score.mjs does.
 */
export function toScoringKey(key: AnswerKey, resolveAnchor: ResolveAnchor = noTexts): ScoringKey {
  if (key.format === 'sample') {
    return {
      speakers: key.speakers.map((s) => ({
        ...s,
        countryAlt: s.countryAlt ?? [],
        roleAlt: s.roleAlt ?? [],
        affiliations: s.affiliations ?? [],
        docs: null,
      })),
      pairs: key.speakers.flatMap((s) => s.appearances.map((a): [string, string] => [a.doc, s.id])),
      nonSpeakers: key.nonSpeakers.map((n) => n.name),
      quotes: key.quotes,
      events: key.events,
      documents: key.documents,
      textDates: null,
    };
  }
  const out: ScoringKey = {
    speakers: [],
    pairs: [],
    nonSpeakers: [],
    quotes: [],
    events: [],
    documents: [],
    textDates: [],
  };
  for (const t of key.texts) {
    for (const s of t.speakers) {
      const id = `${t.file}#${foldName(s.name)}`;
      out.speakers.push({
        id,
        name: s.name,
        aliases: s.aliases,
        country: s.country ?? null,
        countryAlt: s.countryAlt ?? [],
        role: s.role,
        roleAlt: s.roleAlt ?? [],
        affiliations: s.affiliations ?? [],
        docs: [t.file],
      });
      out.pairs.push([t.file, id]);
      for (const q of s.quotes) {
        const text = typeof q === 'string' ? q : resolveAnchor(t.file, q);
        if (text) out.quotes.push({ doc: t.file, speaker: id, text });
      }
    }
    for (const n of t.nonSpeakers) out.nonSpeakers.push(typeof n === 'string' ? n : n.name);
    out.textDates!.push({ file: t.file, date: t.event?.date ?? null });
  }
  return out;
}
