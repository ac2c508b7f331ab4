import { attribution, beforeAttribution, longDate, lowercaseLine, pronoun, weekdayLongDate, type ArticleDraft } from '../draft';
import { withArticle } from '../events';
import type { Persona } from '../people';
import { paragraph, speech } from '../speech';
import { background } from './common';

/**
 * Like sample 003: a short title twice, a bare date line, the keynote and most speakers
 * quoted with "said …" attributions, then one to three community speakers identified
 * only by a lower-case image caption that splits their speech mid-sentence, each
 * followed by a "listen" link line.
 */
export function renderExcerpts(d: ArticleDraft, speakers: readonly Persona[]): void {
  const { event: e, rng } = d;
  const [keynote, ...rest] = speakers as [Persona, ...Persona[]];
  const short = `${e.nation.name} ${rng.pick(['Conference', 'Gathering', 'Rally', 'Solidarity Event'])}`;
  d.title = `${short} ${e.purpose.replace(/^\w/, (c) => c.toUpperCase())}`;
  d.add(
    `${short}\n\n`,
    d.title,
    longDate(e.date),
    `Members of the ${e.nation.demonym} community took part in ${withArticle(e.gathering)} on ${weekdayLongDate(e.date)}. ${paragraph(rng, d.ctx(keynote), 2, 3)} This report includes excerpts of remarks from the keynote speaker and several community members.`,
    ...background(d),
  );
  const { he } = pronoun(keynote);
  const kw = speech(rng, d.ctx(keynote), 2, 4);
  d.add(`“${beforeAttribution(kw[0] as string)}” said ${attribution(d, keynote, false).replace(/,$/, '')} in ${pronoun(keynote).his} speech.`);
  for (const w of kw.slice(1)) d.add(`“${beforeAttribution(w)}” ${he} added.`);
  // Most speakers are quoted with a full-name attribution; the last one to three (as in
  // the sample, a small share) are known only by the lower-case caption in their speech.
  const captionedOnly = Math.min(rest.length, rng.int(1, 3));
  rest.forEach((p, i) => {
    const [first, ...more] = speech(rng, d.ctx(p), 2, 4);
    if (i < rest.length - captionedOnly) {
      d.add(`“${beforeAttribution(first as string)}” said ${attribution(d, p, false).replace(/,$/, '')}.`);
      for (const w of more) d.add(`“${beforeAttribution(w)}” ${pronoun(p).he} added.`);
      return;
    }
    const words = (first as string).split(' ');
    const cut = Math.max(1, Math.floor(words.length * rng.float()));
    d.add(words.slice(0, cut).join(' '), lowercaseLine(d, p), words.slice(cut).join(' '), ...more);
    d.add(rng.pick(['Listen to the full remarks', 'Watch the full speech here', 'Full video of the speech']));
  });
  d.add('Related Articles');
}
