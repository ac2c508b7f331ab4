import { attribution, beforeAttribution, captionLine, longDate, pronoun, type ArticleDraft } from '../draft';
import { withArticle } from '../events';
import type { Persona } from '../people';
import { speech } from '../speech';
import { background } from './common';

/**
 * Like sample 002: no separate headline (the first sentence serves), each speaker a
 * caption line then “…,” Surname said. and a follow-up paragraph ending “…,” she added.
 */
export function renderAttributed(d: ArticleDraft, speakers: readonly Persona[]): void {
  const { event: e, rng } = d;
  const lead = `On ${longDate(e.date)}, supporters of the ${e.nation.movement} (${e.nation.acronym}) held ${withArticle(e.gathering)} ${e.purpose}, ${rng.pick(['paying tribute to', 'honouring', 'remembering'])} those who lost their lives for freedom.`;
  d.title = lead;
  d.add(lead, ...background(d));
  for (const p of speakers) {
    d.add(captionLine(d, p));
    const [first, ...more] = speech(rng, d.ctx(p), 2, 4);
    const a = attribution(d, p, true).replace(/,$/, '');
    d.add(rng.chance(0.5) ? `“${beforeAttribution(first as string)}” ${a} said.` : `“${beforeAttribution(first as string)}” said ${a}.`);
    const { he } = pronoun(p);
    for (const w of more) d.add(`“${beforeAttribution(w)}” ${he} ${rng.pick(['added', 'continued', 'said'])}.`);
  }
}
