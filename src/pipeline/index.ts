// The pipeline's surface: articles in, a validated corpus out. The stages, in the order they run, are in stages/
// (see README.md); run/ reads folders and writes files around them.
export { analyseInput, type Analysed, type AnalysedInput, type DocumentRef } from './stages/analyse';
export {
  assembleCorpus,
  buildCorpus,
  documentIds,
  feedMentions,
  sortInputs,
  type BuildOptions,
  type BuildResult,
  type Collectable,
  type OutlineResult,
} from './stages/buildCorpus';
export { RecordStream, type Records } from './stages/records';
export {
  checkQuoteIds,
  checkTermRow,
  completeCorpus,
  CorpusInvalid,
  documentWithText,
  quotesWithText,
  quotesWithinText,
  streamCorpus,
  type CorpusOutline,
  type DocumentOutline,
  type OutlineIds,
  type QuoteOutline,
  type QuoteSection,
  type StreamedCorpus,
  type TextOf,
  type UnattributedOutline,
} from './stages/16-assemble';
export { termRowsOf, TermRowStream, TermVocabulary, type TermRowBatch } from './stages/15-mergeTerms';
export { TermTable } from './stages/12-terms';
export { MentionResolver } from './stages/13-resolve';
export { MAX_BYTES, readDocument } from './stages/01-read';
export type { Input } from './stages/types';
