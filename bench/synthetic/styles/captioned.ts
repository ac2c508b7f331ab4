import { captionLine, quoted, weekdayDayMonth, type ArticleDraft } from '../draft';
import { withArticle } from '../events';
import type { Persona } from '../people';
import { paragraph, speech } from '../speech';
import { background, headline, keynoteIntro } from './common';

/**
 * Like sample 000: a headline, an image caption line around a teaser, "On Tuesday 10
 * November" intro, then one block per speaker — a caption line naming them with a
 * descriptor, followed by their words in curly quotes (sometimes unquoted, sometimes
 * a numbered list).
 */
export function renderCaptioned(d: ArticleDraft, speakers: readonly Persona[]): void {
  const { event: e, rng } = d;
  const [keynote, ...rest] = speakers as [Persona, ...Persona[]];
  const imageCaption = `${e.nation.demonym} ${rng.pick(['youth', 'exiles', 'protesters', 'supporters'])}`;
  d.title = headline(d);
  const withYear = rng.chance(0.5) ? ` ${e.date.getUTCFullYear()}` : '';
  d.add(
    `${d.title}.`,
    `${imageCaption}\n${paragraph(rng, d.ctx(keynote), 2, 3)}`,
    imageCaption,
    `On ${weekdayDayMonth(e.date)}${withYear} ${e.nation.demonym} ${rng.pick(['exiles', 'communities', 'activists'])} held ${withArticle(e.gathering)} ${e.purpose}. ${paragraph(rng, d.ctx(keynote), 1, 2)}`,
    ...background(d),
    keynoteIntro(d, keynote),
  );
  for (const p of [keynote, ...rest]) {
    d.add(captionLine(d, p));
    const words = speech(rng, d.ctx(p));
    const form = rng.float();
    if (form < 0.15) d.add(...words); // unquoted block
    else if (form < 0.22) {
      const items = Array.from({ length: rng.int(3, 5) }, () => paragraph(rng, d.ctx(p), 1, 2));
      d.add(`“${items.map((x, i) => `${i + 1}. ${x}`).join('\n\n  ')}”`);
    } else d.add(...quoted(words, rng.chance(0.9)));
  }
  d.add(`${e.nation.acronym} (follow them on social media)`);
}
