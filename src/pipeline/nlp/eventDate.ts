import * as chrono from 'chrono-node';
import type { Tokenised } from './tokenise';

export interface EventDate {
  date: string | null;
  /** The words the date came from and why they were chosen. */
  basis: string | null;
}

const EVENT_WORDS =
  /\b(?:conference|summit|rally|meeting|hearing|convention|congress|session|ceremony|forum|debate|speech|address|addressed|spoke|said|told|announced|press|briefing|event|gathering|held|opened|launched|premiere|interview|statement|tweeted|wrote|ruled|ruling|testified|vote|voted)\b/i;
const DAY_MS = 86_400_000;
const DAY_WORDS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\byesterday\b|\btoday\b|\btonight\b|\d{4}-\d{2}-\d{2}/i;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The publication date a text gives itself: a dateline in its first lines
 * ("Saturday, August 24, 2019"), when no front matter or page metadata did.
 */
export function datelineOf(doc: Tokenised): string | null {
  for (const p of doc.paragraphs.slice(0, 4)) {
    const line = doc.text.slice(p.start, p.end);
    if (line.length > 60) continue;
    const r = chrono.parse(line, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' })[0];
    if (
      r &&
      r.start.isCertain('year') &&
      r.start.isCertain('day') &&
      r.text.length >= line.replace(/[\s,.—–-]+$/, '').length - 12
    )
      return iso(r.start.date());
  }
  return null;
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
  let best: { date: string; score: number; at: number; text: string } | null = null;
  // the lead: the first paragraph of running prose (a headline or a dateline has no closing full stop)
  const firstBody = doc.paragraphs.findIndex(
    (p) => p.end - p.start > 80 && /[.!?"”’]$/.test(doc.text.slice(p.start, p.end)),
  );
  doc.sentences.forEach((s, k) => {
    if (s.para < firstBody) return; // headline and dateline
    const text = doc.text.slice(s.start, s.end);
    if (!/\d|day\b|yesterday|tonight|week/i.test(text)) return;
    for (const r of chrono.parse(text, ref ? { instant: ref, timezone: 'UTC' } : undefined, { forwardDate: false })) {
      const explicitYear = r.start.isCertain('year');
      if (!ref && !explicitYear) continue;
      if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
      // a day named by the text, not "six minutes later"; and not a dateline standing alone
      if (!DAY_WORDS.test(r.text) || r.text.length > 0.8 * text.length) continue;
      // "today" inside someone's quote is their day, not a date the report fixes
      const at = s.start + r.index;
      if (insideAny(quoted, at)) continue;
      let d = r.start.date();
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
      if (!best || score > best.score) best = { date: iso(d), score, at: s.start + r.index, text: r.text.trim() };
    }
  });
  if (!best) return { date: null, basis: null };
  const b = best as { date: string; score: number; text: string };
  return { date: b.date, basis: `"${b.text}"${published ? ` against publication ${published}` : ''}` };
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
