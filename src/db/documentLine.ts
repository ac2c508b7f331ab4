import { PLAIN_RECORD, type Document } from '../corpus';

/** The bytes a document's line starts with, as the pipeline writes it: `["documents",{"id":…`. */
export const DOCUMENT_LINE_START = new TextEncoder().encode('["documents",{');
/** The text's key and the quote opening its value: `,"text":"`. */
const TEXT_KEY = new TextEncoder().encode(',"text":"');
const TEXT_NAME = new TextEncoder().encode('"text"');

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Whether `bytes[at…]` starts with `prefix`. */
export function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/**
 * A documents line read without decoding its text (`source[start..end)`, its UTF-8 bytes): the record
 * with `text: ''` and the text's length in UTF-16 code units (what a quote's offsets count), or
 * undefined when the line is not as the pipeline writes one — then it is read as any other line,
 * which decides and words what is wrong. The text's bytes are checked as JSON.parse and a fatal
 * TextDecoder would check them (a JSON string of valid UTF-8) but never become a string: at 10,000
 * articles they are 136 MB, two bytes a character once decoded (every text has a curly quote), and
 * a loader that leaves quote texts in IndexedDB needs only their length (bench/README.md).
 *
 * The record is the line parsed with its text's value emptied. That changes nothing else: the key
 * is found as `,"text":"`, whose quotes a JSON string can hold only escaped, so in a valid line it
 * is a key and its value the string scanned here (a line with a second "text" key is left alone).
 */
export function readDocumentLine(
  source: Uint8Array,
  start: number,
  end: number,
): { record: Document; textLength: number } | undefined {
  if (!startsWith(source, start, DOCUMENT_LINE_START)) return undefined;
  let key = start + DOCUMENT_LINE_START.length;
  for (;;) {
    key = source.indexOf(TEXT_KEY[0]!, key);
    if (key < 0 || key >= end) return undefined;
    if (startsWith(source, key, TEXT_KEY)) break;
    key++;
  }
  const from = key + TEXT_KEY.length;
  // the value's characters in UTF-16 code units, up to its closing quote
  let units = 0;
  let i = from;
  for (;;) {
    if (i >= end) return undefined;
    const b = source[i]!;
    if (b === 0x22) break;
    if (b < 0x80) {
      if (b < 0x20) return undefined; // a control character must be escaped
      if (b === 0x5c) {
        const c = source[i + 1];
        if (c === 0x75) {
          for (let k = i + 2; k < i + 6; k++) if (!isHex(source[k])) return undefined;
          i += 6;
        } else if (
          c === 0x22 ||
          c === 0x5c ||
          c === 0x2f ||
          c === 0x62 ||
          c === 0x66 ||
          c === 0x6e ||
          c === 0x72 ||
          c === 0x74
        )
          i += 2;
        else return undefined;
      } else i++;
      units++;
      continue;
    }
    // a UTF-8 sequence as the encoding allows it (no overlong forms, surrogates or code points past U+10FFFF)
    const n = sequenceLength(source, i, end);
    if (n === 0) return undefined;
    units += n === 4 ? 2 : 1;
    i += n;
  }
  const close = i;
  // a second "text" key after the one emptied would be the value JSON.parse keeps
  for (let k = source.indexOf(0x22, close + 1); k >= 0 && k < end; k = source.indexOf(0x22, k + 1))
    if (startsWith(source, k, TEXT_NAME)) return undefined;
  const head = new Uint8Array(from - start + (end - close));
  head.set(source.subarray(start, from), 0);
  head.set(source.subarray(close, end), from - start);
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(head));
  } catch {
    return undefined;
  }
  if (!Array.isArray(json) || json.length !== 2 || json[0] !== 'documents') return undefined;
  const record = json[1] as Document;
  if (!PLAIN_RECORD.documents!(record) || record.text !== '') return undefined;
  return { record, textLength: units };
}

const isHex = (c: number | undefined) =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
const isTail = (c: number | undefined) => c !== undefined && c >= 0x80 && c <= 0xbf;

/** Bytes of the valid UTF-8 sequence (two to four bytes) at `source[i]`, or 0. */
function sequenceLength(source: Uint8Array, i: number, end: number): number {
  const b = source[i]!;
  if (b >= 0xc2 && b <= 0xdf) return i + 1 < end && isTail(source[i + 1]) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (i + 2 >= end) return 0;
    const c = source[i + 1]!;
    const ok = b === 0xe0 ? c >= 0xa0 && c <= 0xbf : b === 0xed ? c >= 0x80 && c <= 0x9f : isTail(c);
    return ok && isTail(source[i + 2]) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (i + 3 >= end) return 0;
    const c = source[i + 1]!;
    const ok = b === 0xf0 ? c >= 0x90 && c <= 0xbf : b === 0xf4 ? c >= 0x80 && c <= 0x8f : isTail(c);
    return ok && isTail(source[i + 2]) && isTail(source[i + 3]) ? 4 : 0;
  }
  return 0;
}
