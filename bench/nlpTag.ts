import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The NLP package's own share of the pipeline's work, and nothing else: wink-nlp with
 * wink-eng-lite-web-model reading a text paragraph by paragraph (non-blank lines, as
 * src/pipeline/nlp/tokenise.ts does) and giving out every token's text, part of speech
 * and preceding spaces, and every sentence's span. What the pipeline builds on top
 * (offsets, mentions, attribution, terms, the corpus) is left out on purpose.
 */

let nlp: ReturnType<typeof winkNLP> | undefined;
/** Loaded once per thread (~100 ms), before any timing starts. */
export function loadNlp(): void {
  nlp ??= winkNLP(model);
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
    doc.tokens().each((t: ItemToken) => {
      // read what the pipeline reads; the lengths keep the work from being optimised away
      into.tokens += t.out().length > 0 && t.out(its.pos).length > 0 && t.out(its.precedingSpaces).length >= 0 ? 1 : 0;
    });
    doc.sentences().each((s: ItemSentence) => {
      const [a, b] = s.out(its.span) as unknown as [number, number];
      if (b >= a) into.sentences++;
    });
  }
  return into;
}
