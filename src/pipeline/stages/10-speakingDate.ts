import { datelineOf, inferSpeakingDate } from '../nlp/eventDate';
import type { Merged } from './09-mergeProse';

export interface Dated extends Merged {
  /** The day the words were spoken: the event's date. */
  date: string | null;
}

/** Stage 10: the speaking day, from the dates the prose gives near the quotes, else the layout's (stage 04). */
export function findSpeakingDate(s: Merged): Dated {
  const { quotes, unattributed } = s.merged;
  const published = s.doc.meta.published?.slice(0, 10) ?? datelineOf(s.tokens);
  const ref = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  const spoken = inferSpeakingDate(
    s.tokens,
    ref,
    quotes.map((q) => q.start),
    [...quotes.filter((q) => !q.kind), ...unattributed.filter((q) => q.kind === 'direct')].sort(
      (a, b) => a.start - b.start,
    ),
  ).date;
  // the speaking day is read against the publication date; without one, a year in the text is as likely history
  // ("On November 15, 2019, protests…") as the event, and the layout's dated headings and captions are the guide
  return { ...s, date: ref ? (spoken ?? s.layoutDate) : s.layoutDate };
}
