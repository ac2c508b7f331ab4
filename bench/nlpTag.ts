import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_PIPE } from '../src/pipeline/nlp/tokenise';

/**
 * The NLP package's own share of the pipeline's work, and nothing else: wink-nlp with
 * wink-eng-lite-web-model reading a text paragraph by paragraph (non-blank lines, as
 * src/pipeline/nlp/tokenise.ts does) with the same annotation pipe (WINK_PIPE), and giving out every
 * token's text and part of speech and every sentence's span. What the pipeline builds on top
 * (offsets, mentions, attribution, terms, the corpus) is left out on purpose.
 */

let nlp: ReturnType<typeof winkNLP> | undefined;
/** Loaded once per thread (~100 ms), before any timing starts. */
export function loadNlp(): void {
  nlp ??= winkNLP(model, WINK_PIPE);
}

export interface TagCounts {
  tokens: number;
  sentences: number;
}

export function readAndTag(text: string, into: TagCounts = { tokens: 0, sentences: 0 }): TagCounts {
  loadNlp();
  const engine = nlp!;
  const its = engine.its;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const paragraph = m[0].trim();
    if (!paragraph) continue;
    const doc = engine.readDoc(paragraph);
    // read what the pipeline reads, as it reads it (whole columns); the lengths keep the work from being optimised away
    const words = doc.tokens().out() as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    into.tokens += words.length === tags.length ? words.length : 0;
    for (const [a, b] of doc.sentences().out(its.span) as unknown as [number, number][]) if (b >= a) into.sentences++;
  }
  return into;
}
