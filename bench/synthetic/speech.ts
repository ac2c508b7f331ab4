import type { SynthEvent } from './events';
import type { NonSpeaker, Persona } from './people';
import { capitalise } from './places';
import type { Rng } from './prng';

/**
 * Quote text from sentence templates over word pools, so that term statistics see
 * a realistic spread of vocabulary rather than one paragraph repeated. Slots:
 * {N} nation, {ND} its demonym, {M} movement, {A} acronym, {R} a ruler, {V} a victim,
 * {F} the movement's founder, {C} the speaker's country, {Y} a recent year, {K} a count.
 */
// Subjects as [text, plural?]; verbs as [plural form, singular form].
const SUBJECTS: readonly (readonly [string, boolean])[] = [
  ['The people of {N}', true], ['The youth of {N}', true], ['The women of {N}', true], ['Our community', false], ['The international community', false],
  ['European governments', true], ['The {ND} diaspora', false], ['Every democratic parliament', false], ['Ordinary families in {N}', true],
  ['Students and workers in {N}', true], ['Our generation', false], ['Free nations', true], ['The {A}', false], ['The network of activists inside {N}', false],
  ['Teachers, nurses and farmers in {N}', true], ['Civil society', false], ['We', true], ['My party', false],
];
const VERBS: readonly (readonly [string, string])[] = [
  ['must stand beside', 'must stand beside'], ['will never abandon', 'will never abandon'], ['continue to support', 'continues to support'],
  ['have every reason to defend', 'has every reason to defend'], ['cannot ignore', 'cannot ignore'], ['are ready to join', 'is ready to join'],
  ['owe a great deal to', 'owes a great deal to'], ['must listen to', 'must listen to'], ['have placed their hope in', 'has placed its hope in'],
  ['will keep faith with', 'will keep faith with'], ['refuse to forget', 'refuses to forget'], ['draw strength from', 'draws strength from'],
  ['stand in solidarity with', 'stands in solidarity with'], ['salute', 'salutes'],
];
const OBJECTS = [
  'the struggle for freedom', 'a democratic republic in {N}', 'the political prisoners of {N}', 'the families of the victims', 'the {M}',
  'the protesters in the streets of {N}', 'the demand for free elections', 'the call for an independent inquiry', 'those who risk their lives every day',
  'the victims of the {Y} crackdown', 'the movement for equal rights', 'the voice of the {ND} people', 'the striking oil workers', 'the mothers of the disappeared',
];
const TAILS = [
  '', '', '', ' until the last prisoner is free', ' despite the threats', ', whatever the cost', ' in every city and village', ' without hesitation',
  ' now more than ever', ', and we will not be silent', ' as long as the repression continues', ' in this decisive moment',
];
const FEARS = ['the organised opposition', 'its own young people', 'the truth', 'the {A}', 'the women of {N}', 'a free press', 'the memory of its crimes', 'the next uprising'];
const DEMANDS = [
  'the immediate release of all detainees', 'an end to executions', 'targeted sanctions against those responsible for the killings',
  'the prosecution of {R} before an international tribunal', 'the closure of the regime’s embassies', 'access for UN investigators to the prisons of {N}',
  'free and fair elections under international supervision', 'the return of every exile who wishes to go home', 'justice for {V}',
];
const ACTIONS = [
  'recognise the {A} as a legitimate voice of the {ND} people', 'end its policy of appeasement', 'stand firmly against the repression in {N}',
  'support a democratic transition in {N}', 'hold the rulers of {N} accountable', 'raise the case of {V} at the United Nations', 'protect {ND} dissidents on its soil',
];
const VALUES = ['Democracy', 'Freedom', 'Justice', 'Dignity', 'Equality', 'The rule of law'];
const STANDALONE = [
  'How long will the world look away?', 'Who is buying this regime more time?', 'What more must happen before the world acts?',
  'Long live a free {N}!', 'The future belongs to the people of {N}.', 'We will prevail.', 'History is on the side of the people.',
  'The days of this dictatorship are numbered.', 'Silence is complicity.', 'Our hearts are with the families in {N}.',
  'In {Y}, more than {K} people were arrested in a single week.', 'Over {K} protesters were killed in {Y}, and not one official has been held to account.',
  'The protests spread to more than {K} cities across {N}.', 'The regime has executed {K} people since January alone.',
  'I left {N} {k} years ago because my family was in danger.', 'I grew up hearing the stories of those who resisted.',
  'My {relative} spent {k} years in prison for distributing leaflets.', 'I salute the courage of {V} and of everyone who stood beside them.',
  '{F} showed us that freedom is never handed over; it has to be won.', 'The leadership of the {A} has kept this movement alive through the darkest years.',
  'The regime spends millions on propaganda abroad, but it cannot buy the loyalty of its people.', 'Sanctions must target the leaders, not the people.',
  '{R} and the whole ruling circle must answer for what they have done.', 'The crackdown in {Y} did not end the protests; it multiplied them.',
];
const RELATIVES = ['father', 'mother', 'uncle', 'aunt', 'brother', 'sister', 'cousin', 'grandfather'];

export interface SpeechContext {
  readonly event: SynthEvent;
  readonly speaker: Persona;
  /** Told of every non-speaker a sentence names, for the ground truth. */
  readonly named: (n: NonSpeaker) => void;
}

function mention(ctx: SpeechContext, n: NonSpeaker): NonSpeaker {
  ctx.named(n);
  return n;
}

function fill(rng: Rng, template: string, ctx: SpeechContext): string {
  const { event, speaker } = ctx;
  const y = event.date.getUTCFullYear();
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'N': return event.nation.name;
      case 'ND': return event.nation.demonym;
      case 'M': return event.nation.movement;
      case 'A': return event.nation.acronym;
      case 'R': return mention(ctx, rng.pick(event.rulers)).label;
      case 'V': return mention(ctx, rng.pick(event.victims)).name;
      case 'F': return mention(ctx, event.founder).name;
      case 'C': return speaker.country?.name ?? event.nation.name;
      case 'Y': return String(y - rng.int(0, 3));
      case 'K': return rng.pick(['1,500', '300', '4,000', '12,000', '190', '60', '2,800', '700']);
      case 'k': return String(rng.int(2, 30));
      case 'relative': return rng.pick(RELATIVES);
      default: return key;
    }
  });
}

function sentence(rng: Rng, ctx: SpeechContext): string {
  const r = rng.float();
  let s: string;
  if (r < 0.34) {
    const [subject, plural] = rng.pick(SUBJECTS);
    const verb = rng.pick(VERBS)[plural ? 0 : 1];
    s = `${subject} ${verb} ${rng.pick(OBJECTS)}${rng.pick(TAILS)}.`;
  }
  else if (r < 0.44) s = `The regime fears ${rng.pick(FEARS)} more than anything else.`;
  else if (r < 0.56) s = `${rng.pick(['We demand', 'I call for', 'We insist on', 'The world must demand'])} ${rng.pick(DEMANDS)}.`;
  else if (r < 0.66) s = `It is time for ${ctx.speaker.country ? '{C}' : 'the free world'} to ${rng.pick(ACTIONS)}.`;
  else if (r < 0.72) s = `${rng.pick(VALUES)} is ${rng.pick(['not a gift', 'never granted', 'not negotiable', 'not a privilege'])}; ${rng.pick(['it must be defended', 'it is earned by sacrifice', 'it belongs to everyone', 'it is a right'])}.`;
  else s = rng.pick(STANDALONE);
  return capitalise(fill(rng, s, ctx));
}

/** One paragraph of 4–8 sentences, unless told. */
export function paragraph(rng: Rng, ctx: SpeechContext, min = 4, max = 8): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng, ctx));
  return out.join(' ');
}

/** A speech as paragraphs (2–4 of them, unless told). */
export function speech(rng: Rng, ctx: SpeechContext, min = 2, max = 4): string[] {
  const n = rng.int(min, max);
  return Array.from({ length: n }, () => paragraph(rng, ctx));
}
