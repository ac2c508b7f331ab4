import {
  demonymCountry,
  escapeRegExp,
  findPlaces,
  HONORIFICS,
  normalisePhrase,
  PARTY_STATE_TAG,
  TIME_NOUNS,
} from './lexicon';
import {
  AGENT_TITLES,
  isPostNominal,
  ORG_WORDS,
  participleOpening,
  partyTagEnd,
  ROLE_WORDS,
  type NameMention,
} from './mentions';
import { SPEECH_VERBS } from './attribution';
import { isDash, isPossessiveAt, type Token, type Tokenised } from './tokenise';
import titlesData from '../../../data/titles.json';
import namesData from '../../../data/names.json';
import { isEnglishWord } from './givenNames';

const COURTESY_TITLES: ReadonlySet<string> = new Set(namesData.courtesyTitles);

/** "heads" -> "head": verbs of a relative clause that state a post (data/titles.json postVerbs). */
const POST_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(titlesData.postVerbs));

const NP_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM', 'PART', 'ADP', 'DET', 'CCONJ']);
const STOP_BACK = new Set([
  'said',
  'says',
  'told',
  'by',
  'to',
  'with',
  'from',
  'and',
  'as',
  'at',
  'including',
  'included',
  'were',
  'was',
  'is',
  'are',
  // a clause of time or reason ends the phrase: "on Friday after union leader Kari Holm said"
  'after',
  'before',
  'since',
  'until',
  'while',
  'when',
  'because',
  'although',
  'though',
  'despite',
]);
/** A title or role word, singular or plural ("director", "directors"). */
const isTitleWord = (text: string) => {
  const w = normalisePhrase(text.replace(/\.$/, ''));
  return (
    ROLE_WORDS.has(w) ||
    (w.endsWith('s') && ROLE_WORDS.has(w.slice(0, -1))) ||
    // "Co-Founder", "Vice-Chair": normalised to "co founder"
    (w.includes(' ') && ROLE_WORDS.has(w.replace(/ /g, '-')))
  );
};
// ("His Excellency" is a title; "for his part" has a pronoun)
const hasTitleWord = (toks: readonly Token[]) => toks.some((t) => isTitleWord(t.text) && !/^(his|her)$/.test(t.text));
/** Title words that only qualify a post ("new", "foreign", "former"): alone they make no title ("new cables"). */
const QUALIFIERS: ReadonlySet<string> = new Set(titlesData.qualifierWords);
/** A title word that names a post, not only one that qualifies it. */
const hasPostWord = (toks: readonly Token[]) => toks.some((t) => isTitleWord(t.text) && !QUALIFIERS.has(t.lower));
const join = (toks: readonly Token[]) =>
  toks.map((t, i) => (i ? t.spaceBefore.replace(/\s+/g, ' ') : '') + t.text).join('');

/** "chief operating officer", "acting minister": a participle right before a title word belongs to the title. */
const participleInTitle = (toks: readonly Token[], k: number) =>
  /ing$/.test(toks[k]!.lower) && isTitleWord(toks[k + 1]?.text ?? '');

// Tests of the noun phrase before a name, token `j` being the next one back (`named`: tokens of names; `end`: where
// the phrase ends).

/** "the farmers' union leader": the apostrophe of a plural possessive. */
const pluralPossessive = (toks: readonly Token[], j: number) =>
  /^['’]$/.test(toks[j]!.text) && toks[j]!.spaceBefore === '' && /s$/.test(toks[j - 1]?.lower ?? '');
/** "secretary-general": a hyphen inside a word. */
const hyphenInWord = (toks: readonly Token[], j: number) =>
  toks[j]?.text === '-' && toks[j]!.spaceBefore === '' && toks[j + 1]?.spaceBefore === '';
/** "Tidewater Rail chief executive Ann Lee": a name right before a lower-case title is the body of the post. */
function bodyBeforeTitle(toks: readonly Token[], named: ReadonlySet<number>, end: number, j: number): boolean {
  if (!named.has(j) || named.has(j + 1)) return false;
  // "Norcom's vice-president": past the possessive
  const t = /^['’]s$/.test(toks[j + 1]?.text ?? '') ? j + 2 : j + 1;
  return t < end && !named.has(t) && /^\p{Ll}/u.test(toks[t]!.text) && isTitleWord(toks[t]!.text);
}
/** "Emergency services minister Joan Ellery": a common word opening the sentence before lower-case words is no name. */
const commonWordOpening = (toks: readonly Token[], named: ReadonlySet<number>, j: number) =>
  toks[j - 1]?.sent !== toks[j]!.sent &&
  !named.has(j + 1) &&
  /^\p{Ll}/u.test(toks[j + 1]?.text ?? '') &&
  isEnglishWord(toks[j]!.lower);
/** "marine ecologist and former naval officer, Greta Lind": two posts of one person joined by "and". */
const titlesJoined = (toks: readonly Token[], named: ReadonlySet<number>, end: number, j: number) =>
  toks[j]!.lower === 'and' &&
  !named.has(j - 1) &&
  isTitleWord(toks[j - 1]?.text ?? '') &&
  hasTitleWord(toks.slice(j + 1, end));
/**
 * "Germany's ambassador to Kenya, Lena Vogt", "special adviser to the governor": a post held towards a place or person
 * ("the senator from Ohio, Jane Roe": a post held for a place).
 */
const titleTo = (toks: readonly Token[], j: number) =>
  /^(to|from)$/.test(toks[j]!.lower) && isTitleWord(toks[j - 1]?.text ?? '');
/** "the shadow work and pensions secretary, Ken Abe": "and" between two portfolio nouns, neither a post. */
const nounsJoined = (toks: readonly Token[], j: number) =>
  toks[j]!.lower === 'and' &&
  [toks[j - 1], toks[j + 1]].every(
    (t) => t !== undefined && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !isTitleWord(t.text),
  );
/** "vice-minister of land and transport, Ken Abe": "and" inside the post's "of" phrase. */
function ofPhraseAnd(toks: readonly Token[], j: number): boolean {
  if (toks[j]!.lower !== 'and' || !/^(NOUN|PROPN)$/.test(toks[j - 1]?.pos ?? '')) return false;
  for (let o = j - 1; o >= 1 && j - o <= 4; o--) {
    if (toks[o]!.lower === 'of') return isTitleWord(toks[o - 1]!.text);
    if (!/^(NOUN|ADJ|PROPN)$/.test(toks[o]!.pos)) return false;
  }
  return false;
}
/**
 * "director for Africa, Dr. Ivo Lind", "head of the Lake Bank, Ana Lo": a name after the post's preposition is its
 * place or body.
 */
function bodyOfPost(toks: readonly Token[], named: ReadonlySet<number>, j: number): boolean {
  let r = j;
  while (r > 0 && named.has(r - 1)) r--;
  // ("head of the pension fund Nordkap, Ana Lo": the kind of body before its name)
  for (let n = 0; n < 2 && toks[r - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[r - 1]!.text); n++) r--;
  if (toks[r - 1]?.lower === 'the') r--;
  return /^(of|for|to|in)$/.test(toks[r - 1]?.lower ?? '') && isTitleWord(toks[r - 2]?.text ?? '');
}

/** A word in -ing other than "according": a participle opening a phrase ("Speaking to reporters"). */
const participle = (t: Token | undefined) => t !== undefined && /ing$/.test(t.lower) && t.lower !== 'according';
/**
 * Token `p` opens sentence `sent` or a clause of it (the participle opens the sentence or a clause: "The talk was
 * introduced by the school's principal, Ana Lo" has a passive verb, and its object is the title).
 */
const opensClause = (toks: readonly Token[], sent: number, p: number) =>
  toks[p - 1]?.sent !== sent || /^[,;:—–]$/.test(toks[p - 1]!.text);
/**
 * ("In remarks to reporters, X said", "In an interview with a radio station, X said": a prepositional phrase that
 * opens the sentence says where or how, not who)
 */
function openingPreposition(toks: readonly Token[], sent: number, p: number): boolean {
  let s = p - 1;
  while (s >= 0 && toks[s]!.sent === sent && /^(NOUN|ADJ|DET|PROPN|NUM)$/.test(toks[s]!.pos)) s--;
  return s < p - 1 && toks[s]?.pos === 'ADP' && toks[s]!.lower !== 'according' && opensClause(toks, sent, s);
}
/**
 * "Retired librarian Martha Voss", "said local fisherman Tom Hill": a bare noun phrase `before` (no article, no
 * preposition, starting at token `k`) opening the sentence, or right after the verb of speech, describes the name after
 * it, whatever the occupation.
 */
function bareOccupation(toks: readonly Token[], before: readonly Token[], k: number, sent: number): boolean {
  const head = before[before.length - 1];
  if (!head || before.length > 3 || head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.text)) return false;
  if (TIME_NOUNS.has(head.lower)) return false;
  // ("Chilean cosmologist Ana Lo": a nationality opens it)
  const words = before.every(
    (t, i) =>
      /^(ADJ|NOUN)$/.test(t.pos) ||
      (i === 0 && t.pos === 'PROPN' && (isEnglishWord(t.lower) || findPlaces(t.text).some((p) => p.index === 0))),
  );
  const prev = toks[k - 1];
  return (
    words &&
    (prev === undefined || prev.sent !== sent || SPEECH_VERBS.has(prev.lower) || afterOpeningPhrase(toks, k - 1))
  );
}

/**
 * "In a session on dark energy, Chilean cosmologist …": the comma at token c closes a phrase of where or when that
 * opens the sentence (a preposition first, no verb in it).
 */
function afterOpeningPhrase(toks: readonly Token[], c: number): boolean {
  if (toks[c]?.text !== ',') return false;
  let f = c;
  while (f > 0 && toks[f - 1]!.sent === toks[c]!.sent) f--;
  return (
    toks[f]!.pos === 'ADP' &&
    c - f <= 10 &&
    toks.slice(f, c).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',')
  );
}

/** A person's possessive is no body ("Marta Rell's Ivo Kask"): an organisation's word or an acronym says it is one. */
const namesABody = (words: readonly Token[]) =>
  words.length > 0 &&
  words.every((t) => /^\p{Lu}/u.test(t.text)) &&
  words.some((t) => ORG_WORDS.has(t.lower) || /^\p{Lu}{2,}$/u.test(t.text));

/**
 * The descriptors of one name mention, as written:
 * - the title words of its own capitalised run ("Chilean President" Rosa Ibarra);
 * - a title phrase right before it ("Norway's foreign minister" Eva Dahl), or before a comma
 *   ("said Ghana's trade minister, Kofi Mensah");
 * - an apposition after it (Lena Park, "executive secretary of the regional water board…");
 * - a party–state tag ("(D-CA)").
 */
export function descriptorsOf(doc: Tokenised, m: NameMention, named: ReadonlySet<number> = new Set()): string[] {
  const toks = doc.tokens;
  const out: string[] = [];
  // the run's own lead words, when they describe: a title or a place ("Chilean President"), an acronym or a hyphenated title ("Co-Founder"); not "Previous" or "Yesterday"
  let leadFirst = m.leadFirst;
  // "Zenbox CEO and Co-Founder Mark Hill": two titles joined by "and" are one descriptor
  if (leadFirst < m.first && toks[leadFirst - 1]?.lower === 'and' && isTitleWord(toks[leadFirst - 2]?.text ?? '')) {
    let k = leadFirst - 2;
    // back over the capitalised words before it, hyphen joins included ("Plano Co-Founder and CEO")
    const capitalOrJoin = (t: Token) => /^\p{Lu}/u.test(t.text) || (t.text === '-' && t.spaceBefore === '');
    while (
      k > 0 &&
      leadFirst - k < 6 &&
      capitalOrJoin(toks[k - 1]!) &&
      toks[k - 1]!.sent === m.sent &&
      !named.has(k - 1)
    )
      k--;
    leadFirst = k;
  }
  const lead = toks.slice(leadFirst, m.first);
  const leadDescribes =
    lead.length > 0 && (hasTitleWord(lead) || findPlaces(join(lead)).length > 0 || /\p{Lu}{2}|-/u.test(join(lead)));
  // "Foreign Minister Dr. Ana Lo": the post and the honorific are two descriptors, not "Foreign Minister Dr."
  let titleEnd = lead.length;
  while (titleEnd > 1 && COURTESY_TITLES.has(normalisePhrase(lead[titleEnd - 1]!.text.replace(/\.$/, '')))) titleEnd--;
  if (leadDescribes && titleEnd < lead.length && hasTitleWord(lead.slice(0, titleEnd)))
    out.push(join(lead.slice(0, titleEnd)), join(lead.slice(titleEnd)));
  else if (leadDescribes) out.push(join(lead));
  // before: a noun phrase ending at the run, or at a comma right before it; a lead that says nothing alone ends
  // the phrase ("director of the Coastal Workers Union Dana Whitby")
  let end = lead.length && !leadDescribes ? m.first : leadFirst;
  // (or a dash, when another closes the name: "The mayor — Pieter Wouters — said")
  const openingMark = toks[end - 1]?.text === ',' || (isDash(toks[end - 1]) && isDash(toks[m.last]));
  if (end > 0 && openingMark && toks[end - 1]!.sent === m.sent) end--;
  let k = end;
  // (not into another person's name: "…captain Joe Kerr, Sam Tate"; but a name right before a lower-case title is
  // the body of the post: "Tidewater Rail chief executive Ann Lee")
  while (
    k > 0 &&
    toks[k - 1]!.sent === m.sent &&
    (NP_POS.has(toks[k - 1]!.pos) ||
      participleInTitle(toks, k - 1) ||
      hyphenInWord(toks, k - 1) ||
      pluralPossessive(toks, k - 1)) &&
    (!STOP_BACK.has(toks[k - 1]!.lower) ||
      titlesJoined(toks, named, end, k - 1) ||
      titleTo(toks, k - 1) ||
      ofPhraseAnd(toks, k - 1) ||
      nounsJoined(toks, k - 1)) &&
    (!named.has(k - 1) ||
      bodyBeforeTitle(toks, named, end, k - 1) ||
      (named.has(k) && k < end && bodyBeforeTitle(toks, named, end, k)) ||
      bodyOfPost(toks, named, k - 1) ||
      commonWordOpening(toks, named, k - 1)) &&
    end - k < 12
  )
    k--;
  // "the mayor and council member Ana Lo" are two people ("a lawyer and activist, Ana Lo" and "the lawyer and
  // activist, Ana Lo," are one): posts joined by "and" after "the", right before the name, are not one person's
  const joinedAt = toks.slice(k, end).findLastIndex((t) => t.lower === 'and');
  if (joinedAt >= 0 && toks[k]!.lower === 'the' && toks[end]?.text !== ',') k += joinedAt + 1;
  const phraseFrom = k;
  // a leading article or preposition is not part of the title
  while (k < end && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADP' || toks[k]!.pos === 'CCONJ')) k++;
  // ("Outside the court, Marion Tull said": a place phrase opening the sentence, its preposition tagged otherwise)
  const placePhrase = k === phraseFrom && k < end && PLACE_PREPOSITIONS.test(toks[k]!.lower);
  const before = placePhrase ? [] : toks.slice(k, end);
  // "Speaking to reporters, Ana Lo said", "Addressing the delegates, …": past the comma, the object of an opening
  // participle is no title ("said Ghana's trade minister, Kofi Mensah", "According to the mayor, Ana Lo" are)
  const opener = end < leadFirst && phraseFrom > 0 && toks[phraseFrom - 1]!.sent === m.sent ? phraseFrom - 1 : -1;
  // ("Responding to a question from a reporter, X said": the phrase lies in a participle clause opening the sentence,
  // with no comma before it and no other verb)
  const sentenceFirst = (() => {
    let f = opener;
    while (f > 0 && toks[f - 1]!.sent === m.sent) f--;
    return f;
  })();
  const openingParticiple =
    opener >= 0 &&
    /^\p{Lu}/u.test(toks[sentenceFirst]!.text) &&
    toks[sentenceFirst]!.pos === 'VERB' &&
    participle(toks[sentenceFirst]) &&
    !toks.slice(sentenceFirst + 1, phraseFrom).some((t) => t.text === ',') &&
    !toks.slice(sentenceFirst + 1, end).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const objectOfOpener =
    opener >= 0 &&
    (openingParticiple ||
      (participle(toks[opener]) && opensClause(toks, m.sent, opener)) ||
      (toks[opener]!.pos === 'ADP' && openingPreposition(toks, m.sent, opener)) ||
      // ("Asked by reporters about costs, X said": a passive participle before its preposition)
      (toks[opener]!.pos === 'ADP' &&
        (participle(toks[opener - 1]) || /ed$/.test(toks[opener - 1]?.lower ?? '')) &&
        opensClause(toks, m.sent, opener - 1)));
  // ("a spokeswoman for Lars Eklund": the post is the spokeswoman's, not his)
  const agentFor =
    before.length >= 2 &&
    before[before.length - 1]!.lower === 'for' &&
    AGENT_TITLES.has(before[before.length - 2]!.lower);
  // "the former Prime Minister Ana Lo", "state Sen. Gary Roe": lower-case modifiers right before the run's title are
  // part of it (apart, "former" would not make the post a former one)
  const courtesyOnly = lead.every((t) => COURTESY_TITLES.has(normalisePhrase(t.text.replace(/\.$/, ''))));
  const leadModifiers =
    leadDescribes &&
    !courtesyOnly &&
    end === leadFirst &&
    before.length > 0 &&
    before.length <= 2 &&
    before.every((t) => /^\p{Ll}/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN'));
  if (leadModifiers) out[0] = `${join(before)} ${out[0]}`;
  else if (
    before.length &&
    (hasPostWord(before) || (phraseFrom === k && bareOccupation(toks, before, k, m.sent))) &&
    !objectOfOpener &&
    !agentFor
  )
    out.push(join(before));
  else if (before.length && end === leadFirst && out.length && findPlaces(join(before)).length)
    // "Kenyan Cabinet Secretary Ana Ruto": a place word right before the run's title belongs to it
    out[out.length - 1] = join(toks.slice(k, m.first));
  // "Kenya's Ruth Wanjiku": a country's possessive alone says whose the person is
  else if (before.length === 2 && /^['’]s$/.test(before[1]!.text) && findPlaces(before[0]!.text).length)
    out.push(join(before));
  // "Rhein Group's Jonas Beck", "WWF's Ana Lo", "Velden Motors' Ana Ruiz": a body's possessive right before the
  // person, with no post between
  else if (
    before.length >= 2 &&
    isPossessiveAt(toks, end - 1) &&
    leadFirst === m.first &&
    namesABody(before.slice(0, -1))
  )
    out.push(join(before));
  else {
    // "former presidents Ada Moss, Tom Lee and Eva Ruiz": a plural title before a list describes every name in it
    const head = listHeadBefore(toks, leadFirst, named);
    if (head) out.push(head);
  }
  // after: ", the executive secretary of the UN …," up to the next comma, full stop or verb of speech
  let a = m.last;
  // "Helen Achebe KC", "Ana Lo MP": letters after the name for an office or an honour
  for (; isPostNominal(toks[a]) && toks[a]!.sent === m.sent; a++) out.push(toks[a]!.text);
  if (toks[a]?.text === '(') {
    let b = a + 1;
    while (b < toks.length && toks[b]!.text !== ')' && b - a < 8) b++;
    const inner = join(toks.slice(a + 1, b));
    // "(D-CA)", "(D-Ga.)", "(R-Kan.)": a party and a state, postal or news-agency style
    // "(Ethiopia)", "(Radio Kigali)": a country or body in brackets names the person's, as in a panel's roll
    // ("(Bank of Italy)": linking words inside a body's name)
    const capitalised =
      b > a + 1 &&
      /^\p{Lu}/u.test(toks[a + 1]!.text) &&
      toks.slice(a + 1, b).every((t) => /^\p{Lu}/u.test(t.text) || /^(of|the|for|and|&|on)$/.test(t.lower));
    // (not a relative clause: "(who, with Dr Tom Yu, chaired the committee)")
    const relative = /^(who|which|whose)$/.test(toks[a + 1]?.lower ?? '');
    if (
      !relative &&
      (PARTY_STATE_TAG.exec(inner.replace(/\s+/g, ''))?.[0] === inner.replace(/\s+/g, '') ||
        hasTitleWord(toks.slice(a + 1, b)) ||
        capitalised)
    )
      out.push(inner);
    a = b + 1;
  }
  // ", D-Wash.,": the tag between commas, in news-agency style
  const tagEnd = partyTagEnd(toks, a);
  if (tagEnd > 0) {
    out.push(join(toks.slice(a + 1, tagEnd)));
    a = tagEnd;
  }
  // ("Tariq Mansoor, of Pakistan, told": the same between commas)
  const capitalAfterOf = (k: number) =>
    /^\p{Lu}/u.test(toks[k]?.text ?? '') || (toks[k]?.lower === 'the' && /^\p{Lu}/u.test(toks[k + 1]?.text ?? ''));
  if (toks[a]?.text === ',' && toks[a + 1]?.lower === 'of' && capitalAfterOf(a + 2)) a++;
  // "Tom Reyes of UNICEF", "Ann Lee of the River Group": the body they belong to ("Yuki Sato from Japan's Space
  // Agency", "Tom Fox from Kenya": or come from)
  if ((toks[a]?.lower === 'of' || toks[a]?.lower === 'from') && toks[a]!.sent === m.sent) {
    let b = a + 1;
    if (toks[b]?.lower === 'the') {
      b++;
      // "of the pressure group Food First", "of the charity Tidewatch": the kind of body, then its name
      let n = b;
      while (n < b + 2 && toks[n]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[n]!.text)) n++;
      if (n > b && /^\p{Lu}/u.test(toks[n]?.text ?? '') && toks[n]!.sent === m.sent) b = n;
    }
    // "of Tokyo-based Hoshi Robotics", "of the New York-based Sea Trust": past where the body is based, to its name
    for (let k = b; k < b + 4 && /^\p{Lu}/u.test(toks[k]?.text ?? ''); k++)
      if (toks[k + 1]?.text === '-' && toks[k + 2]?.lower === 'based' && /^\p{Lu}/u.test(toks[k + 3]?.text ?? '')) {
        b = k + 3;
        break;
      }
    const body = capitalRun(toks, b, m.sent, named);
    if (body) out.push(join(toks.slice(a, body.end)));
  }
  // "Ana Lo, who heads Norway's Institute of Soil Research": a relative clause stating the post
  const who = toks[a]?.text === ',' && toks[a + 1]?.lower === 'who' && toks[a + 1]!.sent === m.sent ? a + 2 : -1;
  const post = who >= 0 ? postClause(toks, who, m.sent) : null;
  if (post) out.push(post);
  // "Ada Obi is the Minister of Culture, Arts and Tourism of Ruritania.", "Ana Lo, who is a judge at …": a biography
  const bioAt = who >= 0 ? who : a;
  if (
    /^(is|serves|was)$/.test(toks[bioAt]?.lower ?? '') &&
    toks[bioAt]!.sent === m.sent &&
    (who >= 0 || toks[bioAt]!.lower !== 'was')
  ) {
    let b = bioAt + 1;
    // ("who is also deputy prime minister", "who is now the party's leader")
    if (/^(also|now|currently|still)$/.test(toks[b]?.lower ?? '')) b++;
    if (toks[b]?.lower === 'as') b++;
    // (no article before a post held by one person: "who is also deputy prime minister")
    const bare = who >= 0 && /^\p{Ll}/u.test(toks[b]?.text ?? '') && /^(ADJ|NOUN)$/.test(toks[b]!.pos);
    if (/^(a|an|the)$/.test(toks[b]?.lower ?? '') || bare) {
      const from = bare ? b : ++b;
      // a capitalised name after "of", "for" or "to" is the body or place of the post, not the next person
      const ofName = (k: number) =>
        named.has(k) && (named.has(k - 1) || /^(of|for|to|the|,|and)$/.test(toks[k - 1]!.lower));
      for (; b < toks.length && toks[b]!.sent === m.sent && (!named.has(b) || ofName(b)) && b - from < 20; b++) {
        const t = toks[b]!;
        if (t.text === ',' && /^\p{Lu}/u.test(toks[b + 1]?.text ?? '')) continue;
        if (/^[,;.:()“”"–—]$/.test(t.text) || /^(who|which|that|whose|with|since|in|at)$/.test(t.lower)) break;
        if ((t.pos === 'VERB' || t.pos === 'AUX') && !isTitleWord(t.text)) break;
      }
      const bio = toks.slice(from, b);
      // ("who was the mayor of …": a post held before)
      const past = toks[bioAt]!.lower === 'was' && !/^former\b/i.test(join(bio)) ? 'former ' : '';
      if (bio.length && hasTitleWord(bio)) out.push(past + join(bio));
    }
  }
  // "A and B will open the talks on behalf of the Lakeside Embassy": whom the speakers of the sentence represent;
  // or an opening phrase right before the name ("Speaking on behalf of the Dock Union, Ana Lo said")
  let opening = m.leadFirst - 1;
  if (toks[opening]?.text === ',')
    while (
      opening > 0 &&
      toks[opening - 1]!.sent === m.sent &&
      m.leadFirst - opening < 12 &&
      toks[opening]!.lower !== 'on'
    )
      opening--;
  // (only a phrase that opens the sentence: not "Tom Berg on behalf of the Dock Union, Ana Lo and …" in a list)
  const opensSentence = (k: number) => toks[k - 1]?.sent !== m.sent || participleOpening(toks, k - 1);
  const behalfFrom =
    toks[opening]?.lower === 'on' && toks[opening]!.sent === m.sent && opensSentence(opening) ? opening : m.last;
  for (let b = behalfFrom; b < toks.length && toks[b]!.sent === m.sent && b - m.last < 25; b++) {
    if (toks[b]!.lower !== 'on' || toks[b + 1]?.lower !== 'behalf' || toks[b + 2]?.lower !== 'of') continue;
    const from = toks[b + 3]?.lower === 'the' ? b + 4 : b + 3;
    const body = capitalRun(toks, from, m.sent, named);
    // (not the modifier of a common noun: "on behalf of East African states")
    const modifier = toks[body?.end ?? -1]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[body!.end]!.text);
    if (body && !modifier) out.push(`on behalf of ${join(toks.slice(from, body.end))}`);
    break;
  }
  // "Ana Lo, 61, a retired nurse": past the age
  if (toks[a]?.text === ',' && toks[a + 1]?.pos === 'NUM' && toks[a + 2]?.text === ',') a += 2;
  // ("pilgrim Maria Lopez, 67, from Mexico, said": where the person comes from, between commas)
  if (toks[a]?.text === ',' && toks[a + 1]?.lower === 'from' && toks[a + 1]!.sent === m.sent) {
    const from = toks[a + 2]?.lower === 'the' ? a + 3 : a + 2;
    const place = capitalRun(toks, from, m.sent, named);
    if (place && /^[,.;:]$/.test(toks[place.end]?.text ?? '.')) {
      out.push(join(toks.slice(a + 1, place.end)));
      a = place.end;
    }
  }
  // (or between dashes: "Ilse Jansen — a veteran climate activist — said")
  if ((toks[a]?.text === ',' || isDash(toks[a])) && toks[a]!.sent === m.sent) {
    let b = a + 1;
    // a relative clause or a verb is not an apposition, nor a participle phrase ("Ana Lo, briefing reporters later,";
    // "Ana Lo, managing director of …" is one)
    // (a participle before a post of one person is part of it: "managing director"; "briefing reporters" is not)
    const afterIng = toks[b + 1]?.text ?? '';
    const participlePhrase =
      /^\p{Ll}+ing$/u.test(toks[b]?.text ?? '') && (!isTitleWord(afterIng) || /[^s]s$/.test(afterIng));
    // (nor the next item of a list: ", and the fire chief, Dan Kowal")
    // (nor a phrase of when or where: ", in his first meeting as CEO,", ", at the start of her speech,")
    if (
      !/^(who|which|that|whose|said|says|told|added|and|or|but|in|at|on|during|after|before|while|when|since|despite)$/i.test(
        toks[b]?.text ?? '',
      ) &&
      !participlePhrase
    ) {
      // a name after "of", "at", "in"… is the body or place of the post ("an analyst at Lake & Reed in Oslo"), not the next person
      // ("founder of the start-up VoltRide": a body named after the common noun for it, ending the apposition;
      // not "a fundraiser Tom Kerr appointed")
      const endsAfter = (k: number) => {
        while (named.has(k)) k++;
        return toks[k] === undefined || toks[k]!.sent !== m.sent || /^[,;.:)“”"]$/.test(toks[k]!.text);
      };
      const bodyName = (k: number) =>
        named.has(k) &&
        k > a + 1 &&
        (named.has(k - 1) ||
          /^(of|for|at|in|from|with|the|&|'s|’s)$/.test(toks[k - 1]!.lower) ||
          (/^\p{Ll}/u.test(toks[k - 1]!.text) &&
            toks[k - 1]!.pos !== 'VERB' &&
            hasTitleWord(toks.slice(a + 1, k)) &&
            endsAfter(k)));
      for (; b < toks.length && toks[b]!.sent === m.sent && (!named.has(b) || bodyName(b)) && b - a < 16; b++) {
        // "… of the Global Water Compact (GWC), said": an acronym in brackets stays in the apposition
        if (toks[b]!.text === '(') {
          const close = toks.findIndex((t, i) => i > b && i - b < 8 && t.text === ')');
          if (close < 0) break;
          b = close;
          continue;
        }
        if (/^[,;.:()“”"]$/.test(toks[b]!.text) || isDash(toks[b])) break;
        // a relative clause about the person ends it: "a retired nurse whose house …"
        if (/^(who|whose)$/.test(toks[b]!.lower)) break;
        // a title word, a capitalised name word or the first half of a hyphenated word tagged as a verb ("… acting
        // IT minister", "founder of Turning Tide", "a start-up") does not end it
        const t = toks[b]!;
        if (
          (t.pos === 'VERB' || t.pos === 'AUX') &&
          !isTitleWord(t.text) &&
          !/^\p{Lu}/u.test(t.text) &&
          !hyphenInWord(toks, b + 1)
        )
          break;
      }
      const app = toks.slice(a + 1, b);
      const stopped = toks[b];
      // it ends at punctuation, at the end of its sentence (a list item: "• Ada Obi, a state senator from Ohio"), or
      // where a participle or "who" begins a clause about the person ("a candidate running in …")
      const ends =
        stopped === undefined ||
        stopped.sent !== m.sent ||
        /^[,;.:)“”"]$/.test(stopped.text) ||
        isDash(stopped) ||
        /^(who|whose)$/.test(stopped.lower) ||
        (stopped.pos === 'VERB' && /(ing|ed)$/.test(stopped.lower));
      // "- Prof. Rustam Karimov, Tashkent Institute of Irrigation, Uzbekistan": a roll's entry opening its line, its
      // fields a body and a place, no title among them
      const roll =
        app.length && !hasTitleWord(app) && opensLine(doc, m.leadFirst) ? capitalFields(toks, a + 1, m.sent) : [];
      if (
        roll.length &&
        roll.every((f) => ORG_WORDS_IN.test(f) || findPlaces(f).length > 0) &&
        ORG_WORDS_IN.test(roll[0]!)
      )
        out.push(...roll);
      else if (app.length && (hasTitleWord(app) || occupationAt(app) || nationalOccupation(app)) && ends) {
        out.push(join(app).replace(/^(the|a|an)\s+/i, ''));
        // "Ada Obi, Minister of Water, Uganda", "Ivo Lind, Chair, Lakeside Water Institute": a roll's
        // next field, the post's country or body, when it ends the line or the entry
        if (stopped?.text === ',') out.push(...capitalFields(toks, b + 1, m.sent));
      }
    }
  }
  return out;
}

/**
 * "heads Norway's Institute of Soil Research" -> "head of Norway's Institute of Soil Research": a post verb, then
 * (after "over", "at" or "the") a capitalised body, possessives inside; null unless a body follows.
 */
function postClause(toks: readonly Token[], at: number, sent: number): string | null {
  const title = POST_VERBS.get(toks[at]?.lower ?? '');
  if (!title || toks[at]!.sent !== sent) return null;
  let b = at + 1;
  const prep = toks[b]?.lower === 'at' ? 'at' : 'of';
  // ("sits on the Foreign Affairs Committee": a seat on a body)
  if (/^(over|at|for|on)$/.test(toks[b]?.lower ?? '')) b++;
  if (toks[b]?.lower === 'the') b++;
  const body = capitalRun(toks, b, sent);
  if (body) return `${title} ${prep} ${join(toks.slice(b, body.end))}${whereAfter(toks, body.end, sent, ['in'])}`;
  // ("who chairs the parliamentary health committee": a body named by common words, ending in a body's word)
  let e = b;
  while (e < toks.length && e - b < 5 && toks[e]!.sent === sent && /^(ADJ|NOUN)$/.test(toks[e]!.pos)) e++;
  const last = toks[e - 1];
  return e > b && toks[b - 1]?.lower === 'the' && last !== undefined && ORG_WORDS.has(last.lower)
    ? `${title} ${prep} the ${join(toks.slice(b, e))}${whereAfter(toks, e, sent, ['at', 'of', 'in'])}`
    : null;
}

/**
 * " at the Fenwick Centre for Fusion in Britain": the capitalised body or place a post's body belongs to, after
 * one of `preps` at token k (then, once, where that is), as written; "" when none follows.
 */
function whereAfter(toks: readonly Token[], k: number, sent: number, preps: readonly string[]): string {
  const prep = toks[k]?.lower ?? '';
  if (!preps.includes(prep) || toks[k]!.sent !== sent) return '';
  const from = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const run = capitalRun(toks, from, sent);
  if (!run) return '';
  const here = ` ${join(toks.slice(k, run.end))}`;
  return prep === 'in' ? here : here + whereAfter(toks, run.end, sent, ['in']);
}

/**
 * Runs of capitalised words (with "of", "and", "for", "the" inside) from `from`, separated by commas, up to the end
 * of the entry ("Ministry of Foreign Affairs, Norway"); none unless the entry ends there.
 */
function capitalFields(toks: readonly Token[], from: number, sent: number): string[] {
  const fields: string[] = [];
  for (let k = from; fields.length < 3;) {
    const field = capitalRun(toks, k, sent);
    if (!field) return [];
    fields.push(join(toks.slice(k, field.end)));
    const next = toks[field.end];
    if (next === undefined || next.sent !== sent || /^[;.–—(]$/.test(next.text)) return fields;
    if (next.text !== ',') return [];
    k = field.end + 1;
  }
  return [];
}

/** Prepositions of place the tagger may read as adjectives or adverbs ("Outside/ADJ the court"). */
const PLACE_PREPOSITIONS = /^(?:outside|inside|beyond|behind|near|across|opposite|beside)$/;

/** A word of an organisation's name ("Institute", "Agency") in a field. */
const ORG_WORDS_IN = new RegExp(`\\b(?:${[...ORG_WORDS].map(escapeRegExp).join('|')})\\b`, 'i');

/** Token k opens its paragraph, or follows only a bullet or an honorific there ("- Prof. Ada Obi"). */
function opensLine(doc: Tokenised, k: number): boolean {
  const toks = doc.tokens;
  let j = k;
  while (
    j > 0 &&
    toks[j - 1]!.sent === toks[k]!.sent &&
    (/^[-–—•*·]$/.test(toks[j - 1]!.text) || HONORIFICS.has(normalisePhrase(toks[j - 1]!.text.replace(/\.$/, ''))))
  )
    j--;
  // ("Speaker: Prof. Li Wei, Tsinghua University": after a one-word label of the programme)
  if (
    toks[j - 1]?.text === ':' &&
    /^\p{Lu}\p{Ll}+$/u.test(toks[j - 2]?.text ?? '') &&
    toks[j - 2]!.sent === toks[k]!.sent
  )
    j -= 2;
  return doc.paragraphs.some((p) => p.start === toks[j]!.start);
}

/** A person's name from `k`, after an honorific or not ("Prof. Ada Obi", "Ada Obi"). */
const personAt = (toks: readonly Token[], k: number, named: ReadonlySet<number>) =>
  named.has(k + 1) && (named.has(k) || HONORIFICS.has(normalisePhrase(toks[k]?.text.replace(/\.$/, '') ?? '')));

/**
 * A run of capitalised words from `from` (with "of", "and", "for", "the" inside), or null; it stops before "and" and
 * the next person's name or a possessive ("of the Lake Bank and Prof. Ada Obi", "… and Norway's minister").
 */
function capitalRun(
  toks: readonly Token[],
  from: number,
  sent: number,
  named: ReadonlySet<number> = new Set(),
): { end: number } | null {
  let b = from;
  while (
    b < toks.length &&
    toks[b]!.sent === sent &&
    b - from < 8 &&
    (/^\p{Lu}/u.test(toks[b]!.text) ||
      // "Eastport's Department of Trade": a possessive between capitalised words
      (/^['’]s$/.test(toks[b]!.text) && b > from && /^\p{Lu}/u.test(toks[b + 1]?.text ?? '')) ||
      (/^(of|and|for|the|on|&)$/.test(toks[b]!.lower) &&
        b > from &&
        /^\p{Lu}/u.test(toks[b + 1]?.text ?? '') &&
        !(toks[b]!.lower === 'and' && personAt(toks, b + 1, named)) &&
        // ("of the Lake Bank and Norway's health minister, Ivo Lind": a possessive after "and" opens the next person)
        !(toks[b]!.lower === 'and' && /^['’]s$/.test(toks[b + 2]?.text ?? ''))))
  )
    b++;
  // (a name cut by the limit ends on a word of its own, not on "and" or "for")
  while (b > from + 1 && /^(of|and|for|the|on|&|['’]s)$/.test(toks[b - 1]!.lower)) b--;
  return b > from ? { end: b } : null;
}

/**
 * "a hydrologist at Lakeland University", "an economist with the Central Bank": an
 * occupation the title lexicon may lack, told by its shape: "a"/"an"/"the", up to three
 * lower-case nouns or adjectives, a preposition, then a capitalised name.
 */
/** "a Polish infectious disease specialist", "an Irish dairy farmer": a nationality, then what the person does. */
function nationalOccupation(app: readonly Token[]): boolean {
  if (!/^(a|an)$/.test(app[0]?.lower ?? '') || !demonymCountry(app[1]?.text ?? '') || app.length < 3) return false;
  return (
    app.length <= 7 &&
    app.slice(2).every((t) => /^(NOUN|ADJ)$/.test(t.pos) && /^\p{Ll}/u.test(t.text)) &&
    app[app.length - 1]!.pos === 'NOUN'
  );
}

function occupationAt(app: readonly Token[]): boolean {
  // ("the harbour master of Tema": one post, named by its holder's occupation)
  if (!/^(a|an|the)$/.test(app[0]?.lower ?? '')) return false;
  let i = 1;
  while (i < app.length && i <= 3 && /^(NOUN|ADJ)$/.test(app[i]!.pos) && /^\p{Ll}/u.test(app[i]!.text)) i++;
  if (i === 1 || app[i - 1]!.pos !== 'NOUN' || !/^(at|of|for|with|from)$/.test(app[i]?.lower ?? '')) return false;
  if (app[i + 1]?.lower === 'the') i++;
  return /^\p{Lu}/u.test(app[i + 1]?.text ?? '');
}

/** The plural title phrase ("former presidents") before the list that a name at token i ends. */
function listHeadBefore(toks: readonly Token[], i: number, named: ReadonlySet<number>): string | null {
  let k = i;
  let listed = false;
  for (;;) {
    let j = k;
    if (toks[j - 1]?.lower === 'and') j--;
    if (toks[j - 1]?.text === ',') j--;
    if (toks[j - 1]?.lower === 'and') j--;
    if (j === k || !named.has(j - 1)) break;
    while (j > 0 && named.has(j - 1)) j--;
    k = j;
    listed = true;
  }
  if (!listed) return null;
  let b = k;
  while (b > 0 && k - b < 4 && /^(NOUN|ADJ|PROPN)$/.test(toks[b - 1]!.pos) && !named.has(b - 1)) b--;
  const phrase = toks.slice(b, k);
  const last = phrase[phrase.length - 1];
  return last && /s$/.test(last.lower) && isTitleWord(last.text) ? join(phrase) : null;
}
