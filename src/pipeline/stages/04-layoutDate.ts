import type { Line } from './types';
import { MONTHS, WEEKDAYS } from '../nlp/lexicon';
import { DATELINE_PREFIX } from '../nlp/eventDate';
import type { Titled } from './03-title';

/** A month's name, or the abbreviation news agencies write with a full stop ("Oct. 12", "12 Sept. 2023"). */
const M =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.';
const W = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "Saturday night, October 12": a part of the day between the weekday and the date. */
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
/** The end of a day range ("26–29 May", "May 26-29"): the event is dated by its first day. */
const RANGE_END = '(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?';
/** "Monday 3 May", "3 May 2021", "3-5 May 2021" */
const DAY_MONTH = new RegExp(
  `\\b(?:(${W})${PART_OF_DAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?${RANGE_END}\\s+(?:of\\s+)?(${M})(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
/** "May 3, 2021", "Monday, May 3", "—May 3, 2021" */
const MONTH_DAY = new RegExp(
  `\\b(?:(${W})${PART_OF_DAY},?\\s+)?(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?${RANGE_END}\\b(?!,?\\s*\\d{5})(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
const MONTH_NAME = new RegExp(`(?:${M})`);
/** "2021-03-09": a page's or a dateline's date written the ISO way, often alone on its line. */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const EVENT_WORDS =
  /\b(?:conference|summit|event|rally|gathering|gathered|meeting|webinar|held|hold|holds|convened|ceremony|forum|seminar|symposium|congress|festival|commemorat\w*|marking|marked|videoconference|online|session|hearing|convention|vigil|debate|demonstration|protest|speech|addressed|spoke)\b/i;

interface Mention {
  month: number;
  day: number;
  year: number | null;
  weekday: number | null;
  score: number;
  /** At the head of the line after a place ("ROME, Oct. 3, 2022"): when the report was filed. */
  dateline: boolean;
  at: number;
  text: string;
}

/**
 * 04: the date of the event the document reports. Every date mention scores:
 * in a sentence about a conference/event (+3), a dateline or caption date
 * right after a dash or alone on its line (+2), with a weekday (+1), with a
 * year (+1), with a weekday that falls on that day of that year (+1). A weekday and day without a year take the first year, from the
 * latest one the document mentions (or back from its publication), on which
 * that day falls on that weekday.
 */
export function inferEventDate(lines: Line[], published?: string): { date: string | null; basis: string | null } {
  const mentions: Mention[] = [];
  const years: number[] = [];
  for (const line of lines) {
    for (const y of line.text.matchAll(/\b(19\d\d|20\d\d)\b/g)) years.push(Number(y[1]));
    if (!MONTH_NAME.test(line.text) && !line.text.includes('-')) continue;
    const add = (m: RegExpMatchArray, wd: string | undefined, month: number, day: string, yr: string | undefined) => {
      const at = m.index ?? 0;
      const before = line.text.slice(Math.max(0, at - 2), at);
      const sentence = sentenceAround(line.text, at);
      let score = 0;
      // (a dateline's date, "WASHINGTON, Sept. 29, 2014 /Wire/ -- Mayors gathered on Sunday, Sept. 28", is the day the
      // report was filed: it dates the event only when the text names no other day)
      const dateline =
        at <= DATELINE_PREFIX &&
        /^\p{Lu}[\p{L}\s.'’-]*,\s*(?:\p{Lu}[\p{L}\s.'’-]*,\s*)?$/u.test(line.text.slice(0, at));
      if (EVENT_WORDS.test(sentence) && !dateline) score += 3;
      // dateline ("BERLIN, 12 June 2022 – …"), caption date ("…—May 3, 2021") or a date alone on its line
      const after = line.text.slice(at + m[0].length, at + m[0].length + 3);
      if (/[—–-]\s*$/.test(before) || /^\s*[—–-]/.test(after) || line.text.trim().length <= m[0].length + 12)
        score += 2;
      if (wd) score += 1;
      if (yr) score += 1;
      const weekday = wd ? WEEKDAYS.indexOf(wd.toLowerCase() as (typeof WEEKDAYS)[number]) : null;
      // "on Saturday, October 12, 2024": a weekday, day and year that agree fix a day on purpose, as a report fixes
      // the day of what it reports
      if (weekday !== null && yr && new Date(Date.UTC(Number(yr), month - 1, Number(day))).getUTCDay() === weekday)
        score += 1;
      mentions.push({
        month,
        day: Number(day),
        year: yr ? Number(yr) : null,
        weekday,
        score,
        dateline,
        at: line.start + at,
        text: m[0],
      });
    };
    for (const m of line.text.matchAll(DAY_MONTH)) add(m, m[1], monthOf(m[3]!), m[2]!, m[4]);
    for (const m of line.text.matchAll(MONTH_DAY)) add(m, m[1], monthOf(m[2]!), m[3]!, m[4]);
    for (const m of line.text.matchAll(ISO_DATE)) add(m, undefined, Number(m[2]), m[3]!, m[1]);
  }
  const py = published ? /^(\d{4})/.exec(published) : null;
  const publishedYear = py ? Number(py[1]) : null;
  if (publishedYear !== null) years.push(publishedYear);
  const explicit = mentions.filter((m) => m.year !== null).map((m) => m.year!);
  const best = (ms: readonly Mention[]) => {
    const totals = new Map<string, { score: number; first: number; text: string }>();
    for (const m of ms) {
      const year = m.year ?? resolveYear(m, explicit, years, publishedYear);
      if (year === null) continue;
      const iso = isoDate(year, m.month, m.day);
      if (!iso) continue;
      const t = totals.get(iso) ?? { score: 0, first: m.at, text: m.text };
      t.score += m.score;
      totals.set(iso, t);
    }
    let top: [string, { score: number; first: number; text: string }] | null = null;
    for (const e of totals)
      if (!top || e[1].score > top[1].score || (e[1].score === top[1].score && e[1].first < top[1].first)) top = e;
    return top && top[1].score >= 3 ? { date: top[0], basis: top[1].text } : null;
  };
  return best(mentions.filter((m) => !m.dateline)) ?? best(mentions) ?? { date: null, basis: null };
}

const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3).toLowerCase())) + 1;

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), 0);
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Year of a date written without one: the weekday decides, else the document's full dates, else its latest year. */
function resolveYear(m: Mention, explicitDates: number[], years: number[], published: number | null): number | null {
  const pool = explicitDates.length ? explicitDates : years;
  if (pool.length === 0) return null;
  const latest = Math.max(...pool.slice(0, 1000));
  if (m.weekday !== null) {
    const falls = (y: number) => new Date(Date.UTC(y, m.month - 1, m.day)).getUTCDay() === m.weekday;
    // published: the nearest year up to it; else the event follows the years the text looks back on
    if (published !== null) {
      for (let y = published; y >= published - 6; y--) if (falls(y)) return y;
      return null;
    }
    const top = Math.max(...years.slice(0, 1000), latest);
    for (let y = top; y <= top + 6; y++) if (falls(y)) return y;
    return null;
  }
  const counts = new Map<number, number>();
  for (const y of explicitDates) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best = latest;
  for (const [y, n] of counts) if (n > (counts.get(best) ?? 0)) best = y;
  return best;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface LayoutDated extends Titled {
  /** The event date the layout gives (dated headings, captions, dateline); stage 10 may prefer the prose's. */
  layoutDate: string | null;
}

/** Stage 04: the event date as the layout states it. */
export function findLayoutDate(s: Titled): LayoutDated {
  return { ...s, layoutDate: inferEventDate(s.lines, s.doc.meta.published).date };
}
