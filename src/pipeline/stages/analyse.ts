import type { Rejected } from '../../corpus/schema';
import type { Input, SourceDoc } from './types';
import { read } from './01-read';
import { segment } from './02-segment';
import { findTitle } from './03-title';
import { findLayoutDate } from './04-layoutDate';
import { findFocus } from './05-focus';
import { findLayoutSpeakers } from './06-layoutSpeakers';
import { findLayoutQuotes } from './07-layoutQuotes';
import { readDocumentProse } from './08-readProse';
import { mergeReadings } from './09-mergeProse';
import { findSpeakingDate } from './10-speakingDate';
import { attributeSpeakers } from './11-attributes';
import { tallyTerms, type Tallied, type TermTable } from './12-terms';

/**
 * One analysed document, what stages 01–12 found: plain data (it crosses from
 * a worker thread), and all the corpus-wide stages (13–16) need of it. Not the
 * text: a corpus of many documents is written with each text read again when
 * its turn comes (16-assemble.ts), so no thread holds them all (the quotes'
 * words too: they are sliced from it then).
 */
export type Analysed = Pick<
  Tallied,
  'title' | 'date' | 'leadTerms' | 'eventSlug' | 'speakers' | 'warnings' | 'tally' | 'termNames' | 'wordCount'
> &
  Pick<Tallied['merged'], 'quotes' | 'unattributed'> & {
    doc: DocumentRef;
    /** The organisation aliases the article defines ("… (ABC)"): orgKey of a spelling, canonical name. */
    orgAliases: [string, string][];
    /** The text's length (UTF-16 code units): the quotes' offsets are checked against it where their words are not written. */
    textLength: number;
  };

/** A document as the corpus-wide stages know it: all of stage 01's reading but the text. */
export type DocumentRef = Omit<SourceDoc, 'text'>;

/** Stages 01–12 for one file: its analysis and its text, or why it is rejected. */
export type AnalysedInput = { analysed: Analysed; text: string } | { rejected: Rejected };

/** Stages 01–12, in the order they run; `terms` is the table stage 12 counts in. */
export function analyseInput(input: Input, id: string, terms: TermTable): AnalysedInput {
  const r = read(input, id);
  if ('rejected' in r) return r;
  const segmented = segment(r.read);
  const titled = findTitle(segmented);
  const layoutDated = findLayoutDate(titled);
  const focused = findFocus(layoutDated);
  const layoutSpoken = findLayoutSpeakers(focused);
  const layoutQuoted = findLayoutQuotes(layoutSpoken);
  const proseRead = readDocumentProse(layoutQuoted);
  const merged = mergeReadings(proseRead);
  const dated = findSpeakingDate(merged);
  const attributed = attributeSpeakers(dated);
  const tallied = tallyTerms(terms)(attributed);
  return { analysed: analysedOf(tallied), text: tallied.doc.text };
}

/** What the corpus-wide stages need of a document's state (the NLP package's tokens and the layout scan stay behind). */
function analysedOf(s: Tallied): Analysed {
  // kept, never rejected: its terms still count, and the warning says what is missing
  const warnings = [...s.warnings];
  if (s.speakers.length === 0) warnings.push('no speakers found');
  if (s.date === null) warnings.push('no event date found: the event is undated');
  const { text: _text, ...doc } = s.doc;
  return {
    doc,
    title: s.title,
    date: s.date,
    leadTerms: s.leadTerms,
    eventSlug: s.eventSlug,
    speakers: s.speakers,
    quotes: s.merged.quotes,
    unattributed: s.merged.unattributed,
    warnings,
    tally: s.tally,
    termNames: s.termNames,
    wordCount: s.wordCount,
    orgAliases: [...s.orgAliases],
    textLength: s.doc.text.length,
  };
}
