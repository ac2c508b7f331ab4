import * as chrono from 'chrono-node';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Warning } from '../../corpus/schema';
import type { FrontMatter, Input, Rejected, SourceDoc } from './types';
import { htmlToText } from './html';

export const MAX_BYTES = 20 * 1024 * 1024;

/** `warnings`: what the reader had to guess (an article not in UTF-8), for the corpus's `warnings`. */
export type ReadResult = { ok: true; doc: SourceDoc; warnings: Warning[] } | { ok: false; rejected: Rejected };

const reject = (file: string, reason: string): ReadResult => ({ ok: false, rejected: { file, reason } });

/** Until the corpus carries them (`warnings`), a warning is at least seen: on stderr under Node, the console in a browser. */
const warnOnConsole = (w: Warning) => console.warn(`warning ${w.file}: ${w.message}`);

/** A caption label right after a lower-case letter, which no sentence writes ("…LeeImage: "). */
const GLUED_CAPTION = /(\p{Ll})(Image|Photo|Picture|Video|Credit|Caption): /gu;
/** The labels alone: a text without any (most) is not scanned by the expression, which tries every lower-case letter. */
const CAPTION_LABELS = ['Image: ', 'Photo: ', 'Picture: ', 'Video: ', 'Credit: ', 'Caption: '];
const unglueCaptions = (text: string) =>
  CAPTION_LABELS.some((l) => text.includes(l)) ? text.replace(GLUED_CAPTION, '$1\n$2: ') : text;

/**
 * Bytes of one file -> decoded, normalised text with its front matter, or the
 * reason it is refused. Each warning is also given to `onWarning` as it is made.
 */
export function readDocument(input: Input, id: string, onWarning: (w: Warning) => void = warnOnConsole): ReadResult {
  const { file, bytes } = input;
  if (bytes.length > MAX_BYTES) return reject(file, `too large (${bytes.length} bytes > 20 MB)`);
  if (bytes.length === 0) return reject(file, 'empty file');
  if (looksBinary(bytes)) return reject(file, 'binary file (NUL or control bytes)');
  const warnings: Warning[] = [];
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'UTF-8') {
    const w = {
      file,
      message: `not valid UTF-8: decoded as ${decoded.encoding}${decoded.detected ? ` (detected ${decoded.detected})` : ' (a guess: no encoding detected)'}`,
    };
    warnings.push(w);
    onWarning(w);
  }
  // BOM and Windows/old-Mac line ends: offsets are into this normalised text
  // and a picture's caption glued to the line before it by a page copied as text ("Ann LeeImage: …")
  const text = unglueCaptions(decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const { meta, body } = splitFrontMatter(text);
  let out = body;
  const ext = file.toLowerCase().split('.').pop() ?? '';
  if (ext === 'html' || ext === 'htm' || /^\s*<(!doctype html|html)/i.test(body.slice(0, 200))) {
    const html = htmlToText(body);
    out = html.text;
    if (!meta.title && html.title) meta.title = html.title;
    // the page's own metadata, where no front matter gave it
    if (!meta.published && html.published) meta.published = html.published;
    if (!meta.url && html.url) meta.url = html.url;
    if (!meta.outlet && html.outlet) meta.outlet = html.outlet;
  } else if (ext === 'md' || ext === 'markdown') {
    out = markdownToText(body);
  }
  if (out.trim() === '') return reject(file, 'empty file (no text)');
  return { ok: true, doc: { id, file, text: out, sha256: input.sha256 ?? bytesToHex(sha256(bytes)), meta }, warnings };
}

/** Below this chardet's first guess is noise (random high bytes score 10–20); windows-1252 is then the likelier. */
const MIN_CONFIDENCE = 30;

/**
 * UTF-8 if the bytes are valid UTF-8; else the encoding chardet finds, or
 * windows-1252, the usual encoding of older Western articles, when it finds
 * none it trusts (a short text with one é reads to it as "ASCII"). `detected`:
 * chardet's name and confidence for the encoding used.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string; detected?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: a legacy encoding
  }
  const found = chardet
    .analyse(bytes)
    .find((m) => m.confidence >= MIN_CONFIDENCE && !/^(ASCII|UTF-8)$/i.test(m.name) && iconv.encodingExists(m.name));
  // ISO-8859-1 as windows-1252, as browsers read it: 0x80–0x9F are then curly quotes and dashes, not invisible controls
  const encoding = !found || /^ISO-8859-1$/i.test(found.name) ? 'windows-1252' : found.name;
  const text = iconv.decode(bytes, encoding);
  return found ? { text, encoding, detected: `${found.name}, ${found.confidence}%` } : { text, encoding };
}

/** A NUL byte, or many control bytes, in the first 8 KB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  const head = bytes.subarray(0, n);
  if (head.indexOf(0) >= 0) return true;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

const FRONT_KEYS = new Set(['title', 'url', 'outlet', 'published', 'event']);
/** Other names for them in the plain header many exports open with ("Headline:", "Date:", "Source:"). */
const HEADER_KEYS: Readonly<Record<string, keyof FrontMatter | null>> = {
  title: 'title',
  headline: 'title',
  url: 'url',
  link: 'url',
  outlet: 'outlet',
  source: 'outlet',
  publication: 'outlet',
  published: 'published',
  date: 'published',
  event: 'event',
  // known, and not needed
  author: null,
  byline: null,
  section: null,
  tags: null,
  language: null,
};
const KEY_VALUE = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/;

/**
 * Front matter overrides what is inferred: a "---" / "key: value" lines / "---" block at the very top, or a plain
 * header of such lines ("Title: …", "Published: …") ended by a blank line, every line of it a known key.
 */
export function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  return fencedFrontMatter(text) ?? plainHeader(text) ?? { meta: {}, body: text };
}

function fencedFrontMatter(text: string): { meta: FrontMatter; body: string } | null {
  if (!text.startsWith('---\n')) return null;
  const close = text.indexOf('\n---', 3);
  if (close < 0 || close > 8192) return null;
  const meta: FrontMatter = {};
  for (const line of text.slice(4, close).split('\n')) {
    const m = KEY_VALUE.exec(line);
    const key = m?.[1]!.toLowerCase();
    if (key && FRONT_KEYS.has(key)) setMeta(meta, key as keyof FrontMatter, m![2]!);
  }
  const after = text.indexOf('\n', close + 4);
  return { meta, body: after < 0 ? '' : text.slice(after + 1) };
}

function plainHeader(text: string): { meta: FrontMatter; body: string } | null {
  const end = text.search(/\n[ \t]*\n/);
  if (end < 0 || end > 4096) return null;
  const meta: FrontMatter = {};
  for (const line of text.slice(0, end).split('\n')) {
    const m = KEY_VALUE.exec(line);
    const key = m?.[1]!.toLowerCase() ?? '';
    // (a line that is no known key: no header, but the article's own first lines)
    if (!m || !(key in HEADER_KEYS)) return null;
    const field = HEADER_KEYS[key];
    if (field) setMeta(meta, field, m[2]!);
  }
  if (!meta.title && !meta.published) return null;
  return { meta, body: text.slice(end).replace(/^\s*\n/, '') };
}

function setMeta(meta: FrontMatter, key: keyof FrontMatter, raw: string): void {
  const value = raw.replace(/^(["'])(.*)\1$/, '$2');
  if (!value) return;
  if (key !== 'published') meta[key] = value;
  else {
    const day = publishedDay(value);
    if (day) meta.published = day;
  }
}

/** "2025-03-14T09:00Z", "March 14, 2025", "14 March 2025": the day, or null when no whole date is written. */
export function publishedDay(value: string): string | null {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (iso) return iso;
  const date = chrono.strict.parseDate(value);
  if (!date) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Markdown markup that is not article text: heading marks, emphasis, link targets, images. */
export function markdownToText(md: string): string {
  return md
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
        .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g, '$2')
        .replace(/(^|\W)[*_](?=\S)([^*_\n]*?\S)[*_](?=\W|$)/g, '$1$2'),
    )
    .join('\n');
}

/** The document state after stage 01: later stages each return it with their own fields added. */
export interface Read {
  doc: SourceDoc;
  /** What was expected and not found (a guessed encoding, no speakers, no date), for the corpus's `warnings`. */
  warnings: string[];
}

/** Stage 01: one file's bytes as a document, or why the file is rejected. */
export function read(input: Input, id: string): { read: Read } | { rejected: Rejected } {
  const r = readDocument(input, id);
  return r.ok ? { read: { doc: r.doc, warnings: r.warnings.map((w) => w.message) } } : { rejected: r.rejected };
}
