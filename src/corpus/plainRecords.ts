import type { LineSection } from './lines';

/**
 * Quick checks of the commonest line records, before their zod schemas (LINE_RECORD): `true`
 * only for a record the schema accepts as it is — exactly the schema's keys, in its order, each
 * value of its type — so that what zod would give back is an equal copy, and the record can be
 * taken as parsed. Anything else (a missing, extra or reordered key, a wrong value, a speaker
 * with its evidence inside) is `false` and goes through zod as before, which decides and words
 * the issues. zod stays the contract: these only spare it the records it would copy unchanged.
 * At 10,000 articles zod was about a third of the loader's time before the first charts (its
 * first parses of each schema compile code; every record is copied), and 400k records follow.
 * plainRecords.test.ts checks each against its schema on generated and corrupted records.
 */
export const PLAIN_RECORD: Partial<Record<LineSection, (raw: unknown) => boolean>> = {
  events: (r) => isObject(r) && keysAre(r, EVENT_KEYS) && isId(r.id) && typeof r.title === 'string' && (r.date === null || isIsoDate(r.date)) && allIds(r.documentIds, 0),
  speakers: (r) =>
    isObject(r) &&
    keysAre(r, SPEAKER_KEYS, SPEAKER_OPTIONAL) &&
    isId(r.id) &&
    isId(r.name) &&
    (r.aliases === undefined || allStrings(r.aliases)) &&
    (r.titles === undefined || allStrings(r.titles)) &&
    isId(r.role) &&
    (r.country === null || isCountry(r.country)) &&
    allStrings(r.affiliations),
  speakerNames: (r) => isObject(r) && keysAre(r, NAMES_KEYS) && isId(r.speakerId) && allStrings(r.aliases) && allStrings(r.titles),
  // AppearancesLine: a group (as the pipeline writes them) or one appearance, both as their schemas order them
  appearances: (r) =>
    isObject(r) &&
    (keysAre(r, GROUP_KEYS) ? isId(r.documentId) && isId(r.eventId) && allIds(r.speakerIds, 1) : keysAre(r, APPEARANCE_KEYS) && isId(r.speakerId) && isId(r.eventId) && isId(r.documentId)),
  quotes: (r) => isObject(r) && keysAre(r, QUOTE_KEYS, QUOTE_OPTIONAL) && isId(r.speakerId) && quoteFields(r),
  unattributed: (r) => isObject(r) && keysAre(r, UNATTRIBUTED_KEYS, QUOTE_OPTIONAL) && quoteFields(r),
  vocabulary: (r) => isId(r),
  documents: (r) =>
    isObject(r) &&
    keysAre(r, DOCUMENT_KEYS, DOCUMENT_OPTIONAL) &&
    isId(r.id) &&
    isId(r.file) &&
    typeof r.title === 'string' &&
    (r.eventId === null || isId(r.eventId)) &&
    typeof r.text === 'string' &&
    isCount(r.wordCount) &&
    typeof r.sha256 === 'string' &&
    SHA256.test(r.sha256) &&
    optionalString(r.url) &&
    optionalString(r.outlet) &&
    optionalString(r.published),
};

type Plain = Record<string, unknown>;

const EVENT_KEYS = ['id', 'title', 'date', 'documentIds'];
// `evidence` (optional in the schema) is left to zod: it completes missing lists
const SPEAKER_KEYS = ['id', 'name', 'aliases', 'titles', 'role', 'country', 'affiliations'];
// a speaker line leaves them out when a `speakerNames` line gives them (SpeakerLine)
const SPEAKER_OPTIONAL = new Set(['aliases', 'titles']);
const NAMES_KEYS = ['speakerId', 'aliases', 'titles'];
const GROUP_KEYS = ['documentId', 'eventId', 'speakerIds'];
const APPEARANCE_KEYS = ['speakerId', 'eventId', 'documentId'];
const QUOTE_KEYS = ['id', 'speakerId', 'documentId', 'eventId', 'start', 'end', 'text', 'kind'];
const UNATTRIBUTED_KEYS = ['id', 'documentId', 'eventId', 'start', 'end', 'text', 'kind'];
const QUOTE_OPTIONAL = new Set(['text', 'kind']);
const DOCUMENT_KEYS = ['id', 'file', 'title', 'eventId', 'text', 'wordCount', 'sha256', 'url', 'outlet', 'published'];
const DOCUMENT_OPTIONAL = new Set(['url', 'outlet', 'published']);
const NONE = new Set<string>();

// the schema's own patterns (schema.ts: CountryCode, IsoDate, Document.sha256)
const COUNTRY = /^[A-Z]{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;

const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCountry = (v: unknown) => typeof v === 'string' && COUNTRY.test(v);
const isIsoDate = (v: unknown) => typeof v === 'string' && ISO_DATE.test(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/** The own keys of `o` are `keys` in that order, those in `optional` perhaps left out; each present optional key has a value. */
function keysAre(o: Plain, keys: readonly string[], optional: ReadonlySet<string> = NONE): boolean {
  let i = 0;
  for (const k in o) {
    if (!Object.hasOwn(o, k)) return false;
    while (i < keys.length && keys[i] !== k && optional.has(keys[i]!)) i++;
    if (i === keys.length || keys[i] !== k || o[k] === undefined) return false;
    i++;
  }
  for (; i < keys.length; i++) if (!optional.has(keys[i]!)) return false;
  return true;
}

function allStrings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/** An array of at least `min` ids. */
function allIds(v: unknown, min: number): boolean {
  if (!Array.isArray(v) || v.length < min) return false;
  for (let i = 0; i < v.length; i++) if (!isId(v[i])) return false;
  return true;
}

/** A quote's fields but its speaker (QuoteLine, UnattributedLine). */
function quoteFields(r: Plain): boolean {
  return isId(r.id) && isId(r.documentId) && isId(r.eventId) && isCount(r.start) && isCount(r.end) && optionalString(r.text) && (r.kind === undefined || r.kind === 'direct' || r.kind === 'reported');
}
