import type { Line } from './types';
import { findPlaces, NOT_NAME_WORDS, PARTICLES } from '../nlp/lexicon';
import { FUNCTION_WORDS } from '../../lib/normaliseTerm';
import { findName, isDescriptorWord, isPersonalHonorific, wordTokens } from '../nlp/names';
import type { FoundName } from '../nlp/attribution';
import speechData from '../../../data/speech.json';
import type { LowerVocabulary } from './vocabulary';

const DATE_AT_END_RE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{2,4}\s*$/;
/** A bulleted or numbered list item: "• Jane Doe, mayor", "2. John Roe". */
export const LIST_ITEM = /^(?:[-•*–]|\d{1,2}[.)-])\s/;
/**
 * A line ending in a date ("… June 4, 2025"). The regex tries every position of a
 * line, so lines whose last character is neither a digit nor white space (most)
 * are answered without it: same answers, a fraction of the time.
 */
export const DATE_AT_END = {
  test(s: string): boolean {
    const c = s.charCodeAt(s.length - 1);
    if (!((c >= 48 && c <= 57) || c <= 32 || c > 127)) return false;
    return DATE_AT_END_RE.test(s);
  },
};
/** Words that may follow a heading's name: "Lena Holm from the …", "Tomas Berg of the …". */
const AFTER_NAME = new Set(['from', 'of', 'representing', 'at', 'in', 'with', 'for']);
/** Verbs of a sentence introducing a speech (not "states" or "notes", which are also nouns). */
export const INTRO_VERBS = new Set([
  'said',
  'told',
  'added',
  'stated',
  'declared',
  'remarked',
  'noted',
  'explained',
  'stressed',
  'continued',
  'concluded',
  'urged',
  'warned',
  'says',
]);

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
  const rest = text
    .slice(toks[hit.to - 1]!.end)
    .replace(/^[\s,:(–—-]+/, '')
    .replace(/[\s:]+$/, '');
  // "Jane Doe, coordinator of …, told the forum:" is a sentence introducing a speech, not a heading
  if (toks.slice(hit.to).some((t) => INTRO_VERBS.has(t.norm))) return null;
  if (rest) titles.push(rest);
  return { name: hit.name, surface: hit.surface, titles };
}

/**
 * Verbs of speech and of speaking roles in the past tense, as narration writes them (lower case): no heading holds one.
 * (Other forms are nouns too: "chair of the board", "lead negotiator", "host of the evening".)
 */
const NARRATING_VERBS: ReadonlySet<string> = new Set(
  [...speechData.speechVerbs, ...speechData.eventVerbs].filter(
    (v) => v.endsWith('ed') || speechData.irregularPasts.includes(v),
  ),
);

/** "DIRECTOR NGOZI OKONKWO" -> "Director Ngozi Okonkwo": a transcript's speaker label in capitals, as a name is written. */
function unshout(head: string): string {
  if (/\p{Ll}/u.test(head)) return head;
  return head
    .toLowerCase()
    .replace(/(^|[\s'’(-])(\p{L})/gu, (_m, before: string, c: string) => before + c.toUpperCase());
}

/** "Jane Doe, Minister of Health: We must act now.", "DIRECTOR NGOZI OKONKWO: Thank you.": a heading run into its speech. */
export function parseRunIn(line: Line, vocab: LowerVocabulary): { who: FoundName; at: number } | null {
  const colon = line.text.indexOf(': ');
  if (colon < 5 || colon > 160) return null;
  const head = unshout(line.text.slice(0, colon));
  const rest = line.text.slice(colon + 1);
  if (
    /[.!?“”"]/.test(head.replace(/\b(?:\p{Lu}\.)+|\b(?:Dr|Mr|Mrs|Ms|St|Prof|Sen|Amb|Rep|Gen)\./gu, '')) ||
    rest.trim().split(/\s+/).length < 4
  )
    return null;
  // "Ben Ode of the agency spoke of the new partner: …" is narration before a quote, not a run-in heading
  if (wordTokens(head).some((t) => NARRATING_VERBS.has(t.raw))) return null;
  const who = parseHeading({ ...line, text: head, end: line.start + colon, words: head.split(/\s+/).length }, vocab);
  return who ? { who, at: colon + 1 } : null;
}

/** "Okonkwo: We hope so.", "OKONKWO: …": a transcript's turn under a surname alone (the lower-case key), and where its speech starts. */
export function surnameRunIn(line: Line): { surname: string; at: number } | null {
  const m = /^(\p{Lu}[\p{L}'’-]+):\s+\S/u.exec(line.text);
  return m ? { surname: m[1]!.toLowerCase(), at: m[1]!.length + 1 } : null;
}

/** "jane doe": a lower-case image caption naming the speaker, words the text uses nowhere else. */
export function parseLowerCaption(line: Line, vocab: LowerVocabulary): FoundName | null {
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
        (!FUNCTION_WORDS.has(w) && !NOT_NAME_WORDS.has(w) && vocab.count(w, 1) === 0)),
  );
  return ok ? { name: line.text, surface: line.text, titles: [] } : null;
}

/** The country of a "Union supporters in Canada" style heading; `null` code when it names the focus country. */
export function parseSection(line: Line, focus: string | null): { code: string | null; basis: string } | null {
  // a heading, or a photo caption ending in a date; never a sentence
  if (/[.!?”"]$|[.!?]\s/.test(line.text) || (line.words > 12 && !DATE_AT_END.test(line.text))) return null;
  for (const hit of findPlaces(line.text)) {
    if (!/\bin\s+(?:the\s+)?$/i.test(line.text.slice(Math.max(0, hit.index - 12), hit.index))) continue;
    return { code: hit.code === focus ? null : hit.code, basis: line.text };
  }
  return null;
}
