import speechData from '../../../data/speech.json';
import { PARTY_STATE_TAG } from './lexicon';
import { CLOSE, OPEN } from './quoteMarks';
import {
  findName,
  isDescriptorWord,
  isHonorific,
  isPersonalHonorific,
  nameRunAt,
  ROLE_WORDS,
  wordTokens,
  type Tok,
} from './names';

/** [start, end) of quoted passages in one line, relative to the line; `closedWithComma` when it ends ‘…,”’. */
export interface RawSpan {
  start: number;
  end: number;
  comma: boolean;
}

/**
 * Quoted passages of a line. Handles nesting (“… “inner” …”), a quote left open
 * to the end of the paragraph (the next paragraph continues it), and a closing
 * mark with no opening one (the paragraph continues an earlier quote).
 */
export function quoteSpans(line: string, singleQuotes = false): RawSpan[] {
  if (singleQuotes) return singleQuoteSpans(line);
  const spans: RawSpan[] = [];
  let depth = 0;
  let from = -1;
  const marks = /[“„«”»"]/g;
  for (let mk = marks.exec(line); mk !== null; mk = marks.exec(line)) {
    const i = mk.index;
    const c = mk[0];
    const straight = c === '"';
    if (OPEN.has(c) || (straight && depth === 0)) {
      if (depth === 0) from = i;
      depth++;
    } else if (CLOSE.has(c) || straight) {
      if (depth > 0) {
        depth--;
        if (depth === 0) spans.push(makeSpan(line, from, i + 1));
      } else if (spans.length === 0) {
        // paragraph continues a quote opened in an earlier paragraph
        spans.push(makeSpan(line, 0, i + 1));
      }
    }
  }
  if (depth > 0 && from >= 0) spans.push(makeSpan(line, from, line.length));
  return spans.filter((s) => s.end - s.start > 1);
}

/**
 * British style, for documents with no double quotation marks: ‘…’ where the
 * opening mark starts a word and the closing one ends it, so the apostrophes
 * of "don’t" and "workers’ rights" are not taken for quote marks.
 */
function singleQuoteSpans(line: string): RawSpan[] {
  const spans: RawSpan[] = [];
  const open = /(?:^|[\s(—–-])‘(?=\S)/g;
  for (let m = open.exec(line); m !== null; m = open.exec(line)) {
    const from = m.index + m[0].length - 1;
    // closing: after punctuation (‘We will,’ / ‘Never.’) or before it, or at the end of the line
    const close = /(?<=[,.!?…])’|(?<=\S)’(?=[,.;:!?)]|\s*$)/gu;
    close.lastIndex = from + 1;
    const c = close.exec(line);
    const end = c ? c.index + 1 : line.length;
    spans.push(makeSpan(line, from, end));
    open.lastIndex = end;
  }
  return spans.filter((s) => s.end - s.start > 1);
}

function makeSpan(line: string, start: number, end: number): RawSpan {
  const inner = line
    .slice(start, end)
    .replace(/[”"»’]$/, '')
    .trimEnd();
  return { start, end, comma: /[,?!]$/.test(inner) };
}

export const SPEECH_VERBS: ReadonlySet<string> = new Set(speechData.attributionVerbs);
const PRONOUNS = new Set(['he', 'she', 'they']);
/** Plural or indefinite subjects: someone spoke, but not a person we can name. */
const UNNAMED: ReadonlySet<string> = new Set(speechData.unnamedSubjects);

export interface FoundName {
  /** name without honorific, as written */
  name: string;
  /** the surface form, honorific included: "Sen. Lund" */
  surface: string;
  /** descriptor words around the name: "Swedish MP", "former Colombian senator" */
  titles: string[];
}
export type Found = { kind: 'name'; who: FoundName } | { kind: 'anaphor' } | { kind: 'unnamed' };

/** The name at token `i`, with an honorific before it; one word is enough after an honorific or a verb. */
function nameAt(
  toks: readonly Tok[],
  i: number,
  text: string,
  vocab: { has(w: string): boolean },
): { who: FoundName; to: number; nameFrom: number } | null {
  let k = i;
  while (k < toks.length && isHonorific(toks[k]!) && k - i < 2) k++;
  const run = nameRunAt(toks, k, text, vocab, 1);
  if (!run) return null;
  const start = toks[i]!.start;
  return {
    who: { name: run.text, surface: text.slice(start, toks[run.to - 1]!.end), titles: [] },
    to: run.to,
    nameFrom: k,
  };
}

/** Descriptor words from `from` up to `to` as one title string, or nothing. */
function titleOf(toks: readonly Tok[], from: number, to: number, text: string): string[] {
  const t = toks.slice(from, to).filter((x) => !isPersonalHonorific(x));
  // a lone "Sen." or "MP" is part of the name's surface, not a title
  if (t.length === 0 || (t.length === 1 && isHonorific(t[0]!))) return [];
  return [text.slice(t[0]!.start, t[t.length - 1]!.end)];
}

/** Text after a closing quote: "…,” Name, appositive, said" / "…,” said Name" / "…,” she added". */
export function parseAfter(seg: string, span: RawSpan, vocab: { has(w: string): boolean }): Found | null {
  const toks = wordTokens(seg, 30);
  if (toks.length === 0) return null;
  const first = toks[0]!;
  // an attribution follows a quote that ends in a comma (or ?/!): “…,” she said
  if (!span.comma || /[.!?]/.test(first.sep.replace(/[”"’]/g, ''))) return null;
  if (SPEECH_VERBS.has(first.norm)) return afterVerb(toks, 1, seg, vocab);
  if (PRONOUNS.has(first.norm)) return toks[1] && SPEECH_VERBS.has(toks[1].norm) ? { kind: 'anaphor' } : null;
  // "the party President-elect continued", "several union members said"
  let i = 0;
  if (first.norm === 'the' || UNNAMED.has(first.norm)) {
    // "the party leader continued" refers back to a person; "the statement said" does not
    let unnamed = UNNAMED.has(first.norm);
    let person = false;
    for (i = 1; i < Math.min(toks.length, 7); i++) {
      const t = toks[i]!;
      if (SPEECH_VERBS.has(t.norm)) return unnamed || !person ? { kind: 'unnamed' } : { kind: 'anaphor' };
      if (UNNAMED.has(t.norm)) unnamed = true;
      if (ROLE_WORDS.has(t.norm)) person = true;
      if (/[.!?]/.test(t.sep)) return null;
    }
    return null;
  }
  // a title, then the name: "Danish MP Karen Lund, Member of …, said"
  const found = findName(toks, 0, seg, vocab, 1, 7);
  // "…,” Amnesty International said": someone spoke, but not a person
  if (!found) return toks.slice(0, 8).some((t) => SPEECH_VERBS.has(t.norm)) ? { kind: 'unnamed' } : null;
  const hit = {
    to: found.to,
    who: { name: found.name, surface: found.surface, titles: titleOf(toks, 0, found.nameFrom, seg) } as FoundName,
  };
  const who = hit.who;
  // up to the verb: an appositive ", former Colombian senator," or "from the … community"
  for (let j = hit.to; j < toks.length && j < hit.to + 22; j++) {
    const t = toks[j]!;
    if (/[.!?]/.test(t.sep)) break;
    if (SPEECH_VERBS.has(t.norm)) {
      const app = seg.slice(toks[hit.to]?.start ?? 0, toks[j - 1]!.end).replace(/^[\s,]+|[\s,]+$/g, '');
      // an apposition is closed by a comma or a bracket, or led by a preposition; ", Jo Tan and Al Roy signed a letter saying" is none
      const between = seg.slice(toks[hit.to - 1]!.end, t.start);
      const closed =
        /^\s*\(/.test(between) ||
        (/^\s*,/.test(between) ? /,\s*$/.test(between) : /^\s+(?:from|of|at|with|for|in)\s/i.test(between));
      if (j > hit.to && app && closed) who.titles.push(app);
      return { kind: 'name', who };
    }
  }
  // "…,” British MP Jane Doe, former Secretary of State." — name right after a quote that ends in a comma
  if (span.comma && hit.to <= 8) {
    const rest = seg
      .slice(toks[hit.to - 1]!.end)
      .split(/[.“"]/)[0]!
      .replace(/^[\s,]+|[\s,]+$/g, '');
    if (rest) who.titles.push(rest);
    return { kind: 'name', who };
  }
  return null;
}

function afterVerb(toks: readonly Tok[], i: number, seg: string, vocab: { has(w: string): boolean }): Found | null {
  const start = i;
  if (toks[i] && PRONOUNS.has(toks[i]!.norm)) return { kind: 'anaphor' };
  const found = findName(toks, start, seg, vocab, 1, 7, true);
  if (!found) return toks[start]?.norm === 'the' ? { kind: 'anaphor' } : null;
  const who: FoundName = {
    name: found.name,
    surface: found.surface,
    titles: titleOf(toks, toks[start]?.norm === 'the' ? start + 1 : start, found.nameFrom, seg),
  };
  const hit = { to: found.to };
  // ", President-elect of the …," after the name
  const next = toks[hit.to];
  if (next && /^\s*,\s*$/.test(next.sep)) {
    let from = next.start;
    // ", R-S.C., the ranking member": a party–state tag first (its dots end no sentence), then any apposition
    const tag = PARTY_STATE_TAG.exec(seg.slice(from));
    if (tag) {
      who.titles.push(tag[0]);
      const comma = /^\s*,\s*/.exec(seg.slice(from + tag[0].length));
      if (!comma) return { kind: 'name', who };
      from += tag[0].length + comma[0].length;
    }
    const rest = seg
      .slice(from)
      // (up to a clause: ", speaking at a press conference", ", who …", "a farmer who drove …"; "acting" opens a title)
      .split(/[.“"]|,\s+(?:at|in|during|on|who|which)\s|\s+(?:who|which|whose)\s|,\s+(?!acting\b)\p{Ll}+ing\s/u)[0]!
      .replace(/[\s,]+$/, '')
      // (an age first is no part of the title: ", 34, a ward sister from …")
      .replace(/^(?:aged\s+)?\d{1,3},\s+(?=\p{L})/u, '');
    // (not a clause: "…, said her government would …")
    const first = /^[\p{L}’'-]+/u.exec(rest)?.[0].toLowerCase() ?? '';
    if (rest && !/^(?:in|at|during|on|adding|who)\b/.test(rest) && !SPEECH_VERBS.has(first)) who.titles.push(rest);
  }
  return { kind: 'name', who };
}

/** Text before an opening quote: "Ms. Lund said, “…" / "… concluded by saying, “…". */
export function parseBefore(seg: string, vocab: { has(w: string): boolean }): Found | null {
  const sentence = seg.split(/(?<![A-Z][a-z]{0,3})[.!?]\s+(?=[A-Z“"])/).pop() ?? seg;
  const toks = wordTokens(sentence);
  if (toks.length === 0) return null;
  let v = -1;
  for (let j = toks.length - 1; j >= Math.max(0, toks.length - 4); j--) {
    if (SPEECH_VERBS.has(toks[j]!.norm)) {
      v = j;
      break;
    }
  }
  if (v < 0) return null;
  // "by saying": the verb's subject is further left
  for (let j = v - 1; j >= 0 && j >= v - 30; j--) {
    const t = toks[j]!;
    if (PRONOUNS.has(t.norm) && j >= v - 3) return { kind: 'anaphor' };
    if (UNNAMED.has(t.norm) && j >= v - 4) return { kind: 'unnamed' };
  }
  // the subject: a full name, an honorific and name, or one name word right before the verb
  for (let j = 0; j < v; j++) {
    const hit = nameAt(toks, j, sentence, vocab);
    if (!hit || hit.to > v) continue;
    if (hit.who.name.includes(' ') || isHonorific(toks[j]!) || hit.to >= v - 1) {
      hit.who.titles = leadingTitle(toks, hit.nameFrom, sentence);
      // "Jane Doe, coordinator of the X campaign, said:"
      const next = toks[hit.to];
      if (next && /^\s*,\s*$/.test(next.sep)) {
        const between = sentence.slice(next.start, toks[v]!.start);
        // (past an age and an article: "Ana Lo, 23, a spokeswoman for …")
        const app = between.replace(/[\s,]+$/, '').replace(/^,?\s*(?:\d{1,3},\s*)?(?:(?:a|an|the)\s+)?/, '');
        // not a clause: "speaking on the second day", "who …", "in her speech"; an apposition closes with a
        // comma (", Jo Tan and Al Roy signed a letter saying" is none)
        if (
          app &&
          /,\s*$/.test(between) &&
          app.length < 160 &&
          // ("Martha Voss, 78, said": an age)
          !/^\d+$/.test(app) &&
          !/\b(?:who|which|that)\b/.test(app) &&
          !/^(?:\p{Ll}+ing|in|at|on|during|after|before|when|while)\b/u.test(app)
        )
          hit.who.titles.push(app);
      }
      return { kind: 'name', who: hit.who };
    }
    j = hit.to - 1;
  }
  return { kind: 'anaphor' };
}

/** The title written just before a name: "British Prime Minister" in "British Prime Minister Jane Doe said". */
export function leadingTitle(toks: readonly Tok[], nameFrom: number, text: string): string[] {
  let k = nameFrom;
  while (
    k > 0 &&
    nameFrom - k < 6 &&
    /^[ \t]+$/.test(toks[k]!.sep) &&
    (isDescriptorWord(toks[k - 1]!) || /^\p{Lu}/u.test(toks[k - 1]!.raw))
  )
    k--;
  return titleOf(toks, k, nameFrom, text);
}

/**
 * The person a paragraph's narration has speaking before its quotes:
 * "German MP Jane Doe told the crowd that … “…,” she added." A full name (or
 * honorific and name) with a speech verb right after it or after its appositive.
 */
export function narrationSubject(text: string, vocab: { has(w: string): boolean }): FoundName | null {
  const toks = wordTokens(text);
  for (let j = 0; j < toks.length; j++) {
    const hit = nameAt(toks, j, text, vocab);
    if (!hit) continue;
    if (!(hit.who.name.includes(' ') || isHonorific(toks[j]!))) {
      j = hit.to - 1;
      continue;
    }
    let k = hit.to;
    // skip an appositive: ", a former minister,"
    if (toks[k] && /^\s*,\s*$/.test(toks[k]!.sep)) {
      let m = k;
      while (m < toks.length && m < k + 15 && !/,/.test(toks[m + 1]?.sep ?? ',')) m++;
      k = m + 1;
    }
    for (let v = k; v < Math.min(toks.length, k + 3); v++) {
      if (SPEECH_VERBS.has(toks[v]!.norm)) {
        hit.who.titles = leadingTitle(toks, hit.nameFrom, text);
        return hit.who;
      }
    }
    j = hit.to - 1;
  }
  return null;
}
