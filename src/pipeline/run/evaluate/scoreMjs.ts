// Node-only, for tests: runs the independent scorer ../shared/tools/score.mjs and puts its figures beside ours.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scores } from '../../evaluate/scoreCorpus';

/** Where CI and the developers' machines have the shared data: beside the project. */
export const SHARED = '../shared';
export const SCORE_MJS = `${SHARED}/tools/score.mjs`;

/** Fails with the reason when the shared folder is not where the tests expect it (a test must not pass or skip without it). */
export function requireShared(path: string): void {
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: the shared development data (../shared beside the project root) is required by this test`,
    );
}

/** score.mjs's figures, rounded to 3 places as it prints them. */
export function runScoreMjs(corpusPath: string, keyPath: string, flags: string[] = []): Record<string, unknown> {
  requireShared(SCORE_MJS);
  const out = execFileSync(process.execPath, [SCORE_MJS, corpusPath, keyPath, ...flags], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  // a JSON object, then one summary line
  return JSON.parse(out.slice(0, out.trimEnd().lastIndexOf('\n'))) as Record<string, unknown>;
}

/** runScoreMjs on a corpus in memory (written to a temporary file). */
export function runScoreMjsOn(corpus: unknown, keyPath: string, flags: string[] = []): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'podium-score-'));
  try {
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(corpus));
    return runScoreMjs(join(dir, 'corpus.json'), keyPath, flags);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Our figures in score.mjs's names and rounding, to compare with runScoreMjs. */
export function asScoreMjs(s: Scores): Record<string, unknown> {
  return {
    speakerPrecision: r3(s.precision),
    speakerRecall: r3(s.recall),
    bcubedF1: r3(s.bcubedF1),
    goldDistinct: s.people.key,
    predictedDistinctMatched: s.people.matched,
    predictedSpeakers: s.people.speakers,
    countryAccuracy: r3(s.country ?? 0),
    roleAccuracy: r3(s.role ?? 0),
    quoteAnchorAccuracy: s.quotes.share === null ? null : r3(s.quotes.share),
    affiliationAccuracy: s.affiliation === null ? null : r3(s.affiliation),
    nonSpeakersReported: s.nonSpeakers.length,
    nonSpeakerHits: s.nonSpeakers,
    events: s.events && { datesMatch: s.events.datesMatch, docPairAgreement: s.events.docPairAgreement },
    eventDateAccuracy: s.eventDates?.share == null ? null : r3(s.eventDates.share),
    filesMissing: s.filesMissing,
    unmatched: s.misses.unmatched.slice(0, 30),
  };
}

/** score.mjs's output cut to the fields asScoreMjs gave in ours. */
export function pickFields(out: Record<string, unknown>, ours: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(ours).map((k) => [k, out[k]]));
}
