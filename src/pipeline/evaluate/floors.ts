import type { Scores } from './scoreCorpus';

/** Minimum figures (shares 0–1), and what must be zero or all right. */
export interface Floors {
  precision?: number;
  recall?: number;
  f1?: number;
  bcubedF1?: number;
  country?: number;
  role?: number;
  quotes?: number;
  eventDates?: number;
  /** no listed non-speaker reported */
  noNonSpeakers?: boolean;
  /** texts key: every text has a document (none rejected) */
  noFilesMissing?: boolean;
  /** sample key: every key event found, alone, with its date */
  eventsRight?: boolean;
}

/** tests/fixtures/seeds.json on data/articles. */
export const SAMPLE_FLOORS: Floors = {
  precision: 0.97,
  recall: 0.95,
  bcubedF1: 0.97,
  country: 0.95,
  role: 0.9,
  quotes: 0.9,
  noNonSpeakers: true,
  eventsRight: true,
};

/** ../shared/wikinews (issue 11). */
export const WIKINEWS_FLOORS: Floors = {
  noFilesMissing: true,
  precision: 0.9,
  recall: 0.8,
  country: 0.85,
  role: 0.8,
  quotes: 0.75,
  eventDates: 0.85,
};

/**
 * What this build reaches on ../shared/wikinews, asserted in `npm test` so it
 * can only go up: a ratchet at or above issue 11's floors (WIKINEWS_FLOORS).
 * Raise it with every gain; never lower it.
 */
export const WIKINEWS_REACHED: Floors = {
  noFilesMissing: true,
  precision: 0.95,
  recall: 0.93,
  country: 0.91,
  role: 0.91,
  quotes: 0.8,
  eventDates: 0.95,
};

/**
 * What this build reaches on tests/fixtures/heldout: 8 short articles written for the project and keyed before
 * the extractor first ran on them, to catch rules that only fit the development sets. A ratchet (each figure
 * rounded down to 0.05): raise it when a general change lifts it, never lower it, and never tune rules on
 * these texts; a rule that fixes one of their misses needs its own test article.
 */
export const HELDOUT_REACHED: Floors = {
  noFilesMissing: true,
  precision: 0.95,
  recall: 1,
  bcubedF1: 1,
  country: 0.85,
  role: 0.9,
  quotes: 0.95,
  eventDates: 1,
};

/** ../shared/conference (issue 11; its texts are not in CI, so only `npm run evaluate` checks these). */
export const CONFERENCE_FLOORS: Floors = { precision: 0.85, f1: 0.75 };

type ShareFloor = 'precision' | 'recall' | 'f1' | 'bcubedF1' | 'country' | 'role' | 'quotes' | 'eventDates';

/** The figure a share floor bounds; null when the key cannot measure it. */
export function figureOf(s: Scores, name: ShareFloor): number | null {
  switch (name) {
    case 'quotes':
      return s.quotes.share;
    case 'eventDates':
      return s.eventDates?.share ?? null;
    default:
      return s[name];
  }
}

const SHARE_FLOORS: ShareFloor[] = ['precision', 'recall', 'f1', 'bcubedF1', 'country', 'role', 'quotes', 'eventDates'];

/** The floors a score misses, in words; empty when all are met. A floor the key cannot measure is missed. */
export function failedFloors(s: Scores, floors: Floors): string[] {
  const out: string[] = [];
  for (const name of SHARE_FLOORS) {
    const floor = floors[name];
    if (floor === undefined) continue;
    const v = figureOf(s, name);
    if (v === null) out.push(`${name} not measured (floor ${floor})`);
    else if (v < floor) out.push(`${name} ${v.toFixed(3)} < ${floor}`);
  }
  if (floors.noNonSpeakers && s.nonSpeakers.length) out.push(`non-speakers reported: ${s.nonSpeakers.join(', ')}`);
  if (floors.noFilesMissing && s.filesMissing !== 0)
    out.push(`files missing from the corpus: ${s.filesMissing ?? 'not measured'}`);
  if (floors.eventsRight) {
    const e = s.events;
    if (!e) out.push('events not measured');
    else if (e.right < e.key || !e.datesMatch || e.docPairAgreement < 1)
      out.push(
        `events ${e.right}/${e.key} right, dates ${e.datesMatch ? 'match' : 'differ'}, document pairs ${e.docPairAgreement.toFixed(3)}`,
      );
  }
  return out;
}
