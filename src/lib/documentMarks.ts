import type { CorpusIndex } from './corpusIndex';
import type { Span } from './segmentText';

/** A highlighted stretch of a document in the reader. */
export type DocumentMark =
  | (Span & { readonly kind: 'quote'; readonly quoteId: string; readonly speakerId: string | null; readonly speaker: string; readonly quoteKind: 'direct' | 'reported' })
  | (Span & { readonly kind: 'mention'; readonly speakerId: string; readonly speaker: string })
  /** Where the reader was opened: a quote or the sentence evidence came from. */
  | (Span & { readonly kind: 'focus' })
  /** The deciding words inside the focus (the "Sweden" of a country's evidence). */
  | (Span & { readonly kind: 'key' });

/** The quotes in a document, attributed ones with their speaker, unattributed ones with none. */
export function documentQuoteMarks(index: CorpusIndex, documentId: string): DocumentMark[] {
  const { quotes, unattributed = [] } = index.corpus;
  const out: DocumentMark[] = [];
  for (const q of quotes) {
    if (q.documentId !== documentId) continue;
    const s = index.speakerById.get(q.speakerId);
    out.push({ kind: 'quote', start: q.start, end: q.end, quoteId: q.id, speakerId: q.speakerId, speaker: s?.name ?? q.speakerId, quoteKind: q.kind ?? 'direct' });
  }
  for (const q of unattributed)
    if (q.documentId === documentId) out.push({ kind: 'quote', start: q.start, end: q.end, quoteId: q.id, speakerId: null, speaker: 'unattributed', quoteKind: q.kind ?? 'direct' });
  return out;
}

const SURNAME_PARTICLES = new Set(['abu', 'al', 'el', 'bin', 'ben', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'le', 'la', 'dos', 'das']);

/**
 * The speakers a document names (its appearances) or quotes, with every name they go by:
 * name, aliases, and the surname alone ("Ms. Lund said") when no other speaker of the
 * document shares it, since articles name a person in full once and by surname after.
 */
export function documentSpeakerNames(index: CorpusIndex, documentId: string): { id: string; name: string; names: string[] }[] {
  const ids = new Set<string>();
  for (const a of index.corpus.appearances) if (a.documentId === documentId) ids.add(a.speakerId);
  for (const q of index.corpus.quotes) if (q.documentId === documentId) ids.add(q.speakerId);
  const speakers = [...ids].flatMap((id) => index.speakerById.get(id) ?? []);
  // "Abu Ali", "van Dijk": the particle belongs to the surname; a surname that is someone's
  // given name in the corpus ("Omar" of Omar Haddad) would mark every "Ali" as this speaker
  const givenNames = new Set(index.speakers.map((sp) => sp.name.trim().split(/\s+/)[0]!));
  const surname = (name: string) => {
    const words = name.trim().split(/\s+/);
    if (words.length < 2) return undefined;
    const last = SURNAME_PARTICLES.has(words.at(-2)!.toLowerCase()) && words.length > 2 ? words.slice(-2).join(' ') : words.at(-1)!;
    return last.length > 2 && /^\p{Lu}/u.test(words.at(-1)!) && !givenNames.has(last) ? last : undefined;
  };
  const shared = new Map<string, number>();
  for (const s of speakers) {
    const sn = surname(s.name);
    if (sn) shared.set(sn, (shared.get(sn) ?? 0) + 1);
  }
  return speakers.map((s) => {
    const sn = surname(s.name);
    const names = [s.name, ...s.aliases];
    if (sn && shared.get(sn) === 1 && !names.includes(sn)) names.push(sn);
    return { id: s.id, name: s.name, names };
  });
}

/**
 * Every whole-word mention of the speakers' names in `[from, to)` of `text`, longest name
 * first where names overlap ("Karin Lindberg" over "Lindberg"). A name two speakers
 * share goes to the first of them. Case-sensitive: "Holm" is a name, "holm" rarely.
 */
export function findMentions(text: string, speakers: readonly { id: string; name: string; names: readonly string[] }[], from = 0, to = text.length): DocumentMark[] {
  const owner = new Map<string, { id: string; name: string }>();
  for (const s of speakers)
    for (const n of s.names) {
      const key = n.trim().replace(/\s+/g, ' ');
      if (key && !owner.has(key)) owner.set(key, s);
    }
  if (!owner.size) return [];
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', '\\s+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  re.lastIndex = from;
  const out: DocumentMark[] = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const s = owner.get(m[0].replace(/\s+/g, ' '));
    if (s) out.push({ kind: 'mention', start: m.index, end: m.index + m[0].length, speakerId: s.id, speaker: s.name });
  }
  return out;
}
