/**
 * How often a word occurs in lower case in the text, looked up on demand and
 * cached: only the few candidate name words of a document are ever asked.
 */
export class LowerVocabulary {
  readonly #text: string;
  readonly #cache = new Map<string, number>();
  constructor(text: string) {
    this.#text = text;
    // a long text would be scanned once per question: count all its words once instead
    if (text.length > EAGER_FROM) this.#countAll();
  }
  #countAll(): void {
    for (const line of this.#text.split('\n')) {
      if (isCaptionLine(line)) continue;
      for (const w of line.split(/[^\p{L}\p{M}]+/u)) {
        if (w && /^\p{Ll}/u.test(w)) this.#cache.set(w, Math.min(3, (this.#cache.get(w) ?? 0) + 1));
      }
    }
    this.#complete = true;
  }
  #complete = false;
  /**
   * False only when `word` cannot occur as a whole word: it is all letters,
   * does not start with A–Z, and is no run of letters of the text (found where
   * it stands with no letter on either side). A document asks this of a few
   * words only: each is looked for, rather than every run of the text collected.
   */
  #mayOccur(word: string): boolean {
    if (word.length === 0 || !isLetterRun(word, 0, word.length) || isUpperAscii(word.charCodeAt(0))) return true;
    const text = this.#text;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
      if (!isLetter(text.charCodeAt(i - 1)) && !isLetter(text.charCodeAt(i + word.length))) return true;
    return false;
  }
  /** A short all-lower-case line ("jane doe") is a caption, not a use of the word as a common word. */
  #onCaption(at: number): boolean {
    const from = this.#text.lastIndexOf('\n', at) + 1;
    let to = this.#text.indexOf('\n', at);
    if (to < 0) to = this.#text.length;
    return isCaptionLine(this.#text.slice(from, to));
  }
  has(word: string): boolean {
    return this.count(word, 1) > 0;
  }
  /** occurrences as a whole word, counting no further than `max` (at most 3) */
  count(word: string, max = 2): number {
    const hit = this.#cache.get(word);
    if (hit !== undefined) return Math.min(hit, max);
    if (this.#complete) return 0;
    // most words asked (surnames) never occur in lower case: the run set says so without a scan
    if (!this.#mayOccur(word)) {
      this.#cache.set(word, 0);
      return 0;
    }
    let n = 0;
    for (let i = this.#text.indexOf(word); i >= 0 && n < 3; i = this.#text.indexOf(word, i + 1)) {
      if (
        !isLetter(this.#text.charCodeAt(i - 1)) &&
        !isLetter(this.#text.charCodeAt(i + word.length)) &&
        !this.#onCaption(i)
      )
        n++;
    }
    this.#cache.set(word, n);
    return Math.min(n, max);
  }
}

const EAGER_FROM = 1 << 20;

function isCaptionLine(line: string): boolean {
  return line.length < 60 && /^[\p{Ll}\s-]+$/u.test(line) && line.trim().split(/\s+/).length <= 5;
}

function isLetter(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  let known = LETTER[c]!;
  // each non-ASCII code unit asked of the regex once (a lone surrogate is no letter)
  if (known === 0) LETTER[c] = known = /\p{L}|\p{M}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
/** per UTF-16 code unit: 0 not yet known, 1 a letter or mark, 2 not */
const LETTER = new Uint8Array(0x10000);

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

function isLetterRun(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isLetter(s.charCodeAt(i))) return false;
  return true;
}
