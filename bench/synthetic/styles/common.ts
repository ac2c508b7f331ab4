import type { ArticleDraft } from '../draft';
import type { Persona } from '../people';
import { capitalise } from '../places';

/** The speakers of one article: the keynote first, then a draw from the event's roster. */
export function lineup(d: ArticleDraft): Persona[] {
  const { keynote, roster } = d.event;
  const k = Math.min(roster.length + 1, d.rng.around(10, 3, 4, 18));
  return [keynote, ...d.rng.sample(roster, k - 1)];
}

/** A headline; each article of an event words it differently. */
export function headline(d: ArticleDraft): string {
  const { nation: n, gathering, purpose } = d.event;
  const group = d.rng.pick([`${n.demonym} Exiles`, `${n.demonym} Youth`, `${n.demonym} Communities`, `Supporters of the ${n.acronym}`, `International Dignitaries`]);
  return d.rng.pick([
    `${group} Hold ${capitalise(gathering)} ${purpose}`,
    `${capitalise(gathering)}: ${group} ${d.rng.pick(['Pledge', 'Vow', 'Promise'])} to Continue the Struggle for a Free ${n.name}`,
    `${group} Rally Behind the ${n.movement}`,
    `“${d.rng.pick(['The Days of Dictatorship Are Numbered', 'Freedom Will Prevail', 'We Will Not Be Silent'])}”: ${group} Speak Out on ${n.name}`,
    `${capitalise(purpose)}, ${group} Demand Action`,
  ]);
}

/** Background on the nation, naming rulers and victims (who do not speak). */
export function background(d: ArticleDraft): string[] {
  const { nation: n, rulers, victims, founder } = d.event;
  const ruler = d.rng.pick(rulers);
  const victim = d.rng.pick(victims);
  const out = [
    `On the orders of ${d.named(ruler, ruler.label)}, security forces in ${n.name} ${d.rng.pick(['opened fire on peaceful crowds', 'arrested thousands of demonstrators', 'shut down the internet for a week', 'raided the homes of known dissidents'])}. ${d.rng.pick(['Rights groups', 'UN experts', 'Independent monitors'])} say the true toll is far higher than the authorities admit.`,
    `Speakers recalled the case of ${d.named(victim, victim.label)}. ${d.rng.pick(['The case has become a rallying point for the movement.', 'Human rights organisations have called for an urgent investigation.', 'The family was not allowed to hold a funeral.'])}`,
  ];
  if (d.rng.chance(0.5)) out.push(`The ${n.movement} (${n.acronym}), founded by ${d.named(founder)}, ${d.rng.pick(['has led the opposition for decades', 'runs a wide network of activists inside the country', 'has called for a secular, democratic republic'])}.`);
  return out;
}

/** A short lead paragraph introducing the event and the keynote speaker. */
export function keynoteIntro(d: ArticleDraft, p: Persona): string {
  const s = d.spell(p);
  const post = d.rng.pick(p.post);
  return `${capitalise(post)}, ${d.speaker(p, s.name, post)}, ${d.rng.pick(['was the keynote speaker', 'addressed the gathering', 'opened the event'])}. ${d.rng.pick(['Many international dignitaries also took part', 'Parliamentarians from several countries joined the call', 'Representatives of dozens of communities also spoke'])}, ${d.rng.pick(['urging the world to act', 'calling for a firm policy', 'demanding accountability for the crimes committed'])}.`;
}
