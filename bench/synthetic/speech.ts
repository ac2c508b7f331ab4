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
const SINCE = ['Last year', 'Since {Y}', 'For decades', 'Every single day', 'In the past few months', 'Throughout this pandemic'];
const HARDSHIPS = [
  'families have been torn apart', 'journalists have been jailed for their reporting', 'the currency has lost most of its value',
  'young people have left the country in their thousands', 'teachers have gone unpaid', 'lawyers who defend protesters have been disbarred',
  'the regime has poured money into its militias while hospitals ran short of medicine', 'women have been beaten for what they wear',
];
const APPEALS = ['you are not alone', 'your sacrifice will not be forgotten', 'the world is watching', 'your courage inspires us', 'help is on the way', 'we hear you'];
const AS_A = ['parliamentarian', 'mother', 'lawyer', 'former diplomat', 'teacher', 'doctor', 'European', 'son of refugees', 'daughter of refugees', 'journalist'];
const CLAIMS = [
  'dialogue with this regime has never worked', 'sanctions only work when they are enforced', 'change must come from the people of {N} themselves',
  'the opposition is ready to govern', 'silence only emboldens the dictators', 'human rights cannot be traded for oil contracts',
  'a free {N} would be a force for peace in the region', 'the {A} has a real plan for the day after',
];
// Topics ("judicial independence", "maternal healthcare") widen the vocabulary and give term counts a long tail.
const TOPIC_ADJECTIVES = [
  'judicial', 'economic', 'academic', 'religious', 'ethnic', 'linguistic', 'digital', 'maternal', 'environmental', 'municipal', 'constitutional',
  'electoral', 'agricultural', 'industrial', 'cultural', 'financial', 'medical', 'military', 'educational', 'humanitarian', 'parliamentary',
  'monetary', 'rural', 'urban', 'civic', 'legal', 'regional', 'minority', 'indigenous', 'labour', 'press', 'trade-union', 'consular', 'water',
];
const TOPIC_NOUNS = [
  'independence', 'freedom', 'oversight', 'reform', 'transparency', 'accountability', 'healthcare', 'pluralism', 'autonomy', 'rights', 'integrity',
  'scrutiny', 'protections', 'safeguards', 'inclusion', 'representation', 'monitoring', 'sanctions', 'corruption', 'censorship', 'surveillance',
  'displacement', 'shortages', 'inflation', 'unemployment', 'detentions', 'disappearances', 'confiscations', 'evictions', 'blackouts',
];
const TOPIC_FRAMES = [
  'The question of {topic} cannot wait.', 'Our delegation raised {topic} with ministers in {C}.', 'Any agreement with the regime must address {topic}.',
  'Nobody in {N} can speak freely about {topic}.', 'The next report of the special rapporteur should cover {topic} in detail.',
  'We have documented {n} cases of {topic} this year alone.', 'The {A} platform puts {topic} at the heart of the transition.',
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
  if (r < 0.22) {
    const [subject, plural] = rng.pick(SUBJECTS);
    const verb = rng.pick(VERBS)[plural ? 0 : 1];
    s = `${subject} ${verb} ${rng.pick(OBJECTS)}${rng.pick(TAILS)}.`;
  }
  else if (r < 0.32) s = rng.pick(TOPIC_FRAMES).replace('{topic}', `${rng.pick(TOPIC_ADJECTIVES)} ${rng.pick(TOPIC_NOUNS)}`).replace('{n}', String(rng.int(12, 900)));
  else if (r < 0.36) s = `The regime fears ${rng.pick(FEARS)} more than anything else.`;
  else if (r < 0.42) s = `${rng.pick(SINCE)}, ${rng.pick(HARDSHIPS)}.`;
  else if (r < 0.54) s = `${rng.pick(['We demand', 'I call for', 'We insist on', 'The world must demand'])} ${rng.pick(DEMANDS)}.`;
  else if (r < 0.63) s = `It is time for ${ctx.speaker.country ? '{C}' : 'the free world'} to ${rng.pick(ACTIONS)}.`;
  else if (r < 0.70) s = rng.chance(0.5) ? `To the people of {N} I say: ${rng.pick(APPEALS)}.` : `As a ${rng.pick(AS_A)}, I know that ${rng.pick(CLAIMS)}.`;
  else if (r < 0.74) s = `${rng.pick(VALUES)} is ${rng.pick(['not a gift', 'never granted', 'not negotiable', 'not a privilege'])}; ${rng.pick(['it must be defended', 'it is earned by sacrifice', 'it belongs to everyone', 'it is a right'])}.`;
  else s = rng.pick(STANDALONE);
  return capitalise(fill(rng, s, ctx));
}

/** One paragraph of 4–8 sentences, unless told. */
export function paragraph(rng: Rng, ctx: SpeechContext, min = 4, max = 8): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  // A repeated sentence reads as a bug; redraw (a few times at most) rather than repeat.
  for (let i = 0, tries = 0; out.length < n && tries < n * 3; i++, tries++) {
    const s = sentence(rng, ctx);
    if (!out.includes(s)) out.push(s);
  }
  return out.join(' ');
}

/** A speech as paragraphs (2–4 of them, unless told). */
export function speech(rng: Rng, ctx: SpeechContext, min = 2, max = 4): string[] {
  const n = rng.int(min, max);
  return Array.from({ length: n }, () => paragraph(rng, ctx));
}
