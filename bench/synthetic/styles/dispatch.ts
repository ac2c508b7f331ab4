import { attribution, beforeAttribution, captionLine, longDate, pronoun, weekdayLongDate, type ArticleDraft } from '../draft';
import type { Persona } from '../people';
import { capitalise } from '../places';
import { paragraph, speech } from '../speech';
import { background, headline } from './common';

/**
 * Like sample 001: a banner-ad line, a subtitle ending "—November 10, 2020" printed
 * twice, a dateline, captions repeated on two lines, and quotes attributed inline:
 * “…,” said Swedish MP X in her speech. / “…,” X, professor at Y, said.
 */
export function renderDispatch(d: ArticleDraft, speakers: readonly Persona[]): void {
  const { event: e, rng } = d;
  const [keynote, ...rest] = speakers as [Persona, ...Persona[]];
  const date = longDate(e.date);
  const subtitle = `${e.nation.demonym} ${rng.pick(['exiles', 'communities', 'youths in exile'])} hold ${e.gathering} with international dignitaries and pledge to continue the struggle for a free ${e.nation.name}—${date}`;
  d.title = headline(d);
  if (rng.chance(0.6)) d.add(rng.pick(['728 x 90', '300 x 250', 'Advertisement']));
  d.add(
    d.title,
    `${subtitle}\n${subtitle}`,
    `Reporting by ${e.nation.acronym}`,
    `${e.nation.name}, ${date}—${capitalise(e.gathering)} ${e.purpose} took place on ${weekdayLongDate(e.date)}. ${paragraph(rng, d.ctx(keynote), 1, 2)}`,
    ...background(d).slice(0, 2),
  );
  const caption = captionLine(d, keynote);
  d.add(caption, caption);
  const kw = speech(rng, d.ctx(keynote), 2, 3);
  const { his, he } = pronoun(keynote);
  d.add(`“${beforeAttribution(kw[0] as string)}” said ${attribution(d, keynote, true).replace(/,$/, '')} in ${his} speech.`);
  for (const w of kw.slice(1)) d.add(`“${beforeAttribution(w)}” ${he} said.`);
  for (const p of rest) {
    const introduced = rng.chance(0.3);
    if (introduced) {
      const c = captionLine(d, p);
      d.add(c, c);
    }
    // Attribution after the first quote; the next paragraph continues it, the rest stand alone.
    const [first, second, ...more] = speech(rng, d.ctx(p));
    const tail = second ? ` “${second}”` : '';
    const a = pronoun(p);
    const who = attribution(d, p, introduced);
    d.add(
      rng.chance(0.5)
        ? `“${beforeAttribution(first as string)}” ${who} said in ${a.his} speech at the ${e.gathering.split(' in ')[0]}.${tail}`
        : `“${beforeAttribution(first as string)}” said ${who.replace(/,$/, '')}.${tail}`,
      ...more.map((w) => `“${beforeAttribution(w)}” ${a.he} ${rng.pick(['added', 'continued', 'stressed'])}.`),
    );
  }
}
