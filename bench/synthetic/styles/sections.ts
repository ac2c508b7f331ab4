import { captionLine, colonLine, longDate, pronoun, quoted, type ArticleDraft } from '../draft';
import { withArticle } from '../events';
import type { Persona } from '../people';
import { speech } from '../speech';
import { headline } from './common';

/**
 * Like sample 004: a breadcrumb line, then the movement's leaders with a long caption
 * ("…at the … conference—September 5, 2020") and a short one, then speakers grouped
 * under country section headings ("VDF supporters in Canada"), each introduced as
 * "Name, Profession, Association:" and followed by unquoted paragraphs.
 */
export function renderSections(d: ArticleDraft, speakers: readonly Persona[]): void {
  const { event: e, rng } = d;
  const title = headline(d);
  d.title = title;
  const date = longDate(e.date);
  const at = `at the ${e.gathering.replace(/ in .*/, '')} ${e.purpose}—${date}`;
  d.add(
    `Home News ${e.nation.demonym} Opposition ${title}`,
    title,
    `${e.gathering.charAt(0).toUpperCase()}${e.gathering.slice(1)} ${e.purpose}—${date}`,
    `In ${withArticle(e.gathering)} on ${date.replace(/, \d{4}$/, '')}, ${rng.pick(['representatives of', 'members of', 'delegates from'])} ${e.nation.demonym} communities across the world announced their support for the ${e.nation.movement}.`,
  );
  const byCountry = new Map<string, Persona[]>();
  const leading: Persona[] = [];
  for (const p of speakers) {
    if (!p.country || p === e.keynote) leading.push(p);
    else byCountry.set(p.country.name, [...(byCountry.get(p.country.name) ?? []), p]);
  }
  for (const p of leading) {
    const caption = captionLine(d, p);
    d.add(`${caption} ${at}`, caption);
    const words = speech(rng, d.ctx(p), 2, 4);
    if (rng.chance(0.5)) d.add(...words);
    else d.add(...quoted(words));
    if (rng.chance(0.4)) {
      const courtesy = `${p.gender === 'f' ? 'Ms.' : 'Mr.'} ${d.spell(p).family}`;
      d.add(`${d.speaker(p, courtesy)} underscored the role of the ${e.nation.acronym} in ${pronoun(p).his} speech.`);
    }
  }
  for (const [country, group] of byCountry) {
    const heading = `${e.nation.acronym} supporters in ${country}`;
    d.add(`${heading} ${at}`);
    if (rng.chance(0.8)) d.add(heading);
    for (const p of group) d.add(colonLine(d, p), ...speech(rng, d.ctx(p), 2, 4));
  }
  d.add('Back to top');
}
