import type { Line, LineInfo } from './types';
import { nameKey } from '../nlp/names';
import { DATE_AT_END, LIST_ITEM } from './headings';
import type { LayoutSpoken } from './06-layoutSpeakers';

export interface DocQuote {
  speaker: string;
  start: number;
  end: number;
  /** Absent for direct quotes. */
  kind?: 'reported';
}

const MAX_BACK = 4;

/** [start, end) of a passage with its quotation marks, spaces and a trailing comma trimmed off. */
export function trimQuote(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s“”"«»„‘]/.test(text[start]!)) start++;
  while (end > start && /[\s“”"«»„,’]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The line opens with the surname of `key` ("jane doe"): narration about the person, not their words. */
function talksAbout(line: Line | undefined, key: string): boolean {
  if (!line || /^[“"]/.test(line.text)) return false;
  const surname = key.split(' ').pop()!;
  // the paragraph opens with the name: "Jane Doe, 27, …", "Doe was …"
  return nameKey(line.text.slice(0, 80))
    .split(/[^\p{L}'-]+/u)
    .slice(0, 4)
    .includes(surname);
}

/** Whether a block of speech after a heading is written in quotation marks (then leading narration is not speech). */
function quotedStyle(info: LineInfo[], lines: Line[], from: number): boolean {
  for (let j = from + 1; j < info.length; j++) {
    const k = info[j]!.kind;
    if (k === 'heading' || k === 'caption' || k === 'boundary') break;
    if (k === 'prose' && /^[“"‘]/.test(lines[j]!.text)) return true;
  }
  return false;
}

/**
 * 07: passages attributed to speakers. After a heading or caption, every
 * paragraph until the next heading, caption or boundary is the speaker's,
 * unless the text attributes a quote to someone else. Outside such blocks only
 * quoted passages count: attributed by name, or by "she said" to the last
 * speaker named. A lower-case caption inside a speech also takes the unquoted
 * paragraphs just before it (the speech starts before its caption).
 */
export function extractQuotes(text: string, lines: Line[], info: LineInfo[]): DocQuote[] {
  const quotes: DocQuote[] = [];
  const taken = new Set<number>();
  let mode: 'none' | 'block' | 'inline' = 'none';
  let current: string | null = null;
  let blockSpeaker: string | null = null;
  let hasSpeech = false;
  let quotedBlock = false;
  let strict = false;
  const push = (speaker: string, s: number, e: number, line: number) => {
    const [a, b] = trimQuote(text, s, e);
    if (b - a >= 2) quotes.push({ speaker, start: a, end: b });
    taken.add(line);
  };

  info.forEach((li, i) => {
    const line = lines[i]!;
    switch (li.kind) {
      case 'duplicate':
      case 'photo':
        return;
      case 'heading':
      case 'caption':
        mode = 'block';
        current = blockSpeaker = li.speaker!;
        hasSpeech = false;
        quotedBlock = li.intro === true || (li.kind === 'heading' && quotedStyle(info, lines, i));
        strict = li.intro === true;
        if (li.speechFrom !== undefined) {
          push(current, li.speechFrom, line.end, i);
          hasSpeech = true;
          // ("- Tom Reid, chief executive of X: "…"": an item of a list says its words in its own line; the next
          // item is someone else's)
          if (LIST_ITEM.test(line.text)) {
            mode = 'none';
            current = blockSpeaker = null;
            return;
          }
        }
        // a name over unquoted text about that person ("Jane Doe, 27, was arrested…") is not a speech
        if (li.kind === 'heading' && !quotedBlock && li.speechFrom === undefined && talksAbout(lines[i + 1], current)) {
          mode = 'none';
          current = blockSpeaker = null;
          return;
        }
        if (li.kind === 'caption') {
          // the speech started before its caption: take the unquoted paragraphs just above
          const back: number[] = [];
          for (let j = i - 1; j >= 0 && back.length < MAX_BACK; j--) {
            const lj = info[j]!;
            if (lj.kind !== 'prose' || lj.quoted || taken.has(j)) break;
            back.unshift(j);
          }
          for (const j of back) push(current, lines[j]!.start, lines[j]!.end, j);
          hasSpeech = true;
        }
        return;
      case 'section':
        if (DATE_AT_END.test(line.text)) return; // a photo caption that also names a section
        mode = 'none';
        current = blockSpeaker = null;
        return;
      case 'boundary':
        mode = 'none';
        current = blockSpeaker = null;
        return;
      case 'prose':
        break;
    }
    // after "…, said:" the speech is the quoted paragraphs; narration after them is not
    if (strict && mode === 'block' && hasSpeech && !li.quoted) {
      mode = 'none';
      current = blockSpeaker = null;
      return;
    }
    if (!li.attributed && mode === 'block' && blockSpeaker) {
      if (li.quoted || !quotedBlock || hasSpeech) {
        push(blockSpeaker, line.start, line.end, i);
        hasSpeech = true;
      }
      return;
    }
    if (li.spans.length === 0) return;
    let lineSpeaker: string | null = null;
    for (const s of li.spans) if (s.attribution?.kind === 'name') lineSpeaker ??= s.attribution.key;
    let prev: string | null = null;
    for (const s of li.spans) {
      const a = s.attribution;
      // named; unnamed ("several members said"); or "she added" and unattributed: the nearest speaker
      const who: string | null =
        a?.kind === 'name' ? a.key : a?.kind === 'unnamed' ? null : (prev ?? lineSpeaker ?? current);
      if (!who) continue;
      push(who, s.start, s.end, i);
      prev = who;
    }
    if (lineSpeaker) {
      current = lineSpeaker;
      if (lineSpeaker !== blockSpeaker) mode = 'inline';
      else hasSpeech = true;
    }
  });
  return mergeAdjacent(text, quotes);
}

/**
 * One speech is one quote: passages of the same speaker separated only by
 * blank lines and quotation marks join up ("speeches run across paragraphs").
 */
export function mergeAdjacent(text: string, quotes: DocQuote[]): DocQuote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const out: DocQuote[] = [];
  for (const q of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      last.speaker === q.speaker &&
      q.start >= last.end &&
      /^[\s“”"«»„‘’]*$/.test(text.slice(last.end, q.start))
    )
      last.end = Math.max(last.end, q.end);
    else if (!last || q.start >= last.end) out.push({ ...q });
  }
  return out;
}

export interface LayoutQuoted extends LayoutSpoken {
  layoutQuotes: DocQuote[];
}

/** Stage 07: the words the layout gives each of its speakers. */
export function findLayoutQuotes(s: LayoutSpoken): LayoutQuoted {
  return { ...s, layoutQuotes: extractQuotes(s.doc.text, s.lines, s.scan.info) };
}
