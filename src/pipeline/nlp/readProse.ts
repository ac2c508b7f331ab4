import { attribute, type AttributedQuote, type SpeakingRole } from './attribute';
import { descriptorsOf } from './descriptors';
import { findNameMentions } from './mentions';
import { canonicalForm, looksPersonal, resolvePeople, type Person } from './people';
import { findQuoteSpans } from './quoteMarks';
import type { Tokenised } from './tokenise';

/** One person the prose presents as speaking, with what the text says of them. */
export interface ProseSpeaker {
  name: string;
  forms: string[];
  descriptors: string[];
  /** Why they count as a speaker: the first rule that attached words or a role to them. */
  rule: string;
  /** Offset of the first mention, for ordering and evidence. */
  at: number;
  /** Where the text presents them in a speaking role ("chaired by X"), if it does. */
  roles: { start: number; end: number; rule: string }[];
}

export interface ProseQuote {
  /** Index into `speakers`, or null when the text names no speaker. */
  speaker: number | null;
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  rule: string;
}

export interface ProseReading {
  speakers: ProseSpeaker[];
  quotes: ProseQuote[];
}

/** Names, attribution and descriptors of one tokenised document's running prose. */
export function readProse(doc: Tokenised): ProseReading {
  const mentions = findNameMentions(doc);
  const { people, personOf } = resolvePeople(mentions);
  const named = new Set<number>();
  for (const m of mentions) for (let k = m.first; k < m.last; k++) named.add(k);
  for (const p of people)
    for (const m of p.mentions)
      for (const d of descriptorsOf(doc, m, named)) if (!p.descriptors.includes(d)) p.descriptors.push(d);
  const spans = findQuoteSpans(doc.text, doc.paragraphs);
  for (const p of people) p.personal = looksPersonal(p, doc.tokens);
  const { quotes, roles } = attribute(doc, mentions, personOf, people, spans);
  listedWithPeople(people, roles);
  // words attached to a capitalised phrase with nothing personal about it are kept, but unattributed
  for (const q of quotes) if (q.person !== null && !people[q.person]!.personal) q.person = null;
  return toReading(
    people,
    quotes,
    roles.filter((r) => people[r.person]!.personal),
  );
}

/**
 * "panellists, Ann Brook, Kofi Mensah and Lea Varga": a full name listed by one rule beside
 * a name that looks personal is a person's too, though its given name is in no list.
 */
function listedWithPeople(people: Person[], roles: readonly SpeakingRole[]): void {
  const lifted = roles.filter(
    (r) =>
      !people[r.person]!.personal &&
      people[r.person]!.words.length >= 2 &&
      roles.some((o) => o.rule === r.rule && Math.abs(o.start - r.start) < 300 && people[o.person]!.personal),
  );
  for (const r of lifted) people[r.person]!.personal = true;
}

function toReading(people: Person[], quotes: AttributedQuote[], roles: SpeakingRole[]): ProseReading {
  const index = new Map<number, number>();
  const speakers: ProseSpeaker[] = [];
  const speakerOf = (person: number, rule: string): number => {
    let k = index.get(person);
    if (k === undefined) {
      const p = people[person]!;
      k = speakers.length;
      index.set(person, k);
      speakers.push({
        name: canonicalForm(p),
        forms: [...p.forms.keys()],
        descriptors: p.descriptors,
        rule,
        at: p.mentions[0]?.start ?? 0,
        roles: [],
      });
    }
    return k;
  };
  const out: ProseQuote[] = [];
  for (const q of quotes)
    out.push({
      speaker: q.person === null ? null : speakerOf(q.person, q.rule),
      start: q.start,
      end: q.end,
      kind: q.kind,
      rule: q.rule,
    });
  for (const r of roles)
    speakers[speakerOf(r.person, r.rule)]!.roles.push({ start: r.start, end: r.end, rule: r.rule });
  return { speakers, quotes: out };
}
