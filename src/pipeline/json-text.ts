/**
 * A document's text as the UTF-8 bytes of its JSON string, made while the
 * document is analysed (on either thread) instead of in the single-threaded
 * write at the end, where the texts of documents and quotes were most of the
 * bytes to serialise. `at` gives, for each requested character offset, where
 * its bytes start, so a quote's JSON is cut from its document's.
 */
export interface JsonText {
  /** the text itself: the bytes are used only for this very string */
  text: string;
  /** JSON.stringify(text) as UTF-8 */
  bytes: Uint8Array;
  /** the character offsets asked for */
  offsets: Int32Array;
  /** per offset: the byte offset in `bytes` where that character's encoding starts; -1 inside a surrogate pair */
  at: Int32Array;
}

/**
 * JSON.stringify(text) as UTF-8 (quotes, escapes and lone surrogates as it
 * writes them), and the byte offset of each of `offsets` (character offsets
 * into text, 0..text.length, any order).
 */
export function encodeJsonText(text: string, offsets: readonly number[] = []): JsonText {
  const n = text.length;
  const order = offsets.map((_, k) => k).sort((a, b) => offsets[a]! - offsets[b]!);
  const at = new Int32Array(offsets.length).fill(-1);
  const need = 6 * n + 2;
  // room for the worst case (six bytes per character); a huge text gets a buffer of its own
  if (scratch.length < need && need <= MAX_SCRATCH) scratch = new Uint8Array(Math.min(MAX_SCRATCH, Math.max(need, 2 * scratch.length)));
  const buf = scratch.length >= need ? scratch : new Uint8Array(need);
  let p = 0;
  buf[p++] = 34;
  let next = 0;
  for (let i = 0; i <= n; i++) {
    while (next < order.length && offsets[order[next]!]! <= i) {
      const k = order[next++]!;
      if (offsets[k] === i) at[k] = p;
    }
    if (i === n) break;
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 34 && c !== 92) buf[p++] = c;
      else {
        buf[p++] = 92;
        const short = SHORT_ESCAPE[c]!;
        if (short) buf[p++] = short;
        else p = hex4(buf, p, c);
      }
    } else if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 63);
    } else if (c < 0xd800 || c >= 0xe000) {
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 63);
      buf[p++] = 0x80 | (c & 63);
    } else {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        buf[p++] = 0xf0 | (cp >> 18);
        buf[p++] = 0x80 | ((cp >> 12) & 63);
        buf[p++] = 0x80 | ((cp >> 6) & 63);
        buf[p++] = 0x80 | (cp & 63);
        // an offset between the two halves has no bytes of its own (at stays -1)
        i++;
      } else {
        // a lone surrogate: JSON.stringify escapes it (well-formed JSON)
        buf[p++] = 92;
        p = hex4(buf, p, c);
      }
    }
  }
  buf[p++] = 34;
  // a copy of its own size: it may move to another thread
  return { text, bytes: buf.slice(0, p), offsets: Int32Array.from(offsets), at };
}

/** reused from document to document (per thread) */
let scratch = new Uint8Array(1 << 16);
const MAX_SCRATCH = 1 << 24;

/** \" \\ \b \f \n \r \t; other control characters are written \u00xx */
const SHORT_ESCAPE = new Uint8Array(128);
SHORT_ESCAPE[34] = 34;
SHORT_ESCAPE[92] = 92;
SHORT_ESCAPE[8] = 98;
SHORT_ESCAPE[12] = 102;
SHORT_ESCAPE[10] = 110;
SHORT_ESCAPE[13] = 114;
SHORT_ESCAPE[9] = 116;

/** "u" and four lower-case hex digits of c */
function hex4(buf: Uint8Array, p: number, c: number): number {
  buf[p++] = 117;
  for (let shift = 12; shift >= 0; shift -= 4) {
    const d = (c >> shift) & 15;
    buf[p++] = d < 10 ? 48 + d : 87 + d;
  }
  return p;
}

/**
 * [from, to) in t.bytes holding the JSON of text.slice(start, end) without
 * its quotation marks, when start and end were among the offsets asked for and
 * `text` really is that slice; else null (also for a cut inside a surrogate
 * pair, whose halves JSON escapes alone).
 */
export function jsonSliceOf(t: JsonText, start: number, end: number, text: string, hint = 0): [number, number] | null {
  const o = t.offsets;
  const pairs = o.length >> 1;
  for (let j = 0; j < pairs; j++) {
    // quotes are asked in the order they were given: start looking at the hint
    const k = (hint + j) % pairs;
    if (o[2 * k] !== start || o[2 * k + 1] !== end) continue;
    const a = t.at[2 * k]!;
    const b = t.at[2 * k + 1]!;
    // slice and ===: a view of the text compared at memory speed (startsWith compared ~4× slower)
    if (a < 0 || b < 0 || end - start !== text.length || t.text.slice(start, end) !== text) return null;
    return [a, b];
  }
  return null;
}
