import speechData from '../../../data/speech.json';
import type { Attribution, DocSpeaker, Line, LineInfo, LineKind, Span } from './types';
import { isProse } from './02-segment';
import { findName, nameKey, ROLE_WORDS, wordTokens } from '../nlp/names';
import {
  DATE_AT_END,
  INTRO_VERBS,
  LIST_ITEM,
  parseHeading,
  parseLowerCaption,
  parseRunIn,
  parseSection,
  surnameRunIn,
} from './headings';
import { LowerVocabulary } from './vocabulary';
import { escapeRegExp } from '../nlp/lexicon';
import {
  SPEECH_VERBS,
  leadingTitle,
  narrationSubject,
  parseAfter,
  parseBefore,
  quoteSpans,
  type Found,
  type FoundName,
} from '../nlp/attribution';
import type { Focused } from './05-focus';

/** "Q: …", "Interviewer: …" (data/speech.json interviewerLabels). */
// ("REPORTER:", "Question:", "Q:": a transcript writes its labels in either case)
const INTERVIEWER_TURN = new RegExp(`^(?:${speechData.interviewerLabels.map(escapeRegExp).join('|')})\\s*:\\s`, 'i');

export interface SpeakerScan {
  info: LineInfo[];
  speakers: Map<string, DocSpeaker>;
}

/**
 * 06: who speaks where. Classifies every line (speaker heading, repeated
 * caption, section heading, boundary, prose) and reads the attribution of each
 * quoted passage. Names are keyed per document; short forms ("said Lund",
 * "Sen. Lund") resolve to the full name the document gives.
 */
export function scanSpeakers(text: string, lines: Line[], focusCountry: string | null): SpeakerScan {
  const vocab = new LowerVocabulary(text);
  // no double quotation marks anywhere: the article quotes with ‘…’
  const singleQuotes = !/[“”"«»„]/.test(text) && text.includes('‘');
  const speakers = new Map<string, DocSpeaker>();
  const register = (who: FoundName, line: number, section: DocSpeaker['section'], inline = false): string => {
    const key = nameKey(who.name);
    let sp =
      speakers.get(key) ?? findByFirstLast(speakers, key) ?? (inline ? bySurname(speakers, key, line) : undefined);
    if (!sp) {
      sp = { key, name: who.name, surfaces: new Set(), titles: [], section, firstLine: line };
      speakers.set(key, sp);
    }
    if (!inline) sp.structural = true;
    sp.surfaces.add(who.surface);
    sp.surfaces.add(who.name);
    addTitles(sp, who.titles);
    return sp.key;
  };

  const headings = lines.map(
    (l, i) =>
      parseHeading(l, vocab) ??
      parseLowerCaption(l, vocab) ??
      (listEntryAt(lines, i) ? parseHeading({ ...l, text: l.text.replace(LIST_ENTRY_END, '') }, vocab) : null),
  );
  const runIns = lines.map((l, i) => (headings[i] ? null : parseRunIn(l, vocab)));
  const info: LineInfo[] = [];
  // a line naming someone with a title after a comma, no sentence: an entry of a roll ("A, Minister of X")
  const rollLine = (k: number): boolean => {
    const h = headings[k];
    return !!h && (!isProse(lines[k]!) || listEntryAt(lines, k)) && h.titles.length > 0 && lines[k]!.text.includes(',');
  };
  // a section heading introduces speakers: a speaker heading follows within a few lines
  const followedByHeading = (i: number): boolean => {
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      if (headings[j]) return true;
      const t = lines[j]!.text;
      if (!(DATE_AT_END.test(t) || (lines[j]!.words <= 12 && !isProse(lines[j]!)))) return false;
    }
    return false;
  };
  // "Okonkwo: …" after "Director Ngozi Okonkwo: …": a turn of a speaker already headed, by surname
  // (or of an interview whose prose named the person in full before the turns began: "Amara Diop, director of …,
  // spoke to us." / "Q: …" / "Diop: …", a label that comes back at least twice)
  const surnameTurn = (i: number): { speaker: string; at: number } | null => {
    const turn = surnameRunIn(lines[i]!);
    if (!turn) return null;
    const sp = bySurname(speakers, nameKey(turn.surname), i);
    if (sp?.structural) return { speaker: sp.key, at: turn.at };
    const surname = lines[i]!.text.slice(0, turn.at - 1);
    if ((turnLabels().get(surname) ?? 0) < 2) return null;
    const named = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s+${escapeRegExp(surname)}(?![\\p{L}])`, 'u');
    for (let k = 0; k < i; k++) {
      const m = named.exec(lines[k]!.text);
      if (!m || ROLE_WORDS.has(m[1]!.toLowerCase())) continue;
      const full = `${m[1]} ${surname}`;
      // and the post in the apposition after the name ("Amara Diop, executive director of the Flood Fund,")
      const appo = /^,\s*([^,]{3,100}),/.exec(lines[k]!.text.slice(m.index + m[0].length));
      const titles = appo && wordTokens(appo[1]!).some((w) => ROLE_WORDS.has(w.norm)) ? [appo[1]!] : [];
      return { speaker: register({ name: full, surface: full, titles }, k, section), at: turn.at };
    }
    return null;
  };
  // how many lines open with each "Word:" label, counted once when a turn first needs it
  let labels: Map<string, number> | null = null;
  const turnLabels = (): Map<string, number> => {
    if (labels) return labels;
    labels = new Map();
    for (const l of lines) {
      const t = surnameRunIn(l);
      if (t) {
        const w = l.text.slice(0, t.at - 1);
        labels.set(w, (labels.get(w) ?? 0) + 1);
      }
    }
    return labels;
  };
  let section: DocSpeaker['section'] = null;
  const titleLines = new Set<number>();
  const pending: { span: Span; who: FoundName; line: number }[] = [];

  lines.forEach((line, i) => {
    const head = headings[i];
    const next = lines[i + 1];
    let kind: LineKind = 'prose';
    let speaker: string | undefined;
    let intro = false;
    let turn: { speaker: string; at: number } | null = null;
    const lower = head !== null && head !== undefined && head.name === line.text && /^\p{Ll}/u.test(line.text);
    // an item of a bulleted list beside another item, or a name line right under another ("A, Minister of X" /
    // "B, Ambassador of Y"), is a roll entry, never a heading over a speech or a title line
    const listed =
      (LIST_ITEM.test(line.text) &&
        ((next !== undefined && LIST_ITEM.test(next.text)) || LIST_ITEM.test(lines[i - 1]?.text ?? ''))) ||
      (head !== null && head !== undefined && rollLine(i - 1) && !lower);
    // '"…"' / "— Ana Lo, president of …": a credit under a quotation, no heading over what follows
    const credit = /^[—–-]\s*\p{Lu}/u.test(line.text) && /^[“"«„]/.test(lines[i - 1]?.text ?? '');
    if (titleLines.has(i)) kind = 'photo';
    else if (credit) kind = 'boundary';
    else if (head && next && headings[i + 1] && nameKey(headings[i + 1]!.name) === nameKey(head.name))
      kind = 'duplicate';
    // "Jane Doe" with her title on the line below, then the speech
    else if (
      head &&
      !lower &&
      !listed &&
      next &&
      lines[i + 2] &&
      !headings[i + 1] &&
      isTitleLine(next) &&
      isProse(lines[i + 2]!)
    ) {
      kind = 'heading';
      titleLines.add(i + 1);
      speaker = register({ ...head, titles: [...head.titles, next.text.replace(/[\s:]+$/, '')] }, i, section);
    }
    // a lower-case caption sits inside a speech, often cutting a sentence in two
    else if (
      head &&
      next &&
      (isProse(next) || DATE_AT_END.test(next.text)) &&
      !listEntryAt(lines, i + 1) &&
      (!lower || i > 0) &&
      !listed
    ) {
      kind = lower ? 'caption' : 'heading';
      speaker = register(head, i, section);
    } else if (runIns[i]) {
      kind = 'heading';
      speaker = register(runIns[i]!.who, i, section);
    } else if (INTERVIEWER_TURN.test(line.text)) {
      // "Q: …": the interviewer's turn ends the answer before it
      kind = 'boundary';
    } else if ((turn = surnameTurn(i))) {
      // a transcript's later turns name the speaker by surname alone
      kind = 'heading';
      speaker = turn.speaker;
    } else if (introducesSpeech(line, next)) {
      // "Jane Doe, coordinator of the campaign, said:" and the speech in the paragraphs below
      const found = parseBefore(line.text.replace(/:\s*$/, ' '), vocab);
      if (found?.kind === 'name' && found.who.name.includes(' ')) {
        kind = 'heading';
        speaker = register(found.who, i, section);
        intro = true;
      }
    } else {
      const sec = followedByHeading(i) ? parseSection(line, focusCountry) : null;
      if (sec) {
        kind = 'section';
        section = sec.code ? { code: sec.code, basis: sec.basis } : null;
      } else if (DATE_AT_END.test(line.text) && !/^[“"]/.test(line.text)) kind = 'photo';
      // a short label ends a speech ("Read more", "Related articles"); a list item or a sentence running on does not
      else if (
        !isProse(line) &&
        line.words <= 12 &&
        !(next && /^\p{Ll}/u.test(next.text)) &&
        !LIST_ITEM.test(line.text) &&
        !lines[i - 1]?.text.endsWith(':')
      )
        kind = 'boundary';
    }
    const spans: Span[] = [];
    let attributed = false;
    const quoted = singleQuotes ? /(?:^|[\s(—–-])‘/.test(line.text) : /[“”"«»„]/.test(line.text);
    if (kind === 'prose' && quoted) {
      const raw = quoteSpans(line.text, singleQuotes);
      // narration before the first quote may say who speaks: "Jane Doe told the crowd that …"
      const subject = raw[0] && raw[0].start > 0 ? narrationSubject(line.text.slice(0, raw[0].start), vocab) : null;
      raw.forEach((r, k) => {
        const after = line.text.slice(r.end, raw[k + 1]?.start ?? line.text.length);
        const before = line.text.slice(raw[k - 1]?.end ?? 0, r.start);
        let found: Found | null = parseAfter(after, r, vocab) ?? (r.start > 0 ? parseBefore(before, vocab) : null);
        if (subject && (found === null || found.kind === 'anaphor')) found = { kind: 'name', who: subject };
        const span: Span = { start: line.start + r.start, end: line.start + r.end, attribution: null };
        if (found) attributed = true;
        if (found?.kind === 'name') pending.push({ span, who: found.who, line: i });
        else if (found) span.attribution = found;
        spans.push(span);
      });
    }
    info.push({
      kind,
      speaker,
      spans,
      quoted,
      attributed,
      ...(runIns[i] && kind === 'heading' ? { speechFrom: line.start + runIns[i]!.at } : {}),
      ...(turn ? { speechFrom: line.start + turn.at } : {}),
      ...(intro ? { intro } : {}),
    });
  });

  // inline names: full names become speakers, short ones resolve to a full name of this document
  const recovered = new Map<string, FoundName | null>();
  for (const p of pending)
    if (nameKey(p.who.name).includes(' '))
      p.span.attribution = { kind: 'name', key: register(p.who, p.line, null, true) };
  for (const p of pending) {
    if (p.span.attribution) continue;
    const sp = bySurname(speakers, nameKey(p.who.name), p.line);
    if (sp) {
      sp.surfaces.add(p.who.surface);
      addTitles(sp, p.who.titles);
      p.span.attribution = { kind: 'name', key: sp.key } satisfies Attribution;
    } else {
      // "…," Modi said: the full name stands somewhere earlier in the narration
      if (!recovered.has(p.who.name)) recovered.set(p.who.name, recoverFullName(lines, p.who.name, p.line, vocab));
      const full = recovered.get(p.who.name);
      if (full) {
        const key = register({ ...full, titles: [...full.titles] }, p.line, null, true);
        speakers.get(key)!.surfaces.add(p.who.surface);
        p.span.attribution = { kind: 'name', key };
      } else p.span.attribution = { kind: 'unnamed' };
    }
  }
  return { info, speakers };
}

/**
 * "a regional minister from X" and "regional minister from X" are one title: the leading article goes, and so does a
 * bracket left unclosed by the name's ("Question (Ada Eze, Daily Ledger):").
 */
function plainTitle(title: string): string {
  const t = title.replace(/^(?:a|an|the)\s+(?=\S)/i, '');
  const unclosed = (t.match(/\)/g)?.length ?? 0) - (t.match(/\(/g)?.length ?? 0);
  return unclosed > 0 ? t.replace(/\)\s*$/, '') : unclosed < 0 ? t.replace(/^\(\s*/, '') : t;
}

/** A speaker's titles gain those not yet held, each in its plain form. */
function addTitles(sp: DocSpeaker, titles: readonly string[]): void {
  for (const t of titles.map(plainTitle)) if (!sp.titles.includes(t)) sp.titles.push(t);
}

/** How an entry of a roll written as one sentence ends: "…, South Africa;", "…, Zimbabwe; and", the last with ".". */
const LIST_ENTRY_END = /\s*(?:;|;\s*and|\.)$/;
/**
 * "Dr. A, Minister of Health, South Africa;": a short line ending with ";", or the last of such lines ending with ".",
 * is a roll's entry, though its stop makes it look like a sentence.
 */
function listEntryAt(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (!line || line.words > 16) return false;
  if (/;(?:\s*and)?$/.test(line.text)) return true;
  return line.text.endsWith('.') && /;(?:\s*and)?$/.test(lines[i - 1]?.text ?? '') && !/\.\s+\p{Lu}/u.test(line.text);
}

const MAX_LOOKBACK = 300;

/** The one full name ending in `surname` (as written) at or before line `upto`, with its title and appositive; none if two people share it. */
function recoverFullName(lines: Line[], surname: string, upto: number, vocab: LowerVocabulary): FoundName | null {
  if (surname.includes(' ')) return null;
  let found: FoundName | null = null;
  for (let i = upto; i >= 0 && i > upto - MAX_LOOKBACK; i--) {
    const line = lines[i]!;
    if (!line.text.includes(surname)) continue;
    const toks = wordTokens(line.text);
    for (let j = toks.length - 1; j > 0; j--) {
      if (toks[j]!.raw !== surname) continue;
      for (let k = Math.max(0, j - 3); k < j; k++) {
        const hit = findName(toks, k, line.text, vocab, 2, 0);
        if (!hit || hit.to !== j + 1) continue;
        // two people share the surname ("Jane Doe", "John Doe"): the bare surname is no one in particular
        if (found && nameKey(found.name) !== nameKey(hit.name)) return null;
        if (!found) {
          const titles = leadingTitle(toks, hit.nameFrom, line.text);
          // "Jane Doe, the leader of the opposition, and …"
          const app = /^,\s+([^,.;:“”"]{3,100})/.exec(line.text.slice(toks[j]!.end))?.[1]?.trim();
          // (not a clause: ", said her office would …")
          const verb = SPEECH_VERBS.has(/^[\p{L}’'-]+/u.exec(app ?? '')?.[0].toLowerCase() ?? '');
          // (a post, with a role word in it; not a clause: ", used her keynote to …", "…, opened the forum")
          const post = app !== undefined && wordTokens(app).some((t) => ROLE_WORDS.has(t.norm));
          const clause = /^\p{Ll}+ed\s+(?:her|his|their|its|our|the|a|an)\b/u.test(app ?? '');
          if (app && !verb && post && !clause && !/^(?:who|which|that|and|but)\b/.test(app)) titles.push(app);
          found = { name: hit.name, surface: hit.surface, titles };
        }
        break;
      }
    }
  }
  return found;
}

/** "Mayor of Bergen", "Professor of Law, University of Oslo": a short line of role words, no sentence. */
function isTitleLine(line: Line): boolean {
  return (
    !isProse(line) &&
    line.words <= 15 &&
    !DATE_AT_END.test(line.text) &&
    wordTokens(line.text).some((t) => ROLE_WORDS.has(t.norm))
  );
}

/** A line without quotes ending "…, said:" or "… told the conference:", followed by the speech. */
function introducesSpeech(line: Line, next: Line | undefined): boolean {
  if (next === undefined || !line.text.endsWith(':') || /[“”"]/.test(line.text)) return false;
  const words = line.text
    .slice(-60)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return words.slice(-7).some((w) => INTRO_VERBS.has(w));
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

export interface LayoutSpoken extends Focused {
  /** Speakers the layout presents (headings, captions, run-ins) and what each line is. */
  scan: SpeakerScan;
}

/** Stage 06: the speakers the layout presents. */
export function findLayoutSpeakers(s: Focused): LayoutSpoken {
  return { ...s, scan: scanSpeakers(s.doc.text, s.lines, s.focusCountry) };
}
