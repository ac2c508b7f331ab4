import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One word or punctuation mark, with its character offsets in the document text. A class, made by `tokenise` with
 * this one constructor rather than an object literal per token: tokens live as long as their document's analysis,
 * and V8 allocates a literal whose objects outlive a young-generation collection in the old generation from then on
 * (allocation-site pretenuring), where every document's tokens then died and had to be found by full collections.
 */
export class Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Universal part-of-speech tag from wink-nlp ("PROPN", "VERB", "PUNCT"…). */
  pos: string;
  /** Index of its sentence in `Tokenised.sentences` (set once the paragraph's sentences are read). */
  sent: number;
  /** Whitespace before it in the text (names do not run across a hyphen with spaces, nor across a line break). */
  spaceBefore: string;
  constructor(text: string, start: number, end: number, pos: string, spaceBefore: string) {
    this.text = text;
    this.lower = lowerCase(text);
    this.start = start;
    this.end = end;
    this.pos = pos;
    this.sent = -1;
    this.spaceBefore = spaceBefore;
  }
}

export interface Sentence {
  start: number;
  end: number;
  /** Tokens [first, last) of this sentence. */
  first: number;
  last: number;
  para: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface Tokenised {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

/**
 * The annotations the pipeline reads: sentence bounds and parts of speech. wink-nlp's default pipe also runs
 * named-entity, negation and sentiment automata, which cost about half its time and change no tag or bound.
 */
export const WINK_PIPE = ['sbd', 'pos'];

let nlp: ReturnType<typeof winkNLP> | null = null;
/** The model is loaded once per thread, on first use (it costs ~100 ms). */
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, WINK_PIPE);
  return nlp;
}

let lexiconDoc: ReturnType<ReturnType<typeof winkNLP>['readDoc']> | null = null;
/**
 * Whether a lower-case word is in the tagger's own lexicon (~80,000 words of ordinary web English): narrower than a
 * dictionary, which also lists rare words that are common surnames ("berg", "lind").
 */
export function isCommonWord(lower: string): boolean {
  lexiconDoc ??= engine().readDoc('');
  return !lexiconDoc.isOOV(lower);
}

/** Non-blank lines: news text puts one paragraph per line (or separates them by blank lines). */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** Letters without a decomposition to a base letter: their closest plain letter. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŀ: 'l',
  Ŀ: 'L',
  ŋ: 'n',
  Ŋ: 'N',
  ƒ: 'f',
};
const LATIN_EXTENDED = /[\u0100-\u024f\u1e00-\u1eff]/g;
const plainLetter = new Map<string, string>();
/**
 * The text as wink-nlp reads it, letter for letter: it splits words at Latin letters beyond Latin-1 ("Kamiński"
 * becomes "Kami", "ń", "ski"), so each such letter is read as its base letter ("n"). One code unit for one, so
 * offsets stay those of the text; tokens keep the text's own spelling.
 */
export function foldForTagger(text: string): string {
  return text.replace(LATIN_EXTENDED, (c) => {
    let plain = plainLetter.get(c);
    if (plain === undefined) {
      const base = c.normalize('NFD')[0]!;
      plain = UNDECOMPOSED[c] ?? (base.charCodeAt(0) <= 0xff && /\p{L}/u.test(base) ? base : c);
      plainLetter.set(c, plain);
    }
    return plain;
  });
}

/** A word's lower case: the word itself when it has no capital (most words), so most tokens make no new string. */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  return word;
}

/**
 * Sentences, tokens and part-of-speech tags of a whole document, read with
 * wink-nlp paragraph by paragraph (a sentence never crosses a paragraph).
 * Offsets are found by walking the text, since wink-nlp gives token strings only.
 */
export function tokenise(text: string): Tokenised {
  const its = engine().its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs = paragraphsOf(text);
  const read = foldForTagger(text);
  // nothing folded: wink-nlp's own strings are the text's words
  const unfolded = read === text;
  paragraphs.forEach((p, para) => {
    const doc = engine().readDoc(read.slice(p.start, p.end));
    // whole columns at once: one call per paragraph rather than one per token
    const words = doc.tokens().out() as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const base = tokens.length;
    let cursor = p.start;
    for (let k = 0; k < words.length; k++) {
      const at = read.indexOf(words[k]!, cursor);
      // wink-nlp can normalise a token (rare); keep it zero-width at the cursor rather than lose the sentence
      const found = at >= 0 && at < p.end;
      const start = found ? at : cursor;
      const end = found ? at + words[k]!.length : cursor;
      const word = found && !unfolded ? text.slice(start, end) : words[k]!;
      tokens.push(new Token(word, start, end, tags[k]!, start === cursor ? '' : text.slice(cursor, start)));
      cursor = end;
    }
    for (const [a, b] of doc.sentences().out(its.span) as unknown as [number, number][]) {
      const first = base + a;
      const last = base + b + 1;
      if (last <= first) continue;
      // a bound inside a word ("UOL.com.br") or before a lower-case word is no sentence's end: the piece joins the previous sentence
      const prev = sentences[sentences.length - 1];
      const head = tokens[first]!;
      if (prev && prev.para === para && (head.spaceBefore === '' || /^\p{Ll}/u.test(head.text))) {
        for (let i = first; i < last; i++) tokens[i]!.sent = sentences.length - 1;
        prev.last = last;
        prev.end = tokens[last - 1]!.end;
        continue;
      }
      const sent = sentences.length;
      for (let i = first; i < last; i++) tokens[i]!.sent = sent;
      sentences.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, para });
    }
    // tokens wink-nlp left outside any sentence (whitespace) join the previous one
    for (let i = base; i < tokens.length; i++)
      if (tokens[i]!.sent < 0) tokens[i]!.sent = Math.max(0, sentences.length - 1);
  });
  return { text, tokens, sentences, paragraphs };
}

/** A dash between words ("—", "–", or a hyphen with spaces around it), not a hyphen inside a word. */
export const isDash = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === '—' || t.text === '–' || (t.text === '-' && t.spaceBefore !== ''));

/** Whether token `k` is a possessive's mark: "'s", or an apostrophe alone after a word in s ("Velden Motors'"). */
export const isPossessiveAt = (toks: readonly Token[], k: number): boolean => {
  const t = toks[k]?.text ?? '';
  return /^['’]s$/.test(t) || (/^['’]$/.test(t) && (toks[k - 1]?.text.endsWith('s') ?? false));
};
