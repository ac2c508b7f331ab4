/** One scorer for both answer-key formats; agrees figure for figure with ../shared/tools/score.mjs. Pure: no Node-only imports. */
export { foldName, foldQuote, nameKeys } from './fold';
export {
  parseAnswerKey,
  toScoringKey,
  type AnswerKey,
  type AnchorRef,
  type ResolveAnchor,
  type ScoringKey,
} from './keys';
export { scoreCorpus, type Scores } from './scoreCorpus';
export type { ScoredCorpus } from './common';
export {
  CONFERENCE_FLOORS,
  failedFloors,
  HELDOUT_REACHED,
  SAMPLE_FLOORS,
  WIKINEWS_FLOORS,
  WIKINEWS_REACHED,
  type Floors,
} from './floors';
export { formatMisses, formatScores } from './formatScores';
