/**
 * How often a word occurs in lower case in the text, looked up on demand and
 * cached: only the few candidate name words of a document are ever asked.
 */
export class LowerVocabulary {
  readonly #text: string;
  readonly #cache = new Map<string, number>();
  constructor(text: string) {
    this.#text = text;
  }
  /** A short all-lower-case line ("jane doe") is a caption, not a use of the word as a common word. */
  #onCaption(at: number): boolean {
    const from = this.#text.lastIndexOf('\n', at) + 1;
    let to = this.#text.indexOf('\n', at);
    if (to < 0) to = this.#text.length;
    return to - from < 60 && /^[\p{Ll}\s-]+$/u.test(this.#text.slice(from, to)) && this.#text.slice(from, to).trim().split(/\s+/).length <= 5;
  }
  has(word: string): boolean {
    return this.count(word, 1) > 0;
  }
  /** occurrences as a whole word, counting no further than `max` (at most 3) */
  count(word: string, max = 2): number {
    const hit = this.#cache.get(word);
    if (hit !== undefined) return Math.min(hit, max);
    let n = 0;
    for (let i = this.#text.indexOf(word); i >= 0 && n < 3; i = this.#text.indexOf(word, i + 1)) {
      if (!isLetter(this.#text.charCodeAt(i - 1)) && !isLetter(this.#text.charCodeAt(i + word.length)) && !this.#onCaption(i)) n++;
    }
    this.#cache.set(word, n);
    return Math.min(n, max);
  }
}

function isLetter(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && /\p{L}|\p{M}/u.test(String.fromCharCode(c));
}
