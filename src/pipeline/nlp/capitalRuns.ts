/**
 * Runs of capitalised words, with the small words places contain ("Bosnia and Herzegovina", "Isle of Man"): what
 *
 *   /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?(?:[\s-]+(?:(?:of|and|the|de|da|del|du)\s+)?\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?)* /gu
 *
 * matches, each split into its words as /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?/gu splits it. Read in one pass over
 * the text, by code point: the gazetteer scans every article's whole text, and the two regular expressions (one
 * match object per run and per word) were most of that scan's time and garbage.
 */
export function forEachCapitalRun(src: string, visit: (raws: readonly string[], starts: readonly number[]) => void) {
  const n = src.length;
  raws.length = 0;
  starts.length = 0;
  for (let i = 0; i < n;) {
    const cp = codePointAt(src, i);
    const w = cp > 0xffff ? 2 : 1;
    if (!(classOf(cp) & UPPER) || (i > 0 && classOf(codePointBefore(src, i)) & WORDLIKE)) {
      i += w;
      continue;
    }
    raws.length = 0;
    starts.length = 0;
    let end = wordEnd(src, i);
    raws.push(src.slice(i, end));
    starts.push(i);
    for (;;) {
      // [\s-]+
      let k = end;
      while (k < n && isSpaceOrHyphen(src.charCodeAt(k))) k++;
      if (k === end) break;
      // (?:(?:of|and|the|de|da|del|du)\s+)? before the next capitalised word; else that word right here
      let next = -1;
      let small = -1;
      for (const word of SMALL_WORDS) {
        if (!src.startsWith(word, k)) continue;
        let q = k + word.length;
        if (q >= n || !isSpace(src.charCodeAt(q))) continue;
        while (q < n && isSpace(src.charCodeAt(q))) q++;
        if (q < n && classOf(codePointAt(src, q)) & UPPER) {
          next = q;
          small = word.length;
        }
        break;
      }
      if (next < 0) {
        if (!(classOf(codePointAt(src, k)) & UPPER)) break;
        next = k;
      }
      if (small > 0) {
        raws.push(src.slice(k, k + small));
        starts.push(k);
      }
      end = wordEnd(src, next);
      raws.push(src.slice(next, end));
      starts.push(next);
    }
    visit(raws, starts);
    i = end;
  }
}

/** Reused from run to run (visit must not keep them). */
const raws: string[] = [];
const starts: number[] = [];

/** In the order the alternation tries them; a word and its extension ("de", "del") never both fit before a space. */
const SMALL_WORDS = ['of', 'and', 'the', 'de', 'da', 'del', 'du'];

/** The end of \p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)? from `i`, a capital letter. */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  let j = i + (codePointAt(s, i) > 0xffff ? 2 : 1);
  while (j < n) {
    const cp = codePointAt(s, j);
    if (!(classOf(cp) & WORDLIKE)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  const c = s.charCodeAt(j);
  if ((c === 39 || c === 0x2019) && j + 1 < n && classOf(codePointAt(s, j + 1)) & LETTER) {
    j++;
    while (j < n) {
      const cp = codePointAt(s, j);
      if (!(classOf(cp) & LETTER)) break;
      j += cp > 0xffff ? 2 : 1;
    }
  }
  return j;
}

const UPPER = 1; // \p{Lu}
const LETTER = 2; // \p{L}
const WORDLIKE = 4; // [\p{L}\p{M}\p{N}]
const KNOWN = 8;
/** Classes of each BMP code point, asked of the regular expressions once each. */
const CLASSES = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return UPPER | LETTER | WORDLIKE;
    if (cp >= 97 && cp <= 122) return LETTER | WORDLIKE;
    return cp >= 48 && cp <= 57 ? WORDLIKE : 0;
  }
  if (cp > 0xffff) return classify(String.fromCodePoint(cp));
  let k = CLASSES[cp]!;
  if (k === 0) CLASSES[cp] = k = classify(String.fromCharCode(cp)) | KNOWN;
  return k & ~KNOWN;
}

function classify(ch: string): number {
  return (
    (/^\p{Lu}$/u.test(ch) ? UPPER : 0) |
    (/^\p{L}$/u.test(ch) ? LETTER : 0) |
    (/^[\p{L}\p{M}\p{N}]$/u.test(ch) ? WORDLIKE : 0)
  );
}

/** The code point at `i` as a /u expression reads it: a surrogate pair is one, a lone surrogate stands for itself. */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point ending just before `i`, as a /u lookbehind reads it. */
function codePointBefore(s: string, i: number): number {
  const d = s.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = s.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** \s: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isSpaceOrHyphen = (c: number) => c === 45 || isSpace(c);
