import { createHash } from 'node:crypto';
import type { FrontMatter, Input, Rejected, SourceDoc } from './types';
import { htmlToText } from './html';

export const MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; doc: SourceDoc } | { ok: false; rejected: Rejected };

const reject = (file: string, reason: string): ReadResult => ({ ok: false, rejected: { file, reason } });

/** Bytes of one file -> decoded, normalised text with its front matter, or the reason it is refused. */
export function readDocument(input: Input, id: string): ReadResult {
  const { file, bytes } = input;
  if (bytes.length > MAX_BYTES) return reject(file, `too large (${bytes.length} bytes > 20 MB)`);
  if (bytes.length === 0) return reject(file, 'empty file');
  if (looksBinary(bytes)) return reject(file, 'binary file (NUL or control bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return reject(file, 'not valid UTF-8');
  }
  // BOM and Windows/old-Mac line ends: offsets are into this normalised text
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { meta, body } = splitFrontMatter(text);
  let out = body;
  const ext = file.toLowerCase().split('.').pop() ?? '';
  if (ext === 'html' || ext === 'htm' || /^\s*<(!doctype html|html)/i.test(body.slice(0, 200))) {
    const html = htmlToText(body);
    out = html.text;
    if (!meta.title && html.title) meta.title = html.title;
  } else if (ext === 'md' || ext === 'markdown') {
    out = markdownToText(body);
  }
  if (out.trim() === '') return reject(file, 'empty file (no text)');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, doc: { id, file, text: out, sha256, meta } };
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

/** "---" / "key: value" lines / "---" at the very top overrides what is inferred. */
export function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const meta: FrontMatter = {};
  if (!text.startsWith('---\n')) return { meta, body: text };
  const close = text.indexOf('\n---', 3);
  if (close < 0 || close > 8192) return { meta, body: text };
  for (const line of text.slice(4, close).split('\n')) {
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
    if (FRONT_KEYS.has(key) && value) meta[key as keyof FrontMatter] = value;
  }
  const after = text.indexOf('\n', close + 4);
  const body = after < 0 ? '' : text.slice(after + 1);
  return { meta, body };
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
