import * as chrono from 'chrono-node';
import speechData from '../../../data/speech.json';
import { datelineCapital, findPlaces } from './lexicon';
import type { Tokenised } from './tokenise';

export interface EventDate {
  date: string | null;
  /** The words the date came from and why they were chosen. */
  basis: string | null;
}

const EVENT_WORDS =
  /\b(?:conference|summit|rally|meeting|hearing|convention|congress|session|ceremony|forum|debate|speech|address|addressed|spoke|said|told|announced|press|briefing|event|gathering|held|opened|launched|premiere|interview|statement|tweeted|wrote|ruled|ruling|testified|vote|voted)\b/i;
/** Words that report speaking: a date beside one ("said Sunday", "noted on Monday", "his Tuesday remarks") dates the speaking itself. */
const SPEAKING_WORDS = new Set([
  ...speechData.speechVerbs,
  ...speechData.reportingOnlyWithClause,
  ...speechData.speechParticiples,
  ...speechData.speechNouns,
  ...speechData.eventVerbs,
  ...speechData.speakingOccasions,
]);
/** How many tokens may separate a date from the word it dates. */
const SPEAKING_REACH = 4;
const DAY_MS = 86_400_000;
const DAY_WORDS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\byesterday\b|\btoday\b|\btonight\b|\d{4}-\d{2}-\d{2}|\bthe \d{1,2}(?:st|nd|rd|th)\b/i;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * "promised on the 5th that…": a day of the month alone is the last such day up to the publication date (in the month
 * before when the day is still to come). Not "on the 5th floor": only before a clause, a comma or the sentence's end.
 */
const DAY_OF_MONTH =
  /\bon the (\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[,.;:!?)]|$)|\s+(?:that|and|at|in|when|after|before|but|to|with|as|for|of this month)\b)/i;
const reader = chrono.casual.clone();
reader.parsers.push({
  pattern: () => DAY_OF_MONTH,
  extract: (context, match) => {
    const day = Number(match[1]);
    const ref = context.refDate;
    const back = day > ref.getUTCDate();
    const month = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - (back ? 1 : 0), 1));
    if (day < 1 || day > new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate())
      return null;
    return context
      .createParsingComponents({ day })
      .imply('month', month.getUTCMonth() + 1)
      .imply('year', month.getUTCFullYear());
  },
});

/** An ISO date opening a text, after at most one label word (" date 2021-03-09 …"): page metadata, never prose. */
const LEADING_ISO = /^\s*(?:[A-Za-z]+:?\s+)?(\d{4}-\d{2}-\d{2})\b/;
/** A dateline before the lead's first words: up to 60 characters, an agency in brackets perhaps, then a dash. */
const INLINE_DATELINE = /^([^—–\n]{6,60}?)(?:\s*\([^)\n]{1,30}\))?\s+(?:[—–]|--?)\s/;
/** A place and its country or state before a dateline's date in a lead ("Paris, ", "SAN JOSE, Calif., "), or nothing. */
const DATELINE_PLACE = /^(?:\p{Lu}[\p{L}.'’ -]*,\s*){0,2}$/u;
/** What may stand before a dateline's date: a place or a release number ("Berlin, ", "No. 3, New York, "). */
export const DATELINE_PREFIX = 32;

/**
 * The publication date a text gives itself, when no front matter or page metadata did: a dateline in its first
 * lines ("Saturday, August 24, 2019", "Berlin, 7 May 2021"), or an ISO date opening the text.
 */
export function datelineOf(doc: Tokenised): string | null {
  const lead = LEADING_ISO.exec(doc.text);
  if (lead && !Number.isNaN(Date.parse(`${lead[1]}T00:00:00Z`))) return lead[1]!;
  for (const p of doc.paragraphs.slice(0, 4)) {
    const whole = doc.text.slice(p.start, p.end);
    // a dateline opening the lead ("Paris, 3 March 2026 — Directors said…", "OSLO, May 6, 2022 (Newswire) - …") is
    // read up to its dash
    const inline = whole.length > 60;
    // table and layout leftovers ("… 2005 |") are not part of the line's words
    const line = (inline ? (INLINE_DATELINE.exec(whole)?.[1] ?? '') : whole).replace(/[\s,.|—–-]+$/, '');
    if (line.length > 60 || !line) continue;
    const r = chrono.parse(line, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' })[0];
    if (
      r &&
      r.start.isCertain('year') &&
      r.start.isCertain('day') &&
      // the date is the line, or ends it after a place
      (r.text.length >= line.length - 12 || (r.index + r.text.length === line.length && r.index <= DATELINE_PREFIX)) &&
      // (in a lead, only a place may stand before it: "The talks, which began on 3 May 2020 — …" is no dateline)
      (!inline || DATELINE_PLACE.test(line.slice(0, r.index)))
    )
      return iso(r.start.date());
  }
  return null;
}

/**
 * How long the dateline opening a lead is ("LONDON, March 3 (Newswire) - ", "Paris, 5 March 2026 — "), or 0: it opens
 * with a place in capitals or one the gazetteer knows ("On Monday, March 2 — the council…" has none).
 */
function leadDatelineLength(paragraph: string): number {
  const m = INLINE_DATELINE.exec(paragraph);
  const place = m?.[1]!.split(/[,(]/)[0]!.trim() ?? '';
  if (!m || !place) return 0;
  const known = /^\p{Lu}[\p{Lu}.'’ -]+$/u.test(place) || datelineCapital(place) || findPlaces(place)[0]?.index === 0;
  return known ? m[0].length : 0;
}

/**
 * The day the reported speaking happened. Date expressions are resolved
 * against the publication date ("on Thursday" is the Thursday before it,
 * "yesterday" the day before) and scored: in a sentence where someone speaks
 * (+2), with event or speech words (+1), in the lead paragraph (+3, the next +1); never
 * after publication, and not long before it unless the year is written out.
 */
export function inferSpeakingDate(
  doc: Tokenised,
  published: string | null,
  speakingAt: readonly number[],
  quoted: readonly { start: number; end: number }[] = [],
): EventDate {
  const ref = published ? new Date(`${published}T12:00:00Z`) : null;
  const speaking = new Set<number>();
  for (const at of speakingAt) {
    // the last sentence starting at or before `at`
    let lo = 0;
    let hi = doc.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.sentences[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) speaking.add(lo - 1);
  }
  // every mention of a day votes for it with its score: a day named in the lead and again beside "said" outweighs a
  // date that one strong sentence gives
  const votes = new Map<string, { score: number; best: number; text: string }>();
  // the lead: the first paragraph of running prose (a headline or a dateline has no closing full stop)
  const firstBody = doc.paragraphs.findIndex(
    (p) => p.end - p.start > 40 && /[.!?"”’]$/.test(doc.text.slice(p.start, p.end)),
  );
  // the lead's own dateline ("LONDON, January 30, 2016 — A conference on Friday…") is the day the report was filed,
  // against which its days are read; it is no day anyone spoke, unless nothing else names one (stage 10's fallback)
  const lead = doc.paragraphs[firstBody];
  const datelineEnd = lead ? lead.start + leadDatelineLength(doc.text.slice(lead.start, lead.end)) : 0;
  const parsed = doc.sentences.map((s) => {
    if (s.para < firstBody) return []; // headline and dateline
    const text = doc.text.slice(s.start, s.end);
    // only a sentence naming a day can give one (every accepted date matches DAY_WORDS): chrono is the costly part
    if (!DAY_WORDS.test(text)) return [];
    return reader.parse(text, ref ? { instant: ref, timezone: 'UTC' } : undefined, { forwardDate: false });
  });
  // the days a text states for its event ("from March 15 to 17"): a bare weekday later ("on Saturday") is read
  // within them rather than as the last such weekday before publication
  const ranges = parsed
    .flat()
    .filter((r) => r.end && r.start.isCertain('day') && r.end.isCertain('day'))
    .map((r) => [r.start.date().getTime(), r.end!.date().getTime()] as const)
    .filter(([a, b]) => b > a && b - a <= 14 * DAY_MS);
  doc.sentences.forEach((s, k) => {
    // first person outside quote marks is someone's own words (a pull quote, a statement set as a block)
    if (parsed[k]!.length === 0 || firstPersonOutsideQuotes(doc, s, quoted)) return;
    const text = doc.text.slice(s.start, s.end);
    for (const r of parsed[k]!) {
      const explicitYear = r.start.isCertain('year');
      if (!ref && !explicitYear) continue;
      if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
      // a day named by the text, not "six minutes later"; and not a dateline standing alone
      if (!DAY_WORDS.test(r.text) || r.text.length > 0.8 * text.length) continue;
      // "today" inside someone's quote is their day, not a date the report fixes
      const at = s.start + r.index;
      if (insideAny(quoted, at) || at < datelineEnd) continue;
      let d = r.start.date();
      if (r.start.isCertain('weekday') && !r.start.isCertain('day')) d = withinRange(d, ranges) ?? d;
      if (ref && d.getTime() > ref.getTime() + DAY_MS / 2) {
        // past-tense news: "on Monday" is the last Monday, "on September 10" the last one
        if (!explicitYear && r.start.isCertain('weekday') && !r.start.isCertain('day'))
          d = new Date(d.getTime() - 7 * DAY_MS);
        else if (!explicitYear) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
        if (d.getTime() > ref.getTime() + DAY_MS / 2) continue;
      }
      if (ref && !explicitYear && ref.getTime() - d.getTime() > 60 * DAY_MS) continue;
      if (ref && explicitYear && ref.getTime() - d.getTime() > 400 * DAY_MS) continue;
      let score = 0;
      // a news lead says when; a sentence where someone speaks, or about the event, says when they spoke
      if (s.para === firstBody) score += 3;
      else if (s.para === firstBody + 1) score += 1;
      if (speaking.has(k)) score += 2;
      if (EVENT_WORDS.test(text)) score += 1;
      const dated = whatItDates(doc, s, at, at + r.text.length, quoted);
      // the day of another act ("died on Friday") is not the day anyone spoke
      if (dated === 'act') score = 0;
      else if (dated === 'speaking') score += 3;
      // "from May 10 to 12" is when the event ran; a day inside it that someone spoke on is more precise
      if (r.end && r.end.date().getTime() - r.start.date().getTime() >= DAY_MS) score = Math.min(score, 1);
      const key = iso(d);
      const v = votes.get(key);
      if (!v) votes.set(key, { score, best: score, text: r.text.trim() });
      else {
        v.score += score;
        if (score > v.best) Object.assign(v, { best: score, text: r.text.trim() });
      }
    }
  });
  let chosen: [string, { score: number; text: string }] | null = null;
  for (const entry of votes) if (!chosen || entry[1].score > chosen[1].score) chosen = entry;
  if (!chosen) return { date: null, basis: null };
  const [date, { text }] = chosen;
  return { date, basis: `"${text}"${published ? ` against publication ${published}` : ''}` };
}

/**
 * What a date in sentence `s` at [from, to) dates: the act of speaking ("said Sunday", "noted on Monday", "his
 * Tuesday remarks", "On Wednesday, the agency declared…"), another act ("died on Friday", "On Saturday, a gunman
 * shot…"), or nothing the words tell. A date opening its sentence dates the sentence's first verb; elsewhere, the
 * nearest word within SPEAKING_REACH tokens. Words inside quotes are someone's speech, not the report's narration.
 */
function whatItDates(
  doc: Tokenised,
  s: Tokenised['sentences'][number],
  from: number,
  to: number,
  quoted: readonly { start: number; end: number }[],
): 'speaking' | 'act' | null {
  let first = -1;
  let last = -1;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i]!;
    if (t.end > from && t.start < to) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  const kind = (i: number): 'speaking' | 'act' | null => {
    const t = doc.tokens[i]!;
    if (insideAny(quoted, t.start)) return null;
    // "would open to visitors on Monday", "will speak on Friday": a day still to come is no day anyone spoke
    const modal = [1, 2].some((b) => /^(will|would|shall|'ll|’ll)$/.test(doc.tokens[i - b]?.lower ?? ''));
    if (SPEAKING_WORDS.has(t.lower)) return modal ? 'act' : 'speaking';
    return t.pos === 'VERB' ? 'act' : null;
  };
  if (first - s.first <= 1)
    for (let i = last + 1; i < s.last; i++) {
      const k = kind(i);
      if (k) return k;
    }
  for (let d = 1; d <= SPEAKING_REACH; d++)
    for (const i of [first - d, last + d]) {
      if (i < s.first || i >= s.last) continue;
      const k = kind(i);
      if (k) return k;
    }
  return null;
}

const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us', 'ours', 'myself', 'ourselves']);
/** "I'm", "we've": wink-nlp splits contractions with a straight apostrophe, not always with a curly one. */
const FIRST_PERSON_CONTRACTION = /^(?:i|we)['’](?:m|ve|ll|d|re)$/;

/** "spoke to us", "told me": the reporter as the one spoken to frames an interview; it is no one's own words. */
function reporterAsObject(doc: Tokenised, i: number): boolean {
  const t = doc.tokens[i]!;
  return (t.lower === 'us' || t.lower === 'me') && /^(to|with|told|tells)$/.test(doc.tokens[i - 1]?.lower ?? '');
}

function firstPersonOutsideQuotes(
  doc: Tokenised,
  s: Tokenised['sentences'][number],
  quoted: readonly { start: number; end: number }[],
): boolean {
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i]!;
    // "US" the country is a proper noun, "us" the pronoun is not
    const first = FIRST_PERSON.has(t.lower)
      ? (t.lower !== 'us' || t.pos === 'PRON') && !reporterAsObject(doc, i)
      : FIRST_PERSON_CONTRACTION.test(t.lower);
    if (first && !insideAny(quoted, t.start)) return true;
  }
  return false;
}

/** The same weekday as `d` inside one of the stated day ranges, if exactly one such day exists. */
function withinRange(d: Date, ranges: readonly (readonly [number, number])[]): Date | null {
  const found = new Set<number>();
  for (const [a, b] of ranges)
    for (let t = a; t <= b; t += DAY_MS) if (new Date(t).getUTCDay() === d.getUTCDay()) found.add(t);
  return found.size === 1 ? new Date([...found][0]!) : null;
}

/** Whether `at` lies inside one of `spans` (sorted by start, not nested). */
function insideAny(spans: readonly { start: number; end: number }[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < spans[lo - 1]!.end;
}
