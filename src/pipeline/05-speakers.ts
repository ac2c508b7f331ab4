import type { Attribution, DocSpeaker, Line, LineInfo, LineKind, Span } from './types';
import { isProse } from './02-segment';
import { findPlaces, NOT_NAME_WORDS, PARTICLES } from './lexicon';
import { STOP_WORDS } from '../lib/tokenize';
import { findName, isDescriptorWord, isPersonalHonorific, nameKey, wordTokens } from './names';
import { leadingTitle, parseAfter, parseBefore, quoteSpans, type Found, type FoundName } from './attribution';

const DATE_AT_END = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{2,4}\s*$/;
/** Words that may follow a heading's name: "Lena Holm from the …", "Tomas Berg of the …". */
const AFTER_NAME = new Set(['from', 'of', 'representing', 'at', 'in', 'with', 'for']);

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

/** "Danish MP Karen Lund", "Omar Haddad, President of …", "Lea Brun, Researcher, …:" */
export function parseHeading(line: Line, vocab: { has(w: string): boolean }): FoundName | null {
  const text = line.text;
  if (line.words > 45 || /^[“"‘']/.test(text) || /[.!?”"]$/.test(text)) return null;
  const toks = wordTokens(text);
  const hit = findName(toks, 0, text, vocab, 2, 6);
  if (!hit) return null;
  // everything before the name is a title, except lower-case words other than role words
  if (toks.slice(0, hit.nameFrom).some((t) => /^\p{Ll}/u.test(t.raw) && !isDescriptorWord(t))) return null;
  const next = toks[hit.to];
  if (next && !/^\s*[,:(–—-]/.test(next.sep) && !AFTER_NAME.has(next.norm)) return null;
  const titles: string[] = [];
  const prefix = toks.slice(0, hit.nameFrom).filter((t) => !isPersonalHonorific(t));
  if (prefix.length) titles.push(text.slice(prefix[0]!.start, prefix[prefix.length - 1]!.end));
  const rest = text.slice(toks[hit.to - 1]!.end).replace(/^[\s,:(–—-]+/, '').replace(/[\s:]+$/, '');
  if (rest) titles.push(rest);
  return { name: hit.name, surface: hit.surface, titles };
}

/** "Jane Doe, Minister of Health: We must act now.": a heading run into its speech. */
function parseRunIn(line: Line, vocab: LowerVocabulary): { who: FoundName; at: number } | null {
  const colon = line.text.indexOf(': ');
  if (colon < 5 || colon > 160) return null;
  const head = line.text.slice(0, colon);
  const rest = line.text.slice(colon + 1);
  if (/[.!?“”"]/.test(head.replace(/\b(?:\p{Lu}\.)+|\b(?:Dr|Mr|Mrs|Ms|St|Prof|Sen|Amb|Rep|Gen)\./gu, '')) || rest.trim().split(/\s+/).length < 4) return null;
  const who = parseHeading({ ...line, text: head, end: line.start + colon, words: head.split(/\s+/).length }, vocab);
  return who ? { who, at: colon + 1 } : null;
}

/** "jane doe": a lower-case image caption naming the speaker, words the text uses nowhere else. */
function parseLowerCaption(line: Line, vocab: LowerVocabulary): FoundName | null {
  if (line.words < 2 || line.words > 5) return null;
  const words = line.text.split(/\s+/);
  const inner = words.slice(1, -1);
  // "jan van der berg": particles may sit inside; the other words appear nowhere else
  if (words.length - inner.filter((w) => PARTICLES.has(w)).length > 3) return null;
  const ok = words.every(
    (w, i) =>
      /^\p{Ll}{2,}$/u.test(w) &&
      ((i > 0 && i < words.length - 1 && PARTICLES.has(w)) ||
        // used nowhere in running text (other captions do not count: "gareth x", "gareth y")
        (!STOP_WORDS.has(w) && !NOT_NAME_WORDS.has(w) && vocab.count(w, 1) === 0)),
  );
  return ok ? { name: line.text, surface: line.text, titles: [] } : null;
}

/** The country of a "Union supporters in Canada" style heading; `null` code when it names the focus country. */
function parseSection(line: Line, focus: string | null): { code: string | null; basis: string } | null {
  // a heading, or a photo caption ending in a date; never a sentence
  if (/[.!?”"]$|[.!?]\s/.test(line.text) || (line.words > 12 && !DATE_AT_END.test(line.text))) return null;
  for (const hit of findPlaces(line.text)) {
    if (!/\bin\s+(?:the\s+)?$/i.test(line.text.slice(Math.max(0, hit.index - 12), hit.index))) continue;
    return { code: hit.code === focus ? null : hit.code, basis: line.text };
  }
  return null;
}

export interface SpeakerScan {
  info: LineInfo[];
  speakers: Map<string, DocSpeaker>;
}

/**
 * 05: who speaks where. Classifies every line (speaker heading, repeated
 * caption, section heading, boundary, prose) and reads the attribution of each
 * quoted passage. Names are keyed per document; short forms ("said Lund",
 * "Sen. Lund") resolve to the full name the document gives.
 */
export function scanSpeakers(text: string, lines: Line[], focusCountry: string | null): SpeakerScan {
  const vocab = new LowerVocabulary(text);
  const speakers = new Map<string, DocSpeaker>();
  const register = (who: FoundName, line: number, section: DocSpeaker['section'], inline = false): string => {
    const key = nameKey(who.name);
    let sp = speakers.get(key) ?? findByFirstLast(speakers, key) ?? (inline ? bySurname(speakers, key, line) : undefined);
    if (!sp) {
      sp = { key, name: who.name, surfaces: new Set(), titles: [], section, firstLine: line };
      speakers.set(key, sp);
    }
    sp.surfaces.add(who.surface);
    sp.surfaces.add(who.name);
    for (const t of who.titles) if (!sp.titles.includes(t)) sp.titles.push(t);
    return sp.key;
  };

  const headings = lines.map((l) => parseHeading(l, vocab) ?? parseLowerCaption(l, vocab));
  const runIns = lines.map((l, i) => (headings[i] ? null : parseRunIn(l, vocab)));
  const info: LineInfo[] = [];
  // a section heading introduces speakers: a speaker heading follows within a few lines
  const followedByHeading = (i: number): boolean => {
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      if (headings[j]) return true;
      const t = lines[j]!.text;
      if (!(DATE_AT_END.test(t) || (lines[j]!.words <= 12 && !isProse(lines[j]!)))) return false;
    }
    return false;
  };
  let section: DocSpeaker['section'] = null;
  const pending: { span: Span; who: FoundName; line: number }[] = [];

  lines.forEach((line, i) => {
    const head = headings[i];
    const next = lines[i + 1];
    let kind: LineKind = 'prose';
    let speaker: string | undefined;
    const lower = head !== null && head !== undefined && head.name === line.text;
    if (head && next && headings[i + 1] && nameKey(headings[i + 1]!.name) === nameKey(head.name)) kind = 'duplicate';
    // a lower-case caption sits inside a speech, often cutting a sentence in two
    else if (head && next && (isProse(next) || DATE_AT_END.test(next.text)) && (!lower || i > 0)) {
      kind = lower ? 'caption' : 'heading';
      speaker = register(head, i, section);
    } else if (runIns[i]) {
      kind = 'heading';
      speaker = register(runIns[i]!.who, i, section);
    } else {
      const sec = followedByHeading(i) ? parseSection(line, focusCountry) : null;
      if (sec) {
        kind = 'section';
        section = sec.code ? { code: sec.code, basis: sec.basis } : null;
      } else if (DATE_AT_END.test(line.text) && !/^[“"]/.test(line.text)) kind = 'photo';
      else if (!isProse(line) && line.words <= 12 && !(next && /^\p{Ll}/u.test(next.text))) kind = 'boundary';
    }
    const spans: Span[] = [];
    let attributed = false;
    const quoted = /[“”"«»„]/.test(line.text);
    if (kind === 'prose' && quoted) {
      const raw = quoteSpans(line.text);
      raw.forEach((r, k) => {
        const after = line.text.slice(r.end, raw[k + 1]?.start ?? line.text.length);
        const before = line.text.slice(raw[k - 1]?.end ?? 0, r.start);
        const found: Found | null = parseAfter(after, r, vocab) ?? (r.start > 0 ? parseBefore(before, vocab) : null);
        const span: Span = { start: line.start + r.start, end: line.start + r.end, attribution: null };
        if (found) attributed = true;
        if (found?.kind === 'name') pending.push({ span, who: found.who, line: i });
        else if (found) span.attribution = found;
        spans.push(span);
      });
    }
    info.push({ kind, speaker, spans, quoted, attributed, ...(runIns[i] && kind === 'heading' ? { speechFrom: line.start + runIns[i]!.at } : {}) });
  });

  // inline names: full names become speakers, short ones resolve to a full name of this document
  for (const p of pending) if (nameKey(p.who.name).includes(' ')) p.span.attribution = { kind: 'name', key: register(p.who, p.line, null, true) };
  for (const p of pending) {
    if (p.span.attribution) continue;
    const sp = bySurname(speakers, nameKey(p.who.name), p.line);
    if (sp) {
      sp.surfaces.add(p.who.surface);
      for (const t of p.who.titles) if (!sp.titles.includes(t)) sp.titles.push(t);
      p.span.attribution = { kind: 'name', key: sp.key } satisfies Attribution;
    } else {
      // "…," Modi said: the full name stands somewhere earlier in the narration
      const full = recoverFullName(lines, nameKey(p.who.name), p.line, vocab);
      p.span.attribution = full ? { kind: 'name', key: register(full, p.line, null, true) } : { kind: 'unnamed' };
      if (full) speakers.get(p.span.attribution.kind === 'name' ? p.span.attribution.key : '')?.surfaces.add(p.who.surface);
    }
  }
  return { info, speakers };
}

/** The nearest full name ending in `surname` at or before line `upto`, with the title written before it. */
function recoverFullName(lines: Line[], surname: string, upto: number, vocab: LowerVocabulary): FoundName | null {
  if (surname.includes(' ')) return null;
  for (let i = upto; i >= 0; i--) {
    const line = lines[i]!;
    if (!line.text.toLowerCase().includes(surname)) continue;
    const toks = wordTokens(line.text);
    for (let j = toks.length - 1; j > 0; j--) {
      if (toks[j]!.norm !== surname) continue;
      for (let k = Math.max(0, j - 3); k < j; k++) {
        const hit = findName(toks, k, line.text, vocab, 2, 0);
        if (hit && hit.to === j + 1) return { name: hit.name, surface: hit.surface, titles: leadingTitle(toks, hit.nameFrom, line.text) };
      }
    }
  }
  return null;
}

/** "Ana Silva" is "Ana Maria Silva": same first and last word. */
function findByFirstLast(speakers: Map<string, DocSpeaker>, key: string): DocSpeaker | undefined {
  const w = key.split(' ');
  if (w.length < 2) return undefined;
  for (const sp of speakers.values()) {
    const v = sp.key.split(' ');
    if (v[0] === w[0] && v[v.length - 1] === w[w.length - 1]) return sp;
  }
  return undefined;
}

/** The speaker whose last name is `surname`; with two ("Ana Silva", "Rosa Silva") the latest one introduced before `line`. */
function bySurname(speakers: Map<string, DocSpeaker>, surname: string, line: number): DocSpeaker | undefined {
  let best: DocSpeaker | undefined;
  for (const sp of speakers.values()) {
    if (!sp.key.endsWith(' ' + surname)) continue;
    if (!best || (sp.firstLine <= line && (best.firstLine > line || sp.firstLine > best.firstLine))) best = sp;
  }
  return best;
}
