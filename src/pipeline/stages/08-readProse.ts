import { readProse, type ProseReading } from '../nlp/readProse';
import { tokenise, type Tokenised } from '../nlp/tokenise';
import type { LayoutQuoted } from './07-layoutQuotes';

export interface ProseRead extends LayoutQuoted {
  /** The text as the NLP package reads it: paragraphs, sentences, tokens with parts of speech. */
  tokens: Tokenised;
  /** The people the prose names, who it says spoke, and their words. */
  prose: ProseReading;
}

/** Stage 08: the running prose read with the NLP package (names, speech verbs, pronouns, quotation marks). */
export function readDocumentProse(s: LayoutQuoted): ProseRead {
  const tokens = tokenise(s.doc.text);
  return { ...s, tokens, prose: readProse(tokens) };
}
