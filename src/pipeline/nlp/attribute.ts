import speechData from '../../../data/speech.json';
import titlesData from '../../../data/titles.json';
import { TIME_NOUNS, WEEKDAYS, demonymCountry, normalisePhrase } from './lexicon';
import {
  AGENT_TITLES,
  isPostNominal,
  participleOpening,
  partyTagEnd,
  ROLE_WORDS,
  TITLE_WORDS,
  type NameMention,
} from './mentions';
import type { Person } from './people';
import { classifyProseRole } from './proseAttributes';
import type { QuoteSpan } from './quoteMarks';
import { wordCount } from './quoteMarks';
import { isDash, isPossessiveAt, type Token, type Tokenised } from './tokenise';

/** Phrases split into words and filed under their first word: a token is checked against only the phrases it can start. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    (index.get(words[0]!) ?? index.set(words[0]!, []).get(words[0]!)!).push(words);
  }
  return index;
}

const NO_PHRASES: readonly (readonly string[])[] = [];

/**
 * The phrases of `index` that the tokens from `i` spell, in the order they were listed. Asked at every token of
 * every sentence: a token that starts no phrase gets the one shared empty list.
 */
function phrasesAt(index: Map<string, string[][]>, toks: readonly Token[], i: number): readonly (readonly string[])[] {
  const candidates = index.get(toks[i]?.lower ?? '');
  if (candidates === undefined) return NO_PHRASES;
  let found: string[][] | undefined;
  for (const words of candidates) if (words.every((w, k) => toks[i + k]?.lower === w)) (found ??= []).push(words);
  return found ?? NO_PHRASES;
}

const SPEECH = new Set(speechData.speechVerbs);
const NEEDS_CLAUSE = new Set(speechData.reportingOnlyWithClause);
/** "called for", "pointed out": verbs whose particle belongs to them (data/speech.json particleVerbs). */
const PARTICLE_VERBS: ReadonlySet<string> = new Set(speechData.particleVerbs);
const QUESTIONING = new Set(speechData.questioningVerbs);
/** Verbs whose object is what was asked for or warned of, however short, with the particles they need (none listed:
 * any): "urged calm", "called for calm", "warned of floods"; not "spoke on Tuesday" (data/speech.json). */
const BRIEF_REPORTS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(speechData.briefReportVerbs));
/** Whom a verb of questioning names by a pronoun ("pressed him on …"). */
const OBJECT_PRONOUN = /^(?:him|her|them)$/;
const BARE_SAYING = new Set(speechData.bareSayingVerbs);
const EVENT_VERBS = new Set(speechData.eventVerbs);
const EVENT_OBJECTS = new Set(speechData.eventVerbObjects);
const MESSAGE_VERBS = new Set(speechData.messageVerbs);
const UNNAMED_PERSONS: ReadonlySet<string> = new Set(speechData.unnamedPersonNouns);
const MESSAGE_OBJECTS = new Set(speechData.messageObjects);
const PRONOUN_GENDER = speechData.pronouns as Record<string, 'm' | 'f'>;
const LIST_HEADS = byFirstWord(speechData.speakerListHeads);
const SPEAKER_LABELS = byFirstWord(speechData.speakerLabels);
const LIST_VERBS = new Set(speechData.speakerListVerbs);
const INVERTED_SPEAKING = new Set(speechData.invertedSpeaking);
const INVERTED_WITH_OCCASION = new Set(speechData.invertedSpeakingWithOccasion);
/** "giving their closing statements": such a participle with a speaking occasion within four words. */
function givingOccasion(toks: readonly Token[], i: number, last: number): boolean {
  if (!INVERTED_WITH_OCCASION.has(toks[i]!.lower)) return false;
  for (let k = i + 1; k < last && k - i <= 4; k++)
    if (OCCASIONS.has(toks[k]!.lower) || OCCASIONS.has(toks[k]!.lower.replace(/s$/, ''))) return true;
  return false;
}
const BY_PHRASES = byFirstWord(speechData.eventByPhrases);
const ADDRESSEES = byFirstWord(speechData.addresseeObjects);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** Verbs whose object is the addressee ("told the crew"): what was said must follow as a clause. */
const TELL: ReadonlySet<string> = new Set(speechData.tellVerbs);
const SPEECH_NOUNS = new Set(speechData.speechNouns);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our']);
/** "Speaking after Cheng, …": prepositions a name after which is no subject (asked of every token: a set, not an expression). */
const AFTER_PREPOSITION: ReadonlySet<string> = new Set([
  'after',
  'before',
  'following',
  'unlike',
  'like',
  'than',
  'besides',
  'behind',
  'against',
]);
const CHARACTERISE = speechData.characterisingVerbs as Record<string, string[]>;
const PARTICIPLES = new Set(speechData.speechParticiples);
const SPEECH_PHRASES = new Map(
  Object.entries(speechData.speechPhrases as Record<string, string[]>).map(([verb, objects]) => [
    verb,
    objects.map((o) => o.split(' ')),
  ]),
);
/** "paid tribute", "sounded the alarm": a verb at `v` whose object makes it one of speech (data/speech.json speechPhrases). */
function speaksAt(toks: readonly Token[], v: number): boolean {
  const t = toks[v];
  if (!t) return false;
  if (isSpeechVerb(t)) return true;
  return (SPEECH_PHRASES.get(t.lower) ?? []).some((words) => words.every((w, j) => toks[v + 1 + j]?.lower === w));
}
const LIST_LINKS = new Set([
  'with',
  'between',
  'by',
  'of',
  'from',
  'including',
  'included',
  'includes',
  'were',
  'was',
  'featuring',
  'featured',
  'among',
]);
const ROLL_HEAD = new RegExp(
  `\\b(?:${speechData.speakerListHeads.join('|')}|line-?up|programme|program|agenda|schedule)\\b`,
  'i',
);
const OCCASIONS = new Set(speechData.speakingOccasions);
/** Prepositions that open where, when or how something was said ("in a statement", "on Tuesday", "via Twitter"). */
const ADJUNCT_HEAD = /^(in|on|at|during|via|through|after|before|from|while|by)$/;
const BY_PHRASE_END = new RegExp(`\\b(?:${speechData.eventByPhrases.join('|')})\\s*:$`, 'i');
const QUOTE_MARK = /^["“”„«»]$/;
const BULLET = /^[•·▪◦‣*–—-]\s*/;
/** Words between a subject and its verb of speech: "went on to add", "has also". */
const LINKING = new Set([
  'went',
  'go',
  'goes',
  'on',
  'to',
  'also',
  'then',
  'later',
  'further',
  'again',
  'would',
  'will',
  'did',
  'does',
  'publicly',
  'previously',
  'recently',
  'repeatedly',
  'once',
  'in',
  'turn',
]);
/** What a person's words come in: "Okafor's statement added". */
const CARRIERS = new Set([
  'statement',
  'letter',
  'tweet',
  'post',
  'message',
  'speech',
  'remarks',
  'address',
  'testimony',
  'op-ed',
  'article',
  'memo',
  'report',
  'summary',
  'ruling',
  'judgment',
  'judgement',
  'announcement',
]);

/** Why a person is taken as a speaker: the rule, in a few words, for the evidence record. */
export type Rule = string;

export interface AttributedQuote {
  start: number;
  end: number;
  person: number | null;
  kind: 'direct' | 'reported';
  rule: Rule;
}

export interface SpeakingRole {
  person: number;
  rule: Rule;
  start: number;
  end: number;
}

export interface Attribution {
  quotes: AttributedQuote[];
  roles: SpeakingRole[];
}

interface Ctx {
  doc: Tokenised;
  toks: Token[];
  /** token index -> mention starting there (and its person) */
  mentionAt: Map<number, { m: NameMention; person: number }>;
  /** mentions with a person, in text order */
  resolved: { m: NameMention; person: number }[];
  people: Person[];
  /** token index -> inside a direct quote */
  quoted: Uint8Array;
}

const isSpeechVerb = (t: Token | undefined) => !!t && SPEECH.has(t.lower) && t.pos !== 'NOUN' && t.pos !== 'PROPN';

/**
 * Who speaks, in running prose: direct quotes with the speaker after or before
 * them, reported speech (X said that…), and speaking roles at the event
 * (chaired by X, X delivered a speech, speakers included A, B and C).
 */
export function attribute(
  doc: Tokenised,
  mentions: readonly NameMention[],
  personOf: Int32Array,
  people: Person[],
  spans: readonly QuoteSpan[],
): Attribution {
  const toks = doc.tokens;
  const quoted = new Uint8Array(toks.length);
  let q = 0;
  for (let i = 0; i < toks.length; i++) {
    while (q < spans.length && spans[q]!.close < toks[i]!.start) q++;
    const s = spans[q];
    if (s && toks[i]!.start >= s.start && toks[i]!.end <= s.end) quoted[i] = 1;
  }
  const mentionAt = new Map<number, { m: NameMention; person: number }>();
  const resolved: { m: NameMention; person: number }[] = [];
  mentions.forEach((m, i) => {
    const person = personOf[i]!;
    if (person < 0) return;
    mentionAt.set(m.first, { m, person });
    if (m.leadFirst !== m.first) mentionAt.set(m.leadFirst, { m, person });
    if (!quoted[m.first]) resolved.push({ m, person });
  });
  const ctx: Ctx = { doc, toks, mentionAt, resolved, people, quoted };
  const quotes = directQuotes(ctx, spans);
  const roles: SpeakingRole[] = [];
  reportedSpeech(ctx, quotes, roles);
  speakingRoles(ctx, roles);
  listedWithSpeaker(ctx, quotes, roles);
  return { quotes, roles };
}

/**
 * "Former envoys Ada Moss, Tom Lee and Eva Ruiz signed a letter saying "…"": a quote carries one
 * speaker, but everyone listed with them as the subject of the sentence that introduces it speaks too.
 */
function listedWithSpeaker(ctx: Ctx, quotes: readonly AttributedQuote[], roles: SpeakingRole[]): void {
  const toks = ctx.toks;
  for (const q of quotes) {
    if (q.person === null || q.kind !== 'direct') continue;
    // the sentence the quote opens in, up to the quote
    const o = tokenAt(ctx, q.start) - 1;
    if (o < 0 || toks[o]!.sent !== toks[o + 1]?.sent) continue;
    let lo = o;
    while (lo > 0 && toks[lo - 1]!.sent === toks[o]!.sent) lo--;
    for (let i = lo; i < o; i++) {
      const hit = ctx.mentionAt.get(i);
      if (!hit || ctx.quoted[i]) continue;
      const list = nameListAt(ctx, i, o);
      // a coordinated subject ("A, B and C signed"), not a name after a preposition or an apposition ("According to A, the B shows")
      const coordinated = (to: number) => toks.slice(i, to).some((t) => t.lower === 'and');
      if (
        !list ||
        list.people.length < 2 ||
        !list.people.includes(q.person) ||
        toks[list.verb]?.pos !== 'VERB' ||
        toks[i - 1]?.pos === 'ADP' ||
        toks[i - 1]?.lower === 'to' ||
        !coordinated(list.verb)
      ) {
        i = hit.m.last - 1;
        continue;
      }
      for (let k = i; k < list.verb; k++) {
        const other = ctx.mentionAt.get(k);
        // (names that look like a person's only: a body listed beside them is no co-speaker)
        if (
          !other ||
          other.person === q.person ||
          !list.people.includes(other.person) ||
          !ctx.people[other.person]!.personal
        )
          continue;
        roles.push({
          person: other.person,
          rule: 'listed with the speaker as the subject of the quote',
          start: other.m.start,
          end: other.m.end,
        });
        k = other.m.last - 1;
      }
      break;
    }
  }
}

// ---- who is meant at a position -------------------------------------------------

/** The person named or referred to by the words starting at token i: a name, "he"/"she", or "the <title>". Returns the person and the token after the reference. */
function referentAt(ctx: Ctx, i: number): { person: number; next: number; via: string } | null {
  const t = ctx.toks[i];
  if (!t) return null;
  const hit = ctx.mentionAt.get(i);
  if (hit) {
    // "a spokesman for Prime Minister X said": the words are the spokesman's, not X's
    let p = hit.m.leadFirst - 1;
    if (ctx.toks[p]?.lower === 'the') p--;
    if (ctx.toks[p]?.lower === 'for' && AGENT_TITLES.has(ctx.toks[p - 1]?.lower ?? '')) return null;
    const after = ctx.toks[hit.m.last];
    // "Okafor's statement added": the person's statement speaks for them
    if (after && (after.lower === "'s" || after.lower === '’s') && CARRIERS.has(ctx.toks[hit.m.last + 1]?.lower ?? ''))
      return { person: hit.person, next: hit.m.last + 2, via: `name's ${ctx.toks[hit.m.last + 1]!.text}` };
    return { person: hit.person, next: hit.m.last, via: 'name' };
  }
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    const p = lastPersonBefore(ctx, t.start, PRONOUN_GENDER[t.lower]!);
    return p === null ? null : { person: p, next: i + 1, via: `pronoun "${t.text}"` };
  }
  // "His message was blunt: …", "Her statement added": the person's words come in it
  if ((t.lower === 'his' || t.lower === 'her') && CARRIERS.has(ctx.toks[i + 1]?.lower ?? '')) {
    const p = lastPersonBefore(ctx, t.start, PRONOUN_GENDER[t.lower]!);
    return p === null ? null : { person: p, next: i + 2, via: `"${t.text} ${ctx.toks[i + 1]!.text}"` };
  }
  // "the minister", "the archbishop": the last person with that title
  if (t.lower === 'the') {
    // "…," the German said: a nationality names the subject of an earlier sentence (not someone named in this one,
    // "Asked about Tom Fox, the Argentine said", nor an object), and says their country
    const nationality = ctx.toks[i + 1];
    if (nationality && demonymCountry(nationality.text) && isSpeechVerb(ctx.toks[i + 2])) {
      const p = lastSubject(ctx, t.sent);
      if (p === null) return null;
      const person = ctx.people[p]!;
      if (!person.descriptors.includes(nationality.text)) {
        person.descriptors.push(nationality.text);
        descriptorWordsOf.delete(person);
      }
      return { person: p, next: i + 2, via: `"the ${nationality.text}"` };
    }
    // "the 51-year-old former banker": an age describes the person named last, in this paragraph or the one before
    const aged = ageEnd(ctx.toks, i + 1);
    if (aged > 0) {
      let k = aged;
      while (
        k < ctx.toks.length &&
        k - aged < 3 &&
        /^(ADJ|NOUN)$/.test(ctx.toks[k]!.pos) &&
        /^\p{Ll}/u.test(ctx.toks[k]!.text)
      )
        k++;
      // (not "the 19-year-old suspect": someone unnamed; not "the 23-year-old striker, Ana Lo,": the name follows)
      const unnamed = k > aged && UNNAMED_PERSONS.has(ctx.toks[k - 1]!.lower);
      const named = ctx.toks[k]?.text === ',' && ctx.mentionAt.has(k + 1);
      // ("the 71-year-old pope": a title after the age names the person further back too)
      const titled = k > aged && isTitleNoun(ctx.toks[k - 1]!.lower);
      const p =
        unnamed || named
          ? null
          : (lastPersonNamed(ctx, t.start) ??
            (titled ? lastPersonWithTitle(ctx, t.start, ctx.toks[k - 1]!.lower) : null));
      if (p !== null) return { person: p, next: k, via: '"the …-year-old"' };
    }
    // "the minister", "the Kansas lawmaker", "the Flicker chief": lower-case words, or a place's or body's name
    // (capitalised, no one's name), before the title
    let k = i + 1;
    while (k < ctx.toks.length && k - i <= 3 && titleModifier(ctx, k)) k++;
    const head = ctx.toks[k - 1];
    // ("the party's climate plan" is no one speaking; "the board's statement concluded" is the board speaking)
    const possessive = /^['’]s$/.test(ctx.toks[k]?.text ?? '') && !CARRIERS.has(ctx.toks[k + 1]?.lower ?? '');
    // ("The US deputy ambassador, Tom Wood, said": the name after the comma is the person meant, not an earlier
    // ambassador)
    const named = ctx.toks[k]?.text === ',' && ctx.mentionAt.has(k + 1);
    if (k > i + 1 && head && /^\p{Ll}/u.test(head.text) && isTitleNoun(head.lower) && !possessive && !named) {
      const p = lastPersonWithTitle(ctx, t.start, head.lower);
      if (p !== null) return { person: p, next: k, via: `"the ${head.text}"` };
    }
  }
  return null;
}

/** After "51-year-old" starting at `j` (a number, then "-year-old" joined to it), the next token; else 0. */
function ageEnd(toks: readonly Token[], j: number): number {
  const age =
    toks[j]?.pos === 'NUM' &&
    toks[j + 1]?.text === '-' &&
    toks[j + 2]?.lower === 'year' &&
    toks[j + 3]?.text === '-' &&
    toks[j + 4]?.lower === 'old' &&
    [1, 2, 3, 4].every((d) => toks[j + d] !== undefined && toks[j + d]!.spaceBefore === '');
  return age ? j + 5 : 0;
}

/** The person named last before `at`, outside quotes, in its paragraph or the one before. */
function lastPersonNamed(ctx: Ctx, at: number): number | null {
  const para = paraAt(ctx, at);
  for (let k = resolvedFrom(ctx, at) - 1; k >= 0; k--) {
    const r = ctx.resolved[k]!;
    if (para - ctx.doc.sentences[r.m.sent]!.para > 1) return null;
    if (ctx.people[r.person]!.personal) return r.person;
  }
  return null;
}

/** The first referent within `limit` tokens from i, in the same sentence and outside quotes ("according to Lakeside University scholar Rita Osei"). */
function referentAfter(ctx: Ctx, i: number, limit: number): { person: number; next: number; via: string } | null {
  const sent = ctx.toks[i]?.sent;
  for (let k = i; k < ctx.toks.length && k - i <= limit && ctx.toks[k]!.sent === sent && !ctx.quoted[k]; k++) {
    const t = ctx.toks[k]!;
    // ("chief operating officer", "acting minister": a participle inside a title is no verb)
    const inTitle = /ing$/.test(t.lower) && TITLE_WORDS.has(ctx.toks[k + 1]?.lower ?? '');
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !inTitle) return null;
    const r = referentAt(ctx, k);
    // "the Harbourtown mayor, Sam Ode": a name before a title word names the place or body, not the person
    const after = ctx.toks[r?.next ?? -1];
    if (r && after && /^\p{Ll}/u.test(after.text) && TITLE_WORDS.has(after.lower)) {
      k = r.next;
      continue;
    }
    if (r) return r;
  }
  return null;
}

/** Index of the first resolved mention starting at or after `offset` (mentions are in text order). */
function resolvedFrom(ctx: Ctx, offset: number): number {
  let lo = 0;
  let hi = ctx.resolved.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.resolved[mid]!.m.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last person named before `at` (outside quotes, within three paragraphs) whose gender does not contradict. */
function lastPersonBefore(ctx: Ctx, at: number, gender: 'm' | 'f'): number | null {
  // "Ana Lo spoke first. She thanked Eva Marsh for the invitation. She said …": a pronoun opening a sentence after a
  // sentence opened by the same pronoun goes on about the same person, not the object named in between
  const i = tokenAt(ctx, at);
  const sent = ctx.toks[i]?.sent ?? -1;
  const prev = ctx.doc.sentences[sent - 1];
  // "He said he had warned …": the same pronoun earlier in the sentence, with no name between, is the same person
  const sentence = ctx.doc.sentences[sent];
  for (let k = i - 1; sentence && k >= sentence.first; k--) {
    if (ctx.mentionAt.has(k)) break;
    const t = ctx.toks[k]!;
    if (!ctx.quoted[k] && SUBJECT_PRONOUNS.has(t.lower) && PRONOUN_GENDER[t.lower] === gender)
      return lastPersonBefore(ctx, t.start, gender);
  }
  // ('"Nobody listened," he told the court': only a quotation before it, the pronoun still opens its sentence)
  if (
    sentence &&
    opensSentence(ctx, i) &&
    prev &&
    sentence.para - prev.para <= 1 &&
    topicUnnamed(ctx, sent - 1, gender, 4)
  )
    return null;
  if (ctx.doc.sentences[sent]?.first === i && prev && ctx.doc.sentences[sent]!.para - prev.para <= 1) {
    const opener = ctx.toks[prev.first]!;
    if (SUBJECT_PRONOUNS.has(opener.lower) && PRONOUN_GENDER[opener.lower] === gender) {
      const same = lastPersonBefore(ctx, opener.start, gender);
      if (same !== null) return same;
    }
  }
  const para = paraAt(ctx, at);
  for (let k = resolvedFrom(ctx, at) - 1; k >= 0; k--) {
    const r = ctx.resolved[k]!;
    if (para - ctx.doc.sentences[r.m.sent]!.para > 3) return null;
    const person = ctx.people[r.person]!;
    if (!person.personal || (person.gender && person.gender !== gender)) continue;
    // "Ana Lo welcomed Eva Marsh to the forum. She said …": a pronoun opening the next sentence continues its subject
    if (ctx.doc.sentences[sent]?.first === i && r.m.sent === sent - 1) {
      const subject = subjectOf(ctx, r.m.sent, gender);
      if (subject !== null) return subject;
    }
    return r.person;
  }
  return null;
}

/** Token i is its sentence's first word outside a quotation. */
function opensSentence(ctx: Ctx, i: number): boolean {
  const sentence = ctx.doc.sentences[ctx.toks[i]!.sent]!;
  for (let k = sentence.first; k < i; k++) if (!ctx.quoted[k] && ctx.toks[k]!.pos !== 'PUNCT') return false;
  return true;
}

/**
 * "The company's former plant manager gave evidence. He said …. "…," he told the court.": whether the person sentence
 * `s` is about is one named only by a common noun, through sentences opened by the same pronoun.
 */
function topicUnnamed(ctx: Ctx, s: number, gender: 'm' | 'f', depth: number): boolean {
  const sentence = ctx.doc.sentences[s];
  if (!sentence || depth === 0) return false;
  for (let k = sentence.first; k < sentence.last; k++) {
    const t = ctx.toks[k]!;
    if (ctx.quoted[k] || t.pos === 'PUNCT') continue;
    if (SUBJECT_PRONOUNS.has(t.lower)) {
      const prev = ctx.doc.sentences[s - 1];
      return (
        PRONOUN_GENDER[t.lower] === gender &&
        !!prev &&
        sentence.para - prev.para <= 1 &&
        topicUnnamed(ctx, s - 1, gender, depth - 1)
      );
    }
    break;
  }
  return unnamedSubject(ctx, s, gender);
}

/**
 * Whether sentence `s` opens with a person named only by a common noun ("The company's former plant manager, now
 * 64, gave …"): no name before its first verb, and the noun is a post or a word for a person no earlier person holds.
 */
function unnamedSubject(ctx: Ctx, s: number, gender: 'm' | 'f'): boolean {
  const { first, last } = ctx.doc.sentences[s]!;
  const article = ctx.toks[first]!.lower;
  if (!/^(?:the|a|an)$/.test(article)) return false;
  let head: Token | null = null;
  let possessive = false;
  for (let k = first + 1; k < last; k++) {
    const t = ctx.toks[k]!;
    if (ctx.mentionAt.has(k) || ctx.quoted[k]) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (isPossessiveAt(ctx.toks, k)) possessive = true;
    if (t.text === ',') head ??= ctx.toks[k - 1]!;
  }
  const noun = (head ?? null)?.lower ?? '';
  if (!head || head.pos !== 'NOUN' || !(isTitleNoun(noun) || UNNAMED_PERSONS.has(noun))) return false;
  // ("A spokesman …" is no "she"; "The chairman, speaking after the vote, …" is the chairman named before: only
  // "a …" or someone's "… manager" is someone new)
  if (nounGender(noun) !== null && nounGender(noun) !== gender) return false;
  if (article === 'the' && !possessive) return false;
  return lastPersonWithTitle(ctx, ctx.toks[first]!.start, noun) === null;
}

/** The gender a noun for a person gives (data/speech.json honorificGender: "spokeswoman", "father"; "-woman", "-man"), or null. */
function nounGender(noun: string): 'm' | 'f' | null {
  return NOUN_GENDER[noun] ?? (/wom[ae]n$/.test(noun) ? 'f' : /m[ae]n$/.test(noun) ? 'm' : null);
}
const NOUN_GENDER = speechData.honorificGender as Record<string, 'm' | 'f'>;

/** The person named as the subject of sentence `s` (a name before its first verb), if compatible with `gender`. */
function subjectOf(ctx: Ctx, s: number, gender: 'm' | 'f'): number | null {
  const { first, last } = ctx.doc.sentences[s]!;
  for (let k = first; k < last; k++) {
    const t = ctx.toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoted[k]) return null;
    const hit = ctx.mentionAt.get(k);
    if (!hit) continue;
    // ("Ana Lo's business partner Eva Marsh held …": the possessor is not the subject; nor is "Dunmere" in
    // "Dunmere boss Gareth Pryce")
    if (describesNext(ctx, hit.m)) {
      k = hit.m.last;
      continue;
    }
    const person = ctx.people[hit.person]!;
    return person.personal && (!person.gender || person.gender === gender) ? hit.person : null;
  }
  return null;
}

/** A possessor ("Ana Lo's partner Eva Marsh") or a body before a post ("Dunmere boss Gareth Pryce"): not the subject. */
const describesNext = (ctx: Ctx, m: NameMention): boolean =>
  /^['’]s$/.test(ctx.toks[m.last]?.text ?? '') || bodyBeforePost(ctx, m);

/** A name right before a post in lower case and another name ("Dunmere boss Gareth Pryce"): the body of the post. */
function bodyBeforePost(ctx: Ctx, m: NameMention): boolean {
  let j = m.last;
  while (j - m.last < 3 && /^(?:NOUN|ADJ)$/.test(ctx.toks[j]?.pos ?? '') && /^\p{Ll}/u.test(ctx.toks[j]!.text)) j++;
  return j > m.last && isTitleNoun(ctx.toks[j - 1]!.lower) && ctx.mentionAt.has(j);
}

/** A word between "the" and a title: lower-case ("the foreign minister") or a name that is no person's ("the Kansas lawmaker"). */
function titleModifier(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  if (/^\p{Ll}/u.test(t.text)) return t.pos !== 'PROPN';
  return !ctx.mentionAt.has(k) && !TITLE_WORDS.has(t.lower) && !/^['’]s$/.test(ctx.toks[k + 1]?.text ?? '');
}

/**
 * The subject of the nearest sentence before sentence `s` that has one, within two paragraphs: the person named
 * before its first verb outside quotes ('"It was a bad day," Ana Lo told reporters', 'Coach Ana Lo spoke').
 */
function lastSubject(ctx: Ctx, s: number): number | null {
  const para = ctx.doc.sentences[s]!.para;
  for (let p = s - 1; p >= 0 && para - ctx.doc.sentences[p]!.para <= 2; p--) {
    const { first, last } = ctx.doc.sentences[p]!;
    for (let k = first; k < last; k++) {
      const t = ctx.toks[k]!;
      if (ctx.quoted[k] || t.pos === 'PUNCT') continue;
      // ("Visiting coach Nils Ekdahl praised …": an opening participle before a noun describes it; but in "Asked
      // about Tom Fox, the Argentine said" the name is inside the participle's own phrase)
      const describes = k === first && participleOpening(ctx.toks, k) && /^(NOUN|ADJ)$/.test(ctx.toks[k + 1]!.pos);
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !describes) break;
      const hit = ctx.mentionAt.get(k);
      if (!hit) continue;
      // (nor the body before a post: "Dunmere boss Gareth Pryce was …" is about Gareth Pryce)
      if (describesNext(ctx, hit.m)) {
        k = hit.m.last;
        continue;
      }
      if (ctx.people[hit.person]!.personal) return hit.person;
      k = hit.m.last - 1;
    }
  }
  return null;
}

/**
 * The person "the <title>" names: the last one (of the last few dozen names) whose descriptors hold that word, or
 * a word of its group ("the pontiff" for a pope); else, within two paragraphs, the last whose role category is the
 * title's ("the lawmaker" for a senator). Someone who speaks for others ("the spokesman") only by the word itself.
 */
function lastPersonWithTitle(ctx: Ctx, at: number, title: string): number | null {
  const from = resolvedFrom(ctx, at) - 1;
  const words = (p: number) => descriptorWords(ctx.people[p]!);
  for (let k = from, seen = 0; k >= 0 && seen < 50; k--, seen++)
    if (words(ctx.resolved[k]!.person).has(title)) return ctx.resolved[k]!.person;
  if (AGENT_TITLES.has(title)) return null;
  const group = TITLE_SYNONYMS.get(title);
  if (group)
    for (let k = from, seen = 0; k >= 0 && seen < 50; k--, seen++) {
      const w = words(ctx.resolved[k]!.person);
      for (const g of group) if (w.has(g)) return ctx.resolved[k]!.person;
    }
  const category = classifyProseRole([title]).role;
  if (!LINKED_CATEGORIES.has(category)) return null;
  const para = paraAt(ctx, at);
  for (let k = from; k >= 0; k--) {
    const r = ctx.resolved[k]!;
    if (para - ctx.doc.sentences[r.m.sent]!.para > 2) return null;
    const person = ctx.people[r.person]!;
    if (person.personal && person.descriptors.length && classifyProseRole(person.descriptors).role === category)
      return r.person;
  }
  return null;
}

/** A noun for a post: a title or role word, or one of a group of synonyms ("pontiff"). */
const isTitleNoun = (w: string) => ROLE_WORDS.has(w) || TITLE_SYNONYMS.has(w);

/** Role categories whose titles name one kind of office, whatever the word: a senator is "the lawmaker". */
const LINKED_CATEGORIES: ReadonlySet<string> = new Set([
  'legislator',
  'government-official',
  'local-politician',
  'academic',
]);
const TITLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  titlesData.titleSynonyms.flatMap((group) => group.map((w) => [w, group.filter((g) => g !== w)] as const)),
);
const descriptorWordsOf = new WeakMap<Person, ReadonlySet<string>>();
/** A person's descriptors as lower-case words, made once per person. */
function descriptorWords(person: Person): ReadonlySet<string> {
  let w = descriptorWordsOf.get(person);
  if (!w) {
    w = new Set(person.descriptors.flatMap((d) => d.toLowerCase().split(/[^\p{L}]+/u)));
    descriptorWordsOf.set(person, w);
  }
  return w;
}

function paraAt(ctx: Ctx, offset: number): number {
  const ps = ctx.doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First token at or after a character offset. */
function tokenAt(ctx: Ctx, offset: number): number {
  const toks = ctx.toks;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a mention of someone who looks like a person starts between tokens `from` and `to`. */
function personNamedIn(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const hit = ctx.mentionAt.get(k);
    if (hit && ctx.people[hit.person]!.personal) return true;
  }
  return false;
}

/** Tokens that may stand between a subject and its verb: an apposition in commas, adverbs, auxiliaries. */
function skipToVerb(ctx: Ctx, i: number, limit: number): number {
  const toks = ctx.toks;
  const sent = toks[i]?.sent;
  let k = i;
  // letters after the name ("Helen Achebe KC told")
  while (isPostNominal(toks[k]) && toks[k]!.sent === sent) k++;
  // a bracket after the name ("Joan Roe (R-Ohio) said", "Dr Ana Lo (who chaired the committee with Tom Fox) opened"):
  // the verb comes after it
  if (toks[k]?.text === '(') {
    let close = k + 1;
    while (close < toks.length && toks[close]!.text !== ')' && toks[close]!.sent === sent && close - k < 30) close++;
    if (toks[close]?.text === ')') k = close + 1;
  }
  // ", D-Wash.," after the name: the verb, or an apposition, comes after it
  const tagEnd = partyTagEnd(toks, k);
  if (tagEnd > 0) k = tagEnd;
  // an apposition between dashes ("Ilse Jansen — a veteran activist — said"): the verb comes after the second
  // "The mayor — Pieter Wouters — said": the dash closes an apposition that opened before the name
  if (isDash(toks[k]) && isSpeechVerb(toks[k + 1]) && dashBefore(toks, i)) k++;
  else if (isDash(toks[k])) {
    let b = k + 1;
    while (b < toks.length && toks[b]!.sent === sent && !isDash(toks[b]) && b - k < 20) b++;
    if (isDash(toks[b]) && toks[b]!.sent === sent) k = b + 1;
  }
  // an age first ("Ana Lo, 61, a retired nurse, said"): the apposition after it is read as if it came first
  if (toks[k]?.text === ',' && toks[k + 1]?.pos === 'NUM' && toks[k + 2]?.text === ',' && toks[k + 3]?.pos !== 'VERB')
    k += 2;
  // "X, who advised on the design, said": past a relative clause to the verb after it, though the clause's own verb
  // reports too
  if (toks[k]?.text === ',' && /^(?:who|whose)$/.test(toks[k + 1]?.lower ?? '')) {
    let b = k + 2;
    while (b < toks.length && toks[b]!.sent === sent && toks[b]!.text !== ',' && b - k < 20) b++;
    if (toks[b]?.text === ',' && isSpeechVerb(toks[b + 1])) k = b + 1;
  }
  if (toks[k]?.text === ',') {
    // an apposition: ", the executive secretary of …,"
    let b = k + 1;
    while (b < toks.length && toks[b]!.sent === sent && toks[b]!.text !== ',' && !isSpeechVerb(toks[b]) && b - k < 20)
      b++;
    if (toks[b]?.text === ',') k = b + 1;
    // "Paul Ndlovu, Dean of the Harbour Law School called it …": the apposition runs up to the verb
    // (unless a person is named inside it: "in Place Royale, union secretary Ana Ruiz said" is Ana Ruiz's)
    // (no verb or auxiliary in it: ", police were called" is a clause of its own)
    else if (
      isSpeechVerb(toks[b]) &&
      toks.slice(k + 1, b).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX') &&
      !personNamedIn(ctx, k + 1, b) &&
      !insideOpeningPhrase(ctx, i)
    )
      k = b;
    // "The host, Seville mayor X, told", "…, Dr Ana Ruiz, gave": the comma closes an apposition around the name
    else if (isSpeechVerb(toks[k + 1]) || toks[k + 1]?.pos === 'VERB') k = k + 1;
    // "X, director-general of the agency, who urged …", "X, who read a message": the relative clause's verb is the
    // person's
    else if (toks[k + 1]?.lower === 'who') k++;
    if (toks[k]?.lower === 'who' && toks[k - 1]?.text === ',') k++;
  }
  // "Anna Berg of the Water Council maintained", "Tom Reyes of UNICEF observed", "… of the Bureau of Land and Water said"
  if (
    (toks[k]?.lower === 'of' || toks[k]?.lower === 'from') &&
    (capitalTokenAt(toks, k + 1) || (toks[k + 1]?.lower === 'the' && capitalTokenAt(toks, k + 2)))
  ) {
    k++;
    while (
      k < toks.length &&
      toks[k]!.sent === sent &&
      (/^\p{Lu}/u.test(toks[k]!.text) ||
        (toks[k]!.text === '-' && toks[k]!.spaceBefore === '') ||
        // ("of Osaka-based Kiri Robotics said")
        (toks[k]!.lower === 'based' && toks[k - 1]!.text === '-' && capitalTokenAt(toks, k + 1)) ||
        (/^['’]s$/.test(toks[k]!.text) && capitalTokenAt(toks, k + 1)) ||
        (/^(of|the|and|for)$/.test(toks[k]!.lower) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '')))
    )
      k++;
    // "the society's president, Prof. Ana Lo of Eastport University, said": the comma closes the apposition that
    // opened before the name (not in "The minister, who met Tom Reyes of UNICEF, said", where a verb comes between)
    if (toks[k]?.text === ',' && isSpeechVerb(toks[k + 1])) {
      let b = i - 1;
      while (b > i - 8 && toks[b]?.sent === sent && toks[b]!.text !== ',' && !/^(VERB|AUX)$/.test(toks[b]!.pos)) b--;
      if (toks[b]?.text === ',' && toks[b]!.sent === sent) k++;
    }
  }
  // "Ivo Lind of the city college asked": a lower-case "of" phrase right before the verb
  if (toks[k]?.lower === 'of') {
    let b = k + 1;
    // (a body's name inside, whatever its words' tags: "of the campaign group Save the Tarn said")
    while (
      b < toks.length &&
      b - k <= 10 &&
      toks[b]!.sent === sent &&
      (/^(DET|ADJ|NOUN|PROPN|ADP)$/.test(toks[b]!.pos) || capitalTokenAt(toks, b))
    )
      b++;
    if (isSpeechVerb(toks[b])) k = b;
  }
  const start = k;
  while (
    k < toks.length &&
    k - start < limit &&
    toks[k]!.sent === sent &&
    (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || toks[k]!.lower === 'not' || LINKING.has(toks[k]!.lower))
  )
    k++;
  return k;
}

/** A dash shortly before token i (the end of a name) in its sentence, with no verb between: the name is in an apposition. */
function dashBefore(toks: readonly Token[], i: number): boolean {
  const sent = toks[i]?.sent;
  for (let b = i - 1; b >= 0 && i - b <= 8 && toks[b]!.sent === sent; b--) {
    if (isDash(toks[b])) return b > 0 && toks[b - 1]!.sent === sent;
    if (toks[b]!.pos === 'VERB' || toks[b]!.pos === 'AUX') return false;
  }
  return false;
}

/** Token `j` begins with a capital letter. */
const capitalTokenAt = (toks: readonly Token[], j: number) => /^\p{Lu}/u.test(toks[j]?.text ?? '');

/**
 * "Asked about Tom Fox, the coach said", "In a letter to Ana Lo, the mayor wrote": the name before token i sits in a
 * participle or prepositional phrase that opens the sentence (no comma between); the comma after it closes that phrase.
 */
function insideOpeningPhrase(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t) return false;
  const first = ctx.doc.sentences[t.sent]!.first;
  const opener = ctx.toks[first]!;
  if (ctx.mentionAt.has(first)) return false;
  // ("In Paris, Ana Lo said": past a comma the phrase has ended)
  for (let k = first + 1; k < i; k++) if (ctx.toks[k]!.text === ',') return false;
  return opener.pos === 'ADP' || isParticiple(opener);
}

/** A verb in -ing or -ed ("Speaking", "Asked"): opening a sentence, it begins a phrase of how or when. */
const isParticiple = (t: Token | undefined) => t?.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower);

// ---- direct quotes ----------------------------------------------------------------

function directQuotes(ctx: Ctx, spans: readonly QuoteSpan[]): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  const toks = ctx.toks;
  let prev: { person: number | null; para: number; end: number } | null = null;
  for (const s of spans) {
    const words = wordCount(ctx.doc.text, s.start, s.end, 4);
    let found = after(ctx, s) ?? before(ctx, s) ?? creditBelow(ctx, s);
    // a quote that goes on in the same or the next paragraph, with no one else named between
    // (not when the quote's own sentence has a verb of speech: "…," said Mira, a name we could not resolve)
    if (
      !found &&
      prev &&
      prev.person !== null &&
      (s.continues ||
        (s.para - prev.para <= 1 && !namedBetween(ctx, prev.end, s.open, prev.person) && !ownAttribution(ctx, s)))
    )
      found = { person: prev.person, rule: 'continues the previous quote' };
    // a quote opening a sentence in a paragraph that has named one person so far: theirs ("X issued a statement. "…"")
    // (not when its own sentence attributes it, to someone unnamed: '"…," he told the court' after "The manager …")
    if (!found && words >= 4 && !ownAttribution(ctx, s)) found = onlyPersonBefore(ctx, s);
    if (!found && words < 4) continue; // scare quotes and titles: "so-called", "Mister America"
    const q: AttributedQuote = {
      start: s.start,
      end: trimEnd(ctx.doc.text, s.start, s.end),
      person: found?.person ?? null,
      kind: 'direct',
      rule: found?.rule ?? 'no speaker named',
    };
    if (q.end > q.start) out.push(q);
    prev = { person: q.person, para: s.para, end: s.close };
    void toks;
  }
  return out;
}

/**
 * A quotation that is its whole paragraph, then a credit line under it: '"…"' / "— Ana Lo, president of the
 * growers' union" (a pull quote, a blockquote's footer).
 */
function creditBelow(ctx: Ctx, s: QuoteSpan): { person: number; rule: Rule } | null {
  const para = ctx.doc.paragraphs[s.para]!;
  const next = ctx.doc.paragraphs[s.para + 1];
  if (!next || ctx.doc.text.slice(para.start, s.open).trim() || ctx.doc.text.slice(s.close + 1, para.end).trim())
    return null;
  const k = tokenAt(ctx, next.start);
  if (!isDash(ctx.toks[k]) || !ctx.mentionAt.has(k + 1)) return null;
  const r = referentAt(ctx, k + 1);
  return r ? { person: r.person, rule: `quote, then a credit line under it (${r.via})` } : null;
}

/** A verb of speech outside quotation marks in the sentences where the quote opens and closes. */
function ownAttribution(ctx: Ctx, s: QuoteSpan): boolean {
  const a = ctx.toks[tokenAt(ctx, s.open)]?.sent;
  const b = ctx.toks[Math.min(ctx.toks.length - 1, tokenAt(ctx, s.close))]?.sent;
  if (a === undefined || b === undefined) return false;
  for (let k = ctx.doc.sentences[a]!.first; k < ctx.doc.sentences[b]!.last; k++)
    if (!ctx.quoted[k] && isSpeechVerb(ctx.toks[k])) return true;
  return false;
}

function onlyPersonBefore(ctx: Ctx, s: QuoteSpan): { person: number; rule: Rule } | null {
  const para = ctx.doc.paragraphs[s.para]!;
  const i = tokenAt(ctx, s.open);
  // only at a sentence's start: a quote inside narration has its own grammar
  if (i > 0 && ctx.toks[i - 1]!.sent === ctx.toks[i]?.sent && ctx.toks[i - 1]!.start >= para.start) return null;
  const people = new Set<number>();
  for (let k = resolvedFrom(ctx, para.start); k < ctx.resolved.length && ctx.resolved[k]!.m.start < s.open; k++)
    if (ctx.people[ctx.resolved[k]!.person]!.personal) people.add(ctx.resolved[k]!.person);
  return people.size === 1
    ? { person: [...people][0]!, rule: 'the one person the paragraph names before the quote' }
    : null;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,]/.test(text[e - 1]!)) e--;
  return e;
}

/** Someone other than `speaker` is named between two offsets (the previous quote's own attribution and names of no person do not count). */
function namedBetween(ctx: Ctx, from: number, to: number, speaker: number): boolean {
  for (let k = resolvedFrom(ctx, from); k < ctx.resolved.length && ctx.resolved[k]!.m.start < to; k++)
    if (ctx.resolved[k]!.person !== speaker && ctx.people[ctx.resolved[k]!.person]!.personal) return true;
  return false;
}

/** "…," said X / "…," X said / "…," she told reporters. */
function after(ctx: Ctx, s: QuoteSpan): { person: number; rule: Rule } | null {
  const toks = ctx.toks;
  let i = tokenAt(ctx, s.close + 1);
  if (i >= toks.length) return null;
  const sent = toks[i]!.sent;
  // the attribution follows in the quote's own sentence, or opens the next one when the quote closes a sentence
  while (i < toks.length && /^[,—–-]$/.test(toks[i]!.text)) i++;
  if (toks[i]?.sent !== sent && toks[i - 1]?.text !== ',' && !/[.!?]$/.test(ctx.doc.text.slice(s.start, s.end)))
    return null;
  // never from the next paragraph: it has its own speaker
  if (!toks[i] || ctx.doc.sentences[toks[i]!.sent]!.para !== s.para) return null;
  // 'X called it "a silly argument." Y asked whether …': a quote inside a sentence with its own verb ends there
  const closeSent = toks[Math.max(0, tokenAt(ctx, s.end) - 1)]!.sent;
  if (toks[i]!.sent !== closeSent && toks[tokenAt(ctx, s.open)]?.sent === closeSent && verbBefore(ctx, s)) return null;
  // 'A called it "a mistake", and B said …': a conjunction begins another clause, with its own speaker
  if (/^(and|but|while|whereas)$/.test(toks[i]!.lower)) return null;
  // said X
  if (isSpeechVerb(toks[i])) {
    for (let k = i + 1; k < toks.length && k - i <= 10 && toks[k]!.sent === toks[i]!.sent && !ctx.quoted[k]; k++) {
      const r = referentAt(ctx, k);
      if (r) return { person: r.person, rule: `quote, then "${toks[i]!.text}" and ${r.via}` };
    }
    return null;
  }
  // X said / X, the minister, told / team member X told / the agency's director for Asia, Dr. X, said (a
  // descriptor before the name: no verb in it, and no "by" or "with", whose object is someone else)
  let j = i + 1;
  while (j < toks.length && j - i < 5 && !ctx.mentionAt.has(j) && /^(DET|ADJ|NOUN|PROPN)$/.test(toks[j]!.pos)) j++;
  // (a longer descriptor only where the quote's sentence goes on after a comma, and starts as a noun phrase)
  const goesOn = toks[i - 1]?.text === ',' || /,\s*$/.test(ctx.doc.text.slice(s.start, s.end));
  // (or a possessive: '"…," its spokesperson, Liv Tandberg, told reporters')
  if (
    !ctx.mentionAt.has(j) &&
    goesOn &&
    (/^(DET|ADJ|NOUN|PROPN)$/.test(toks[i]!.pos) || POSSESSIVES.has(toks[i]!.lower))
  ) {
    const inDescriptor = (t: Token) =>
      /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) ||
      /^(['’]s?|of|for|to|at|in|from|,)$/.test(t.lower) ||
      (t.text === '.' && t.spaceBefore === '');
    j = i + 1;
    while (j < toks.length && j - i < 14 && !ctx.mentionAt.has(j) && inDescriptor(toks[j]!)) j++;
  }
  for (const at of ctx.mentionAt.has(j) && toks[j]!.sent === toks[i]!.sent ? [i, j] : [i]) {
    const r = referentAt(ctx, at);
    if (!r) continue;
    const v = skipToVerb(ctx, r.next, 4);
    if (isSpeechVerb(toks[v])) return { person: r.person, rule: `quote, then ${r.via} and "${toks[v]!.text}"` };
  }
  return null;
}

/** A verb outside quotation marks in the quote's sentence before it opens. */
function verbBefore(ctx: Ctx, s: QuoteSpan): boolean {
  const o = tokenAt(ctx, s.open);
  const sent = ctx.toks[o]?.sent;
  for (let k = o - 1; k >= 0 && ctx.toks[k]!.sent === sent; k--)
    if (!ctx.quoted[k] && ctx.toks[k]!.pos === 'VERB') return true;
  return false;
}

/** X said: "…" / X told reporters, "…" / According to X, "…" / "…" tweeted X "…" (second part). */
function before(ctx: Ctx, s: QuoteSpan): { person: number; rule: Rule } | null {
  const toks = ctx.toks;
  const o = tokenAt(ctx, s.open) - 1;
  if (o < 0) return null;
  const sent = toks[o + 1]?.sent ?? toks[o]!.sent;
  let first = o;
  // back to the sentence's start, across earlier quoted words ('X says this "barrier" serves to "…"')
  while (first > 0 && toks[first - 1]!.sent === sent) first--;
  if (toks[o]!.sent !== sent && !/[:,]$/.test(toks[o]!.text)) return null;
  let lo = toks[o]!.sent === sent ? first : o;
  // "…party chairman Leo Varga, whose …, writes:" closing the paragraph before the quote
  if (lo === o && toks[o]!.text === ':') while (lo > 0 && toks[lo - 1]!.sent === toks[o]!.sent) lo--;
  let firstRef: { person: number; via: string } | null = null;
  for (let k = lo; k <= o; k++) {
    const t = toks[k]!;
    if (ctx.quoted[k]) continue;
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
      const r = referentAfter(ctx, k + 2, 8);
      if (r) return { person: r.person, rule: `"according to" ${r.via}` };
    }
    // "in the words of the prosecutor, Ines Duarte,"
    if (t.lower === 'words' && toks[k + 1]?.lower === 'of') {
      const r = referentAfter(ctx, k + 2, 8);
      if (r) return { person: r.person, rule: `"in the words of" ${r.via}` };
    }
    // "X took the stage and called the delays "…"": a second verb of speech for the subject
    if (firstRef && /^(and|but)$/.test(t.lower) && speaksAt(toks, k + 1) && k + 1 < o)
      return { person: firstRef.person, rule: `${firstRef.via} and "${t.text} ${toks[k + 1]!.text}", then quote` };
    // "…gave the keynote address, urging viewers, "…"": the participle speaks for the subject
    if (firstRef && PARTICIPLES.has(t.lower))
      return { person: firstRef.person, rule: `${firstRef.via} and "${t.text}", then quote` };
    const r = referentAt(ctx, k);
    if (r) {
      firstRef ??= { person: r.person, via: r.via };
      const v = skipToVerb(ctx, r.next, 4);
      if (v <= o && speaksAt(toks, v)) return { person: r.person, rule: `${r.via} and "${toks[v]!.text}", then quote` };
    }
    // "…" tweeted Lindqvist "…"
    if (isSpeechVerb(t) && k < o) {
      const r2 = referentAt(ctx, k + 1);
      if (r2 && r2.next > o) return { person: r2.person, rule: `"${t.text}" ${r2.via}, then quote` };
    }
  }
  // a sentence introducing the quote with a colon: its subject speaks
  if (toks[o]!.text === ':' && firstRef)
    return { person: firstRef.person, rule: `${firstRef.via} introduces the quote with a colon` };
  return null;
}

// ---- reported speech --------------------------------------------------------------

/** X said (that) …, X told reporters …, X called for …, X warned …; according to X, …; and "…, X said." without quotation marks. */
function reportedSpeech(ctx: Ctx, quotes: AttributedQuote[], roles: SpeakingRole[]): void {
  const toks = ctx.toks;
  const direct = quotes.slice().sort((a, b) => a.start - b.start);
  const overlapsDirect = (a: number, b: number) => {
    // the last direct quote starting before b is the only one that can reach into [a, b) once quotes do not nest
    let lo = 0;
    let hi = direct.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (direct[mid]!.start < b) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) if (direct[k]!.end > a) return true;
    return false;
  };
  const add = (c: number, e: number, person: number, rule: Rule, group: readonly number[] = [], minWords = 3) => {
    while (c < e && /^[,:]$/.test(toks[c]!.text)) c++;
    // 'told the council: "…"', 'said "…"': a direct quote, which the direct rules attribute
    if (QUOTE_MARK.test(toks[c]?.text ?? '')) return;
    for (let k = c; k < e - 1; k++)
      if (toks[k]!.text === ':' && QUOTE_MARK.test(toks[k + 1]!.text)) {
        if (!toks.slice(c, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return;
        e = k;
        break;
      }
    while (e > c && toks[e - 1]!.pos === 'PUNCT') e--;
    if (e <= c) return;
    // "said, however, that …", "said, smiling, that …": an aside between commas before "that" is not what was said
    for (let k = c + 1; k < e - 2 && k - c <= 4; k++)
      if (toks[k]!.text === ',' && toks[k + 1]!.lower === 'that') {
        c = k + 2;
        break;
      }
    // "said on Monday he was open to talks": when it was said comes before what was said
    const when = leadingTimeAdjunct(toks, c, e);
    if (when > c && hasVerb(toks, when, e)) c = toks[when]!.lower === 'that' ? when + 1 : when;
    // "told delegates at the summit the fund was empty": where it was said, then what
    else c = leadingPlaceAdjunct(toks, c, e);
    // "he said in a statement.", "she said in her opening address.": where or when it was said, with no clause, is
    // not what was said
    if (ADJUNCT_HEAD.test(toks[c]!.lower) && !hasClauseVerb(toks, c, e)) return;
    // ("in her opening address": the tagger can read its last noun as a verb; two words after a possessive)
    if (ADJUNCT_HEAD.test(toks[c]!.lower) && POSSESSIVES.has(toks[c + 1]?.lower ?? '') && e - (c + 2) <= 2) return;
    // the sentence's own closing marks stay with the words ("… the nation's problems." / "… a "failed state."")
    while (e < toks.length && toks[e]!.spaceBefore === '' && /^[.!?"”’']$/.test(toks[e]!.text) && e + 1 >= lastOf(e))
      e++;
    const start = toks[c]!.start;
    const end = toks[e - 1]!.end;
    if (ctx.quoted[c] || wordCount(ctx.doc.text, start, end, minWords) < minWords) return;
    if (overlapsDirect(start, end)) {
      // words quoted inside the reported clause ("described the speech as "flat"") are the same speaker's
      const inner = direct.filter((q) => q.start < end && start < q.end);
      // (several subjects share the words: the first of them keeps the inner quotes)
      const ok = (q: AttributedQuote) => q.person === null || q.person === person || group.includes(q.person);
      if (!inner.every((q) => q.start >= start && q.end <= end && ok(q))) return;
      for (const q of inner) if (!group.includes(q.person ?? -1)) q.person = person;
      // 'urged delegates to "stop counting"': the direct quote is all the clause says
      let own = 0;
      let at = start;
      for (const q of inner) ((own += wordCount(ctx.doc.text, at, q.start, 3)), (at = q.end));
      own += wordCount(ctx.doc.text, at, end, 3);
      if (own < 3) return;
    }
    quotes.push({ start, end, person, kind: 'reported', rule });
  };
  const lastOf = (k: number) => ctx.doc.sentences[toks[k]!.sent]!.last - 1;
  for (const sentence of ctx.doc.sentences) {
    let subject: { person: number; via: string; others?: number[] } | null = null;
    for (let i = sentence.first; i < sentence.last; i++) {
      if (ctx.quoted[i]) continue;
      // "According to the Harbourtown mayor, Sam Ode, police were …"
      if (toks[i]!.lower === 'according' && toks[i + 1]?.lower === 'to') {
        const r = referentAfter(ctx, i + 2, 8);
        if (!r) continue;
        let c = r.next;
        if (toks[c]?.text === ',') {
          // skip an apposition: ", who is … ," or ", the …,"
          let b = c + 1;
          while (b < sentence.last && toks[b]!.text !== ',' && b - c < 25) b++;
          const next = toks[b + 1];
          const apposition =
            toks.slice(c + 1, b).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX') || toks[c + 1]!.lower === 'who';
          c =
            toks[b]?.text === ',' &&
            next &&
            !isSpeechVerb(next) &&
            b - c < 25 &&
            apposition &&
            /^(who|the|a|an|his|her)$/i.test(toks[c + 1]!.text)
              ? b + 1
              : c + 1;
        }
        if (i === sentence.first || toks[i - 1]!.text === ',') {
          // "…, according to X." ends the sentence: the words before it are theirs
          // (also with an apposition running to the end: "…, according to X, the district attorney.")
          const appositionToEnd =
            toks[r.next]?.text === ',' &&
            toks
              .slice(r.next + 1, sentence.last)
              .every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !QUOTE_MARK.test(t.text));
          if (i > sentence.first && (r.next >= sentence.last - 2 || appositionToEnd))
            add(sentence.first, i - 1, r.person, `"according to" ${r.via} (reported speech)`);
          else add(c, clauseEnd(ctx, c, sentence.last), r.person, `"according to" ${r.via} (reported speech)`);
        }
        i = r.next;
        continue;
      }
      // "…held a press conference claiming that…", "…issued a statement saying…": the participle speaks for the subject
      if (
        subject &&
        PARTICIPLES.has(toks[i]!.lower) &&
        i > sentence.first &&
        !isSpeechVerb(toks[i - 1]) &&
        !nounOfCompound(toks, i)
      ) {
        let c = i + 1;
        if (/^(for|on)$/.test(toks[c]?.lower ?? '')) c++;
        // "telling attendees the state would …": past whom they told; "telling the crew to wait" reports no words
        const telling = TELL.has(toks[i]!.lower);
        if (telling) {
          c = skipAddressee(ctx, c, sentence.last, true);
          const np = nounPhraseEnd(toks, c, sentence.last);
          if (toks[c]?.lower === 'to' || (np > 0 && toks[np]?.lower === 'to')) continue;
        }
        if (toks[c]?.lower === 'that') c++;
        const e = clauseEnd(ctx, c, sentence.last);
        if (telling && !hasVerb(toks, c, e)) continue;
        add(c, e, subject.person, `${subject.via} and "${toks[i]!.text}" (reported speech)`);
        for (const o of subject.others ?? [])
          add(c, e, o, `name in a list and "${toks[i]!.text}" (reported speech, one of several subjects)`, [
            subject.person,
          ]);
        i = Math.max(i, e - 1);
        continue;
      }
      // "Speaking after Cheng, Oliver Grant said": a name after such a preposition is not the subject
      let r = AFTER_PREPOSITION.has(toks[i - 1]?.lower ?? '') ? null : referentAt(ctx, i);
      let v = r ? skipToVerb(ctx, r.next, 4) : -1;
      // "…, and argued that …", "welcomed the deal but warned that …": a second verb of speech for the sentence's subject
      if (
        (!r || !isSpeechVerb(toks[v])) &&
        subject &&
        /^(and|but)$/.test(toks[i]!.lower) &&
        isSpeechVerb(toks[i + 1])
      ) {
        r = { person: subject.person, next: i + 1, via: subject.via };
        v = i + 1;
      }
      if (!r) continue;
      // "Nora Lind and Ravi Shah described …", "A, B, and C each argued …": all of them speak
      let also: number[] = [];
      const list = ctx.mentionAt.has(i) ? nameListAt(ctx, i, sentence.last) : null;
      if (!isSpeechVerb(toks[v]) && list && list.people.length > 1) {
        v = list.verb;
        // (a closure over the loop's `r` would give every token's iteration a context of its own)
        const person = r.person;
        also = list.people.slice(1).filter((p) => p !== person);
      }
      // "A pressed B on costs": a verb of questioning with the person questioned and what was asked; or with the
      // question right after it ("questioned whether the money had been spent")
      // ("pressed him on the delays": the person questioned by a pronoun)
      const questionedEnd =
        ctx.mentionAt.get(v + 1)?.m.last ?? (OBJECT_PRONOUN.test(toks[v + 1]?.lower ?? '') ? v + 2 : -1);
      const asks =
        v < sentence.last &&
        QUESTIONING.has(toks[v]!.lower) &&
        (/^(on|about|over)$/.test(toks[questionedEnd]?.lower ?? '') || QUESTION_WORD.test(toks[v + 1]?.lower ?? ''));
      if (v >= sentence.last || !(isSpeechVerb(toks[v]) || asks) || ctx.quoted[v]) {
        // the sentence's subject: a name before its first verb ("Former prime minister Tom Berg has accused …, and argued")
        // (not a possessive: "Ann Lee's business partner Tom Pike held …" is about Tom Pike)
        if (
          !subject &&
          !/^['’]s$/.test(toks[r.next]?.text ?? '') &&
          !toks.slice(sentence.first, i).some((t) => t.pos === 'VERB' && t.lower !== 'including')
        )
          subject = { ...r, others: also };
        continue;
      }
      subject ??= { ...r, others: also };
      const verb = toks[v]!;
      let c = v + 1;
      // "called for", "pointed out", "talked about": the particle belongs to the verb
      const particle = /^(for|out|on|of|about)$/.test(toks[c]?.lower ?? '') && PARTICLE_VERBS.has(verb.lower);
      if (particle) c++;
      c = skipAddressee(ctx, c, sentence.last, TELL.has(verb.lower));
      // ("told the reporters, who had waited for hours, …": a relative clause says who they are, not what was said)
      if (toks[c]?.text === ',' && /^(?:who|whom|whose|which)$/.test(toks[c + 1]?.lower ?? '')) continue;
      // "pressed the minister on costs": past the person questioned, to what was asked
      // ("pressed him on the delays": the topic after on/about/over is what was asked, a clause or not)
      let topic = false;
      if (QUESTIONING.has(verb.lower) && questionedEnd > v && /^(on|about|over)$/.test(toks[questionedEnd]!.lower)) {
        c = questionedEnd + 1;
        topic = true;
      }
      // "asked Tom Reyes whether …", "asked him why …": past the person asked, to the question
      // ("asked the mayor where …": or a person named by a common noun)
      const asked =
        ctx.mentionAt.get(c)?.m.last ?? (toks[c]?.pos === 'PRON' ? c + 1 : nounPhraseEnd(toks, c, sentence.last));
      if (asked > c && QUESTION_WORD.test(toks[asked]?.lower ?? '')) c = asked;
      if (
        !topic &&
        NEEDS_CLAUSE.has(verb.lower) &&
        !(toks[c]?.lower === 'that' || QUESTION_WORD.test(toks[c]?.lower ?? '')) &&
        !/^(for|out|of|about|on|over)$/.test(toks[c - 1]?.lower ?? '') &&
        !characterises(ctx, v, sentence.last) &&
        // ("admitted his side had made mistakes": a clause with its own subject and verb, "that" left out)
        !(c === v + 1 && subjectAndVerbAt(toks, c, sentence.last))
      )
        continue;
      // "told the crowd as the rally ended": a clause of time or reason says when, not what
      if (/^(as|when|while|after|before|since|because|until|once)$/.test(toks[c]?.lower ?? '')) continue;
      // '"…," X said, adding that …': the verb reports the quotation before it; the participle reports what follows
      if (toks[c]?.text === ',' && PARTICIPLES.has(toks[c + 1]?.lower ?? '')) continue;
      // ("said that illegal fishing cost/NOUN economies a lot": after "that" a clause, whatever the tagger reads)
      const saidThat = toks[c]?.lower === 'that';
      if (saidThat) c++;
      let e = clauseEnd(ctx, c, sentence.last);
      // (what was asked about ends at a comma: "pressed her on the delays, and Mia Roe …")
      if (topic) for (let k = c; k < e; k++) if (/^[,;:]$/.test(toks[k]!.text)) e = k;
      // "told the crew", "told the press after the launch": whom they told, with no clause of what; and "said to a
      // standing ovation", "added on Tuesday": a bare verb of saying reports a clause, with a verb in it
      if ((TELL.has(verb.lower) || BARE_SAYING.has(verb.lower)) && !saidThat && !hasClauseVerb(toks, c, e)) continue;
      // ('"…," the pontiff said in the message, read by an aide': after the quotation it reports, a bare verb of saying
      // reports nothing more unless "that" or a subject and its verb follow)
      if (
        BARE_SAYING.has(verb.lower) &&
        attributesQuotation(toks, sentence.first, v) &&
        toks[v + 1]?.lower !== 'that' &&
        !subjectAndVerbAt(toks, leadingPlaceAdjunct(toks, leadingTimeAdjunct(toks, c, e), e), e)
      )
        continue;
      // '…," she said, her voice breaking.': after a comma, a phrase with no finite verb tells how, not what
      if (toks[v + 1]?.text === ',' && !hasFiniteVerb(toks, c, e)) continue;
      const before = quotes.length;
      // ("called for calm", "urged delegates to act": a call or a warning reports even a word or two; other verbs
      // need a clause: "testified first")
      const needs = BRIEF_REPORTS.get(verb.lower);
      const brief = needs !== undefined && (needs.length === 0 || (particle && needs.includes(toks[c - 1]!.lower)));
      const minWords = brief && !topic ? 1 : 3;
      add(c, e, r.person, `${r.via} and "${verb.text}" (reported speech)`, [], minWords);
      // ("pressed him on the delays": a question too short to quote still makes its asker a speaker)
      if (topic && quotes.length === before)
        roles.push({
          person: r.person,
          rule: `${r.via} and "${verb.text} … ${toks[c - 1]!.text}" (speaking role, a question)`,
          start: verb.start,
          end: toks[e - 1]!.end,
        });
      for (const o of also)
        add(c, e, o, `name in a list and "${verb.text}" (reported speech, one of several subjects)`, [r.person]);
      i = Math.max(i, e - 1);
    }
    // "…, X said." / "…, said X." at the end of a sentence with no quotation marks
    const tail = sentenceTailAttribution(ctx, sentence.first, sentence.last);
    if (tail && !participleAdjunct(toks, sentence.first, tail.comma)) {
      const start = toks[sentence.first]!.start;
      const end = toks[tail.comma - 1]!.end;
      if (!overlapsDirect(start, end) && !ctx.quoted[sentence.first] && wordCount(ctx.doc.text, start, end, 4) >= 4)
        quotes.push({ start, end, person: tail.person, kind: 'reported', rule: tail.rule });
    }
  }
  quotes.sort((a, b) => a.start - b.start);
}

/**
 * Names listed as one subject from token i: "A and B", "A, activist B, C of the Water Council, and D",
 * each with an optional apposition ("of …", a lower-case title before the name). Returns the people in
 * order and the token after the list (past "each", "all", "both"), where the verb should stand.
 */
function nameListAt(ctx: Ctx, i: number, last: number): { people: number[]; verb: number } | null {
  const toks = ctx.toks;
  const first = ctx.mentionAt.get(i);
  if (!first) return null;
  // not inside a phrase opening the sentence ("Under questioning from Senator Ana Lo, Tom Reyes admitted")
  if (insideOpeningPhrase(ctx, first.m.last)) return null;
  // not inside the name of a body ("of the Society of Sean Kerry Admirers")
  let b = i;
  while (b > 0 && /^\p{Lu}/u.test(toks[b - 1]!.text) && toks[b - 1]!.sent === toks[i]!.sent) b--;
  if (/^(of|for)$/.test(toks[b - 1]?.lower ?? '')) return null;
  const people = [first.person];
  let k = first.m.last;
  for (;;) {
    // an apposition after the name: "of The Center for Budget Studies"
    if (toks[k]?.lower === 'of') {
      let a = k + 1;
      // (capitalised words here name the body, even where they look like a name: "of Nonpartisan Reformers")
      while (
        a < last &&
        (/^\p{Lu}/u.test(toks[a]!.text) ||
          /^(of|the|for|on)$/.test(toks[a]!.lower) ||
          (toks[a]!.lower === 'and' && /^\p{Lu}/u.test(toks[a + 1]?.text ?? '') && !ctx.mentionAt.has(a + 1)))
      )
        a++;
      if (a === k + 1) break;
      k = a;
    }
    if (!toks[k] || k >= last) break;
    k = pastApposition(ctx, k, last);
    let n = k;
    if (toks[n]!.text === ',') n++;
    if (toks[n]?.lower === 'and') n++;
    if (n === k) break;
    // a lower-case descriptor before the next name: "antiwar activist", "the city's"; or a country's or body's
    // possessive ("and Finland's Sakari Salo")
    let m = n;
    while (
      m < last &&
      m - n < 4 &&
      !ctx.mentionAt.has(m) &&
      (/^(DET|ADJ|NOUN|PART)$/.test(toks[m]!.pos) || (toks[m]!.pos === 'PROPN' && isPossessiveAt(toks, m + 1)))
    )
      m++;
    const next = ctx.mentionAt.get(m);
    if (!next || toks[m]!.sent !== toks[i]!.sent) break;
    if (!people.includes(next.person)) people.push(next.person);
    k = next.m.last;
  }
  if (toks[k]?.text === ',') k++;
  while (/^(each|all|both|also|jointly|together)$/.test(toks[k]?.lower ?? '')) k++;
  return { people, verb: skipToVerb(ctx, k, 4) };
}

/**
 * "described the speech as flat", "accused the mayor of lying", "blamed the council for the delay": a verb
 * that judges its object in words, with the judgement after "as", "of" or "for" (not in the passive: "was described as").
 */
function characterises(ctx: Ctx, v: number, last: number): boolean {
  const toks = ctx.toks;
  const verb = toks[v]!;
  const prep = CHARACTERISE[verb.lower];
  if (!prep || /^(was|were|been|being|is|are|be)$/.test(toks[v - 1]?.lower ?? '')) return false;
  for (let k = v + 1; k < last && k - v <= 8; k++) {
    if (prep.includes(toks[k]!.lower)) return k > v + 1;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|PART|NUM)$/.test(toks[k]!.pos) && toks[k]!.text !== "'s") return false;
  }
  return false;
}

/** ", head of the port authority," after a name: the comma that closes the apposition (else k unchanged). */
function pastApposition(ctx: Ctx, k: number, last: number): number {
  const toks = ctx.toks;
  if (toks[k]?.text !== ',') return k;
  // ", French Ambassador to Chile,": a capitalised title phrase, up to the next comma
  if (/^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && !ctx.mentionAt.has(k + 1)) {
    let b = k + 1;
    while (b < last && b - k <= 8 && toks[b]!.text !== ',' && !ctx.mentionAt.has(b) && toks[b]!.pos !== 'AUX') b++;
    const phrase = toks.slice(k + 1, b);
    return toks[b]?.text === ',' && phrase.some((t) => ROLE_WORDS.has(t.lower)) ? b : k;
  }
  if (!/^\p{Ll}/u.test(toks[k + 1]?.text ?? '') || toks[k + 1]!.lower === 'and') return k;
  for (let b = k + 1; b < last && b - k <= 12; b++) {
    if (toks[b]!.pos === 'VERB' || toks[b]!.pos === 'AUX' || ctx.mentionAt.has(b)) return k;
    if (toks[b]!.text === ',') return b;
  }
  return k;
}

/** Where reported words end: the sentence's end, or the next "…, X has revealed that" clause. */
function clauseEnd(ctx: Ctx, c: number, last: number): number {
  const toks = ctx.toks;
  for (let p = c + 1; p < last; p++) {
    if (toks[p]!.text !== ',' && toks[p]!.lower !== 'and') continue;
    // ", adding that …", ", noting …": a second report of the same speaker's, read on its own
    if (toks[p]!.text === ',' && PARTICIPLES.has(toks[p + 1]?.lower ?? '')) return p;
    let k = p + 1;
    // ", and B said", ", while B argued that …": the next speaker's clause
    if (/^(and|while|whereas|but|although|though)$/.test(toks[k]?.lower ?? '')) k++;
    // (", while the US deputy envoy, Dora Shell, said …": a post, then the name between commas)
    const r =
      referentAt(ctx, k) ??
      (toks[k] && /^\p{Lu}/u.test(toks[k]!.text) ? referentAfter(ctx, k, 4) : null) ??
      (/^(?:the|a|an)$/.test(toks[k]?.lower ?? '') ? referentAfter(ctx, k + skipCommaPhrase(ctx, k, last), 3) : null);
    if (r && isSpeechVerb(toks[skipToVerb(ctx, r.next, 4)])) return p;
  }
  return last;
}

/**
 * "union leader Tom Hale", "Barclays analyst Ann Lowe": the person named after a post of a few words starting at
 * token i, the last of them a title in lower case.
 */
function referentAfterPost(ctx: Ctx, i: number): { person: number; next: number; via: string } | null {
  const toks = ctx.toks;
  // ("…, the union leader Tom Hale said", "…, the union's leader …")
  if (/^(?:the|a|an)$/.test(toks[i]?.lower ?? '') || POSSESSIVES.has(toks[i]?.lower ?? '')) i++;
  if (isPossessiveAt(toks, i + 1)) i += 2;
  for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
    const t = toks[j - 1]!;
    if (t.sent !== toks[i]!.sent || !/^(NOUN|ADJ|PROPN)$/.test(t.pos)) return null;
    if (/^\p{Ll}/u.test(t.text) && isTitleNoun(t.lower) && ctx.mentionAt.has(j)) return referentAt(ctx, j);
  }
  return null;
}

/** Length of "the government's lawyer," before a name in an attribution tail. */
function skipCommaPhrase(ctx: Ctx, i: number, e: number): number {
  for (let k = i; k < e && k - i < 8; k++) if (ctx.toks[k]!.text === ',') return k - i + 1;
  return 0;
}

function sentenceTailAttribution(
  ctx: Ctx,
  first: number,
  last: number,
): { person: number; comma: number; rule: Rule } | null {
  const toks = ctx.toks;
  let e = last;
  while (e > first && toks[e - 1]!.pos === 'PUNCT') e--;
  for (let comma = e - 2; comma > first && e - comma <= 12; comma--) {
    if (toks[comma]!.text !== ',') continue;
    const i = comma + 1;
    if (isSpeechVerb(toks[i])) {
      const r = referentAfter(ctx, i + 1, 6) ?? referentAfter(ctx, i + 1 + skipCommaPhrase(ctx, i + 1, e), 3);
      if (r && r.next >= e - 6 && !clauseAfter(ctx, r.next, e))
        return { person: r.person, comma, rule: `"${toks[i]!.text}" ${r.via} after the clause (reported speech)` };
    }
    // ("…, union leader Tom Hale said.": a post in lower case between the comma and the name)
    // (the post's way only after a clause: "At Ballot Box News, party chair Ana Lo commented:" reports nothing)
    // (no clause before the comma, no words said: "Sen. Ana Lo, D-N.Y., the ranking member, disagreed.")
    if (!hasClauseVerb(toks, first, comma)) continue;
    for (const r of [referentAt(ctx, i), referentAfterPost(ctx, i)]) {
      if (!r) continue;
      const v = skipToVerb(ctx, r.next, 3);
      // ("…, X welcomed the deal.": a verb with an object of its own says nothing of the clause before;
      // "…, X told the crowd." names whom it was said to)
      const object = toks[v + 1]?.pos === 'DET' && phrasesAt(ADDRESSEES, toks, v + 1).length === 0;
      // ("…, Ana Lo said they would fall.": a clause after the verb is what was said, not the clause before)
      // (nor does a relative clause: "… heard from the minister, Blade Nzimande, who promised funding.")
      if (isSpeechVerb(toks[v]) && v >= e - 4 && !object && toks[v - 1]?.lower !== 'who' && !clauseAfter(ctx, v + 1, e))
        return { person: r.person, comma, rule: `${r.via} and "${toks[v]!.text}" after the clause (reported speech)` };
    }
  }
  return null;
}

/**
 * "Speaking from the balcony, the pope said …", "Asked about the vote, she said …": a participle phrase with no
 * verb of its own says how or when, not what was said ("Cutting emissions is essential, he said" has one).
 */
function participleAdjunct(toks: readonly Token[], first: number, end: number): boolean {
  return isParticiple(toks[first]) && !hasVerb(toks, first + 1, end);
}

/**
 * A verb right after the person, before any comma: ", said she still could not sleep" reports what she said
 * (the clause after), so what comes before the comma is no speech of hers. ", said Ana Lo, who chairs …" is
 * an attribution.
 */
function clauseAfter(ctx: Ctx, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = ctx.toks[k]!;
    if (t.text === ',' || t.text === '(') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * "told reporters", "told the world on Thursday via Twitter", and after a verb of telling a named addressee
 * ("told Reuters the price was fair"): the addressee is not what was said.
 */
function skipAddressee(ctx: Ctx, c: number, last: number, telling = false): number {
  const toks = ctx.toks;
  for (const words of phrasesAt(ADDRESSEES, toks, c)) {
    let k = c + words.length;
    // "said her group had closed": "her" before a noun is a possessive, not the person told
    if (words.length === 1 && toks[c]!.lower === 'her' && /^(NOUN|ADJ|PROPN|NUM)$/.test(toks[k]?.pos ?? '')) continue;
    // ("told the Senate Commerce Committee that …": a body's name runs on past the word that names the addressee)
    if (/^\p{Lu}/u.test(toks[k - 1]!.text))
      while (
        k < last &&
        k - c < 8 &&
        toks[k]!.pos === 'PROPN' &&
        /^\p{Lu}/u.test(toks[k]!.text) &&
        !ctx.mentionAt.has(k)
      )
        k++;
    // and the time or channel after it: "on Thursday", "via Twitter"
    while (
      k < last &&
      /^(on|via|at|in|during|yesterday|today)$/.test(toks[k]!.lower) &&
      toks[k + 1] &&
      /^\p{Lu}/u.test(toks[k + 1]!.text)
    )
      k += 2;
    // "said the court would rule": no addressee, the subject of what was said
    if (!telling && /^(VERB|AUX)$/.test(toks[k]?.pos ?? '')) return c;
    return placeBeforeThat(toks, k, last) ?? k;
  }
  if (telling) {
    let k = c;
    while (k < last && k - c < 4 && toks[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(toks[k]!.text)) k++;
    if (k > c && /^\p{Ll}/u.test(toks[k]?.text ?? '')) {
      // ("told Wikinews after the event that …": up to its "that")
      let t = k;
      while (t < last && t - k < 6 && toks[t]!.lower !== 'that' && !/^(VERB|AUX)$/.test(toks[t]!.pos)) t++;
      return toks[t]?.lower === 'that' ? t : k;
    }
  }
  // any short noun phrase before "that": "told the plenary that", "assured Gulf partners that", "said in a statement that"
  let k = c;
  if (/^(in|on|at|during|via|after)$/.test(toks[k]?.lower ?? '')) k++;
  if (DETERMINER.test(toks[k]?.lower ?? '')) k++;
  const from = k;
  // ("the nine judges", "an audience of about 4,000 engineers")
  while (k < last && k - from < 4 && /^(ADJ|NOUN|PROPN|NUM)$/.test(toks[k]!.pos)) k++;
  if (k === from) return c;
  // ("told the cheering crowd, promising …": whom a verb of telling names, up to a comma)
  if (telling && toks[k]?.text === ',') return k;
  // ("told councillors the line could open": whom, then a clause with its own subject and verb)
  // ("told the European Parliament the vote was close": a body's name is whom too)
  if (telling && /^(?:NOUN|PROPN)$/.test(toks[k - 1]!.pos) && subjectAndVerbAt(toks, k, last)) return k;
  return toks[k]?.lower === 'that' ? k : (placeBeforeThat(toks, k, last) ?? c);
}

/**
 * '"…," the bishop Tomas Kerr said': the verb at v follows a quotation closed by a comma (or "?", "!") and its subject
 * alone, within the sentence from `first`.
 */
function attributesQuotation(toks: readonly Token[], first: number, v: number): boolean {
  let k = v - 1;
  while (k > first && !QUOTE_MARK.test(toks[k]!.text)) {
    if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX' || toks[k]!.text === ',') return false;
    k--;
  }
  return QUOTE_MARK.test(toks[k]?.text ?? '') && /^[,?!]$/.test(toks[k - 1]?.text ?? '');
}

/** "the flood warning system", "a warning": a participle's form the tagger reads as a noun inside a noun phrase. */
function nounOfCompound(toks: readonly Token[], k: number): boolean {
  // ("a press conference warning that …": a clause follows, so it is the verb)
  if (toks[k]!.pos !== 'NOUN' || /^(that|:)$/.test(toks[k + 1]?.lower ?? '')) return false;
  return toks[k + 1]?.pos === 'NOUN' || /^(DET|ADJ|NOUN)$/.test(toks[k - 1]?.pos ?? '');
}

/** Whether tokens [from, to) hold a verb: what was told or said is a clause, not "the crew" or "on Tuesday". */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);
const DEICTIC_DAYS = /^(?:yesterday|today|tonight|earlier|later)$/;
const LAST_OR_THIS = /^(?:last|this|next)$/;

/** After "on Monday", "yesterday", "last week" opening tokens [c, e): the next token; else c. */
function leadingTimeAdjunct(toks: readonly Token[], c: number, e: number): number {
  const t = toks[c];
  if (!t) return c;
  if (t.lower === 'on' && WEEKDAY_NAMES.has(toks[c + 1]?.lower ?? '') && c + 2 < e) return c + 2;
  // (not "next year's edition", "today's vote": with a possessive the time is part of the clause's subject)
  if (DEICTIC_DAYS.test(t.lower) && c + 1 < e && !isPossessiveAt(toks, c + 1)) return c + 1;
  if (
    LAST_OR_THIS.test(t.lower) &&
    TIME_NOUNS.has(toks[c + 1]?.lower ?? '') &&
    c + 2 < e &&
    !isPossessiveAt(toks, c + 2)
  )
    return c + 2;
  return c;
}

/** A subject (a determiner, pronoun or name) at `k` with a finite verb within a few words and no comma before it. */
function subjectAndVerbAt(toks: readonly Token[], k: number, last: number): boolean {
  if (!/^(DET|PRON|PROPN)$/.test(toks[k]?.pos ?? '')) return false;
  for (let v = k + 1; v < last && v - k <= 4; v++) {
    const t = toks[v]!;
    // (a relative clause describes the subject: "the workers who had stayed" has no verb of its own; nor has an
    // object before an infinitive: "invited the mayor to open the hall")
    if (/^(PUNCT|ADP|SCONJ|CCONJ)$/.test(t.pos) || /^(who|which|whom|whose|to)$/.test(t.lower)) return false;
    if (hasFiniteVerb(toks, v, v + 1)) return true;
  }
  return false;
}

/** A verb that is not a participle in -ing, or an auxiliary, in tokens [from, to). */
function hasFiniteVerb(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) return true;
  }
  return false;
}

/** "her opening address", "his prepared remarks": a participle between a determiner and a noun describes the noun. */
function attributiveParticiple(toks: readonly Token[], k: number): boolean {
  // (after an article or a possessive, or an adjective after one: not "she expected cuts", "many wanted changes")
  const opener = (j: number) => /^(?:a|an|the)$/.test(toks[j]?.lower ?? '') || POSSESSIVES.has(toks[j]?.lower ?? '');
  return (
    toks[k]!.pos === 'VERB' &&
    /(?:ing|ed)$/.test(toks[k]!.lower) &&
    (opener(k - 1) || (toks[k - 1]?.pos === 'ADJ' && opener(k - 2))) &&
    /^(?:NOUN|PROPN)$/.test(toks[k + 1]?.pos ?? '')
  );
}

/** A verb of a clause in tokens [from, to): not a participle that only describes a noun. */
function hasClauseVerb(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (
      ((toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') && !attributiveParticiple(toks, k)) ||
      pastTenseTaggedNoun(toks, k, from)
    )
      return true;
  return false;
}

/** "passengers deserved/NOUN clearer rules": a past tense the tagger read as a noun or adjective, after its subject. */
function pastTenseTaggedNoun(toks: readonly Token[], k: number, from: number): boolean {
  const t = toks[k]!;
  return (
    k > from &&
    /^(?:NOUN|ADJ)$/.test(t.pos) &&
    /^\p{Ll}{3,}ed$/u.test(t.text) &&
    /^(?:NOUN|PRON|PROPN)$/.test(toks[k - 1]!.pos)
  );
}

/**
 * "at the summit the fund was empty", "in Rome the plant would open": past a phrase of where or when that opens
 * tokens [c, e), when a subject and its verb follow it; else c.
 */
function leadingPlaceAdjunct(toks: readonly Token[], c: number, e: number): number {
  if (
    !/^(?:at|in|during|after|before)$/.test(toks[c]?.lower ?? '') ||
    /^(?:least|most)$/.test(toks[c + 1]?.lower ?? '')
  )
    return c;
  let k = c + 1;
  if (DETERMINER.test(toks[k]?.lower ?? '')) k++;
  const from = k;
  while (k < e && k - from < 4 && (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(toks[k]!.pos) || attributiveParticiple(toks, k)))
    k++;
  return k > from && subjectAndVerbAt(toks, k, e) ? k : c;
}

function hasVerb(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') return true;
  return false;
}

/** Words that open a noun phrase naming someone by a common noun ("the crowd", "his staff"). */
const DETERMINER = /^(?:the|a|an|his|her|their|its|our)$/;

/** Words that open an indirect question ("asked whether …", "asked the mayor where …"). */
const QUESTION_WORD = /^(?:whether|if|why|how|what|when|where)$/;

/** The end of a short common noun phrase at `k` ("the mayor", "a local official"), or -1. */
function nounPhraseEnd(toks: readonly Token[], k: number, last: number): number {
  if (!DETERMINER.test(toks[k]?.lower ?? '')) return -1;
  let e = k + 1;
  while (e < last && e - k <= 3 && /^(ADJ|NOUN)$/.test(toks[e]!.pos)) e++;
  return e > k + 1 && toks[e - 1]!.pos === 'NOUN' ? e : -1;
}

/**
 * "outside the town hall that …", "at the gates on Monday that …": a short place or time phrase at `k`, then "that"
 * opening a clause (its index); not a relative "that" ("on the repairs that were delayed").
 */
function placeBeforeThat(toks: readonly Token[], k: number, last: number): number | null {
  if (toks[k]?.pos !== 'ADP' || toks[k]!.lower === 'that') return null;
  let t = k + 1;
  while (t < last && t - k < 6 && toks[t]!.lower !== 'that' && /^(ADP|DET|ADJ|ADV|NOUN|PROPN|NUM)$/.test(toks[t]!.pos))
    t++;
  return toks[t]?.lower === 'that' && !/^(VERB|AUX)$/.test(toks[t + 1]?.pos ?? 'VERB') ? t : null;
}

// ---- speaking roles at the event ---------------------------------------------------

/**
 * Whether token k (or the one before a "the" there) is a preposition after a non-title word: a name after it is not
 * the sentence's subject ("Rabbi Ada Obi of the United Synagogue spoke" is Ada Obi speaking; but "Secretary of State
 * Ada Obi spoke" is hers).
 */
function afterPreposition(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.lower === 'the') k--;
  return /^(of|for|at|from|in|with|by)$/.test(toks[k]?.lower ?? '') && !TITLE_WORDS.has(toks[k - 1]?.lower ?? '');
}

function speakingRoles(ctx: Ctx, roles: SpeakingRole[]): void {
  const toks = ctx.toks;
  rolls(ctx, roles);
  for (const sentence of ctx.doc.sentences) {
    for (let i = sentence.first; i < sentence.last; i++) {
      if (ctx.quoted[i]) continue;
      // "chaired by X", "remarks by X and Y"
      for (const words of phrasesAt(BY_PHRASES, toks, i)) {
        listAt(ctx, i + words.length, sentence.last, `"${words.join(' ')}"`, roles);
      }
      // "speakers included A, B and C", "among the speakers were A and B"
      // "Moderator: Ana Lo (Lake Institute)": a role's label and its colon, opening the sentence or after a dash or colon
      for (const words of phrasesAt(SPEAKER_LABELS, toks, i)) {
        const colon = i + words.length;
        const opens = i === sentence.first || /^[–—:-]$/.test(toks[i - 1]!.text);
        if (opens && toks[colon]?.text === ':')
          listAt(ctx, colon + 1, sentence.last, `"${words.join(' ')}:"`, roles, 10);
      }
      for (const words of phrasesAt(LIST_HEADS, toks, i)) {
        let k = i + words.length;
        // "speakers throughout the four day convention included …"
        while (
          k < sentence.last &&
          k - i <= 8 &&
          toks[k]!.text !== ':' &&
          !LIST_VERBS.has(toks[k]!.lower) &&
          toks[k]!.pos !== 'VERB'
        )
          k++;
        if (toks[k]?.text === ':' || LIST_VERBS.has(toks[k]?.lower ?? ''))
          listAt(ctx, k + 1, sentence.last, `"${words.join(' ')} ${toks[k]!.text}"`, roles, 10);
      }
      // "Also addressing the summit were A and B", "Those giving closing statements are: A, B and C": a participle
      // opening the sentence, then the names after its copula
      if (
        (INVERTED_SPEAKING.has(toks[i]!.lower) || givingOccasion(toks, i, sentence.last)) &&
        (i === sentence.first || (i === sentence.first + 1 && /^(also|those)$/.test(toks[i - 1]!.lower)))
      ) {
        let k = i + 1;
        while (
          k < sentence.last &&
          k - i <= 8 &&
          !COPULAS.has(toks[k]!.lower) &&
          toks[k]!.pos !== 'VERB' &&
          !ctx.mentionAt.has(k)
        )
          k++;
        if (/^(were|was|are|is)$/.test(toks[k]?.lower ?? ''))
          listAt(
            ctx,
            toks[k + 1]?.text === ':' ? k + 2 : k + 1,
            sentence.last,
            `"${toks[i]!.text} … ${toks[k]!.text}"`,
            roles,
            10,
          );
      }
      // "featured the addresses of … A, B and C", "a moderated panel with A, B and C"
      if (SPEECH_NOUNS.has(toks[i]!.lower)) {
        // a link word right after the noun, a comma right after a plural of people ("panellists, A, B
        // and C"), or a dash or colon opening the list a little later: the first that opens a list of names
        const people = LIST_HEADS.has(toks[i]!.lower);
        // ("The closing session, moderated by Eva Ruiz, included A and B": past a participle phrase between commas)
        const aside =
          toks[i + 1]?.text === ',' ? toks.findIndex((t, j) => j > i + 1 && j - i <= 12 && t.text === ',') : -1;
        const link = aside > 0 && /ed$/.test(toks[i + 2]?.lower ?? '') ? aside : i;
        for (let k = i + 1; k < sentence.last && k - i <= 20; k++)
          if (
            (k - link <= 3 && k > link && LIST_LINKS.has(toks[k]!.lower)) ||
            // ("A roundtable on … brought together A, B and C")
            (toks[k]!.lower === 'together' && toks[k - 1]!.lower === 'brought') ||
            /^[–—:]$/.test(toks[k]!.text) ||
            (people && k === i + 1 && toks[k]!.text === ',')
          ) {
            if (listAt(ctx, k + 1, sentence.last, `"${toks[i]!.text} ${toks[k]!.text}"`, roles, 10)) break;
          }
      }
      // "X delivered a speech", "X addressed the conference", "X chaired the session"
      const r = ctx.mentionAt.get(i);
      if (r && i === r.m.leadFirst && !afterPreposition(toks, i - 1)) {
        let v = skipToVerb(ctx, r.m.last, 4);
        let who = [r.person];
        // "A, B of the Voters League, and C each asked questions": every name of a listed subject
        if (!EVENT_VERBS.has(toks[v]?.lower ?? '')) {
          const list = nameListAt(ctx, i, sentence.last);
          if (list && list.people.length > 1) [v, who] = [list.verb, list.people];
        }
        // each speaker of the sentence's subject in a role, from the name to the token `to` that shows it
        // (the closure holds the name's start, not the loop's `r`: one context per such name, not per token)
        const start = r.m.start;
        const speak = (people: readonly number[], rule: string, to: number) => {
          for (const person of people)
            roles.push({ person, rule: `${rule} (speaking role)`, start, end: toks[to]!.end });
        };
        // "X was one of the speakers", "X, who was a keynote speaker at the forum, …"
        const named = namedSpeaker(ctx, r.m.last, sentence.last);
        if (named > 0) speak([r.person], `"${ctx.doc.text.slice(toks[r.m.last]!.start, toks[named]!.end)}"`, named);
        const verb = toks[v];
        if (verb && v < sentence.last && EVENT_VERBS.has(verb.lower) && verb.pos === 'VERB') {
          for (let k = v + 1; k < sentence.last && k - v <= 4; k++)
            if (EVENT_OBJECTS.has(toks[k]!.lower)) {
              speak(who, `"${verb.text} … ${toks[k]!.text}"`, k);
              break;
            }
          if (verb.lower === 'spoke' || verb.lower === 'speaks') speak(who, `"${verb.text}"`, v);
        }
        // "A and B sent video messages to the summit": a message of their own (not "sent troops")
        if (verb && v < sentence.last && MESSAGE_VERBS.has(verb.lower) && verb.pos === 'VERB')
          for (let k = v + 1; k < sentence.last && k - v <= 3 && /^(DET|ADJ|NOUN|NUM)$/.test(toks[k]!.pos); k++)
            if (MESSAGE_OBJECTS.has(toks[k]!.lower)) {
              speak(who, `"${verb.text} … ${toks[k]!.text}"`, k);
              break;
            }
        // "X said in his speech", "X said in a statement": the occasion says X spoke, though no words follow
        if (verb && v < sentence.last && isSpeechVerb(verb) && ADJUNCT_HEAD.test(toks[v + 1]?.lower ?? '')) {
          const k = /^(DET|PRON)$/.test(toks[v + 2]?.pos ?? '') ? v + 3 : v + 2;
          if (OCCASIONS.has(toks[k]?.lower ?? ''))
            speak(who, `"${verb.text} ${toks[v + 1]!.text} … ${toks[k]!.text}"`, k);
        }
      }
    }
  }
}

const SPEAKER_NOUNS = new Set(speechData.speakerNouns);
const COPULAS = new Set(['was', 'is', 'were', 'are', 'be']);

/**
 * "X was a speaker", "X, who was among the speakers", "X will be the keynote speaker": a person said to be one
 * of the event's speakers, from token k right after the name. The token of the speaker noun, or -1.
 * ("was the Speaker of the House" is a post, not a part in the programme.)
 */
function namedSpeaker(ctx: Ctx, k: number, last: number): number {
  const toks = ctx.toks;
  if (toks[k]?.text === ',' && /^(who|also)$/.test(toks[k + 1]?.lower ?? '')) k += 2;
  else if (toks[k]?.lower === 'who') k++;
  if (toks[k]?.lower === 'will' && toks[k + 1]?.lower === 'be') k++;
  if (toks[k]?.lower === 'also') k++;
  if (!COPULAS.has(toks[k]?.lower ?? '')) return -1;
  k++;
  if (toks[k]?.lower === 'also') k++;
  if (toks[k]?.lower === 'one' && toks[k + 1]?.lower === 'of') k += 2;
  else if (toks[k]?.lower === 'among') k++;
  if (/^(a|an|the|our|its)$/.test(toks[k]?.lower ?? '')) k++;
  for (let n = 0; n < 3 && k < last; n++, k++) {
    const t = toks[k]!;
    if (SPEAKER_NOUNS.has(t.lower)) return toks[k + 1]?.lower === 'of' ? -1 : k;
    if (!/^(ADJ|NOUN|PROPN|VERB)$/.test(t.pos) || /^[,.;:]$/.test(t.text)) return -1;
  }
  return -1;
}

/**
 * Names listed from token i: "A, B and C", each with its own apposition; the first name within
 * `reach` tokens. Returns how many it found.
 */
function listAt(ctx: Ctx, i: number, last: number, rule: Rule, roles: SpeakingRole[], reach = 6): number {
  const toks = ctx.toks;
  const before = roles.length;
  let k = i;
  while (k < last) {
    let hit = ctx.mentionAt.get(k);
    // a capitalised name with nothing personal about it before the first name is part of its title
    // ("moderated by Daily Clarion Paris bureau chief Ana Ruiz")
    if (hit && roles.length === before && !ctx.people[hit.person]!.personal && k - i <= reach) {
      const title = hit.m.last;
      let n = title;
      while (n < last && n - title < 4 && !ctx.mentionAt.has(n) && /^(NOUN|ADJ|PROPN)$/.test(toks[n]!.pos)) n++;
      const next = ctx.mentionAt.get(n);
      if (next && n > title && ctx.people[next.person]!.personal) {
        k = n;
        hit = next;
      }
    }
    if (!hit) {
      if (k - i > reach && roles.length === before) break;
      // a short tag in brackets before the name: "Lakeport (CA) Mayor Ana Ruiz"
      if (toks[k]!.text === '(' && toks[k + 2]?.text === ')') {
        k += 3;
        continue;
      }
      // tolerate an article or a title before the name ("the mayor, Jane Doe", "her deputy, Jo Tan")
      if (
        /^(DET|ADJ|NOUN|ADP|PROPN|NUM)$/.test(toks[k]!.pos) ||
        // (a capitalised word belongs to a title or a name, whatever its tag: "Daily Herald/VERB")
        /^\p{Lu}/u.test(toks[k]!.text) ||
        toks[k]!.text === ',' ||
        toks[k]!.lower === 'and' ||
        POSSESSIVES.has(toks[k]!.lower) ||
        // "included two of the mayor's children; council member Ana Lo": items with no name before the first
        /^(;|'s|’s)$/.test(toks[k]!.text)
      ) {
        k++;
        continue;
      }
      break;
    }
    roles.push({ person: hit.person, rule: `${rule} (speaking role)`, start: hit.m.start, end: hit.m.end });
    k = pastApposition(ctx, hit.m.last, last);
    // skip its apposition up to the next comma or "and"
    while (k < last && toks[k]!.text !== ',' && toks[k]!.lower !== 'and' && toks[k]!.text !== ';') k++;
    // "…; Tom Roe, who runs a bakery; and …": in a list split by semicolons, a relative clause runs to the next one
    if (toks[k]?.text === ',' && /^(who|whose|which)$/.test(toks[k + 1]?.lower ?? '')) {
      let semi = k + 2;
      while (semi < last && toks[semi]!.text !== ';') semi++;
      if (semi < last) k = semi;
    }
    // the next name comes within a few words of the separator, or the list has ended; a capitalised
    // apposition may stand between ("A, Director General, Department of Ports; B, …"): up to two more separators
    let n = k + 1;
    // "the father of student Tom Vale", "president of the Chamber of River Traders": a name after "of" or a
    // possessive since the last separator is no list item
    let owned = false;
    for (let hop = 0, from = n; ; hop++) {
      while (n < last && n - from <= 7 && !ctx.mentionAt.has(n)) {
        const t = toks[n]!;
        if (t.text === '(' && toks[n + 2]?.text === ')') n += 3;
        else if (t.lower === 'as' && toks[n + 1]?.lower === 'well' && toks[n + 2]?.lower === 'as') {
          [n, owned] = [n + 3, false];
        } else if (t.lower === 'and') [n, owned] = [n + 1, false];
        // "heard from A and from B"
        else if (t.lower === 'from' && /^(and|,)$/.test(toks[n - 1]!.lower)) n++;
        else if (/^(of|for|'s|’s)$/.test(t.lower)) [n, owned] = [n + 1, true];
        // (a capitalised word mid-sentence belongs to a name, whatever its tag: "Ports and Shipping/VERB")
        else if (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) || /^\p{Lu}/u.test(t.text)) n++;
        else break;
      }
      if (ctx.mentionAt.has(n) || hop >= 2 || n >= last || !/^[,;]$/.test(toks[n]!.text)) break;
      [from, owned] = [++n, false];
    }
    if (!ctx.mentionAt.has(n) || owned) break;
    k = n;
  }
  return roles.length - before;
}

export { normalisePhrase };

/**
 * A speaker roll: a paragraph that announces speakers and ends with a colon
 * ("Speakers on the schedule for night one are:"), then one line per person,
 * bulleted or short ("• Sen. Jane Doe, R-S.C."). Each line's first name speaks.
 */
function rolls(ctx: Ctx, roles: SpeakingRole[]): void {
  const { text, paragraphs, sentences } = ctx.doc;
  const firstSentence = new Map<number, number>();
  sentences.forEach((s, k) => firstSentence.has(s.para) || firstSentence.set(s.para, k));
  paragraphs.forEach((p, n) => {
    const line = text.slice(p.start, p.end);
    // ("Statements were delivered by:", "Remarks by:": a by-phrase of the event's speakers before the colon)
    if (!line.endsWith(':') || !(ROLL_HEAD.test(line) || BY_PHRASE_END.test(line))) return;
    for (let m = n + 1; m < paragraphs.length; m++) {
      const item = text.slice(paragraphs[m]!.start, paragraphs[m]!.end);
      if (!BULLET.test(item) && item.split(/\s+/).length > 25) break;
      const s = firstSentence.get(m);
      if (s === undefined) continue;
      const at = resolvedFrom(ctx, paragraphs[m]!.start);
      const r = ctx.resolved[at];
      const hit = r && r.m.start < paragraphs[m]!.end ? r : undefined;
      if (!hit) continue;
      // "• Mark and Ada Lind, …": a second name joined by "and" to the first speaks too
      const next = ctx.resolved[at + 1];
      const pair = next && next.m.first === hit.m.last + 1 && ctx.doc.tokens[hit.m.last]!.lower === 'and';
      for (const h of pair ? [hit, next] : [hit])
        roles.push({
          person: h.person,
          rule: `listed under "${line.slice(0, 60)}" (speaking role)`,
          start: h.m.start,
          end: h.m.end,
        });
    }
  });
}
