import type { Corpus } from '../corpus/schema';
import { nameKey } from './names';

/** The answer key's format (tests/fixtures/seeds.json). */
export interface Gold {
  documents: { file: string; title: string; event: string }[];
  events: { id: string; date: string; title: string; documents: string[] }[];
  speakers: {
    id: string;
    name: string;
    aliases: string[];
    country: string | null;
    countryAlt?: string[];
    role: string;
    roleAlt?: string[];
    appearances: { doc: string; event: string; surface: string[] }[];
  }[];
  nonSpeakers: { name: string; aliases?: string[]; docs: string[] }[];
  /** optional: generated keys may have none */
  quotes?: { doc: string; speaker: string; text: string }[];
}

export interface Scores {
  precision: number;
  recall: number;
  bcubedF1: number;
  people: { found: number; gold: number; speakers: number };
  country: number;
  role: number;
  events: { gold: number; rightDate: number; documents: number; rightDocuments: number; found: number };
  quotes: { anchors: number; inside: number; share: number };
  nonSpeakers: string[];
  misses: string[];
}

export const FLOORS = { precision: 0.97, recall: 0.95, bcubedF1: 0.97, country: 0.95, role: 0.9, quotes: 0.9 } as const;

/** The gold key calls the organising movement's leaders "opposition-leader"; the taxonomy says "organisation-leader". */
const ROLE_ALIAS: Record<string, string> = { 'opposition-leader': 'organisation-leader' };
const mapRole = (r: string) => ROLE_ALIAS[r] ?? r;

/** Quote text compared with whitespace runs and quotation marks folded. */
export function foldText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[“”"«»„]/g, '')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const forms = (xs: string[]) => new Set(xs.map(nameKey).filter(Boolean));
const shared = (a: Set<string>, b: Set<string>, multi: boolean) => [...a].some((x) => b.has(x) && x.includes(' ') === multi);

/**
 * Scores a corpus against the answer key. Speakers are matched per document by
 * normalised name/alias overlap (full names first, then single-word aliases),
 * one to one.
 */
export function evaluateCorpus(corpus: Corpus, gold: Gold): Scores {
  const fileOf = new Map(corpus.documents.map((d) => [d.id, d.file]));
  const speakerById = new Map(corpus.speakers.map((s) => [s.id, s]));
  const oursByDoc = new Map<string, Set<string>>();
  for (const a of corpus.appearances) {
    const f = fileOf.get(a.documentId)!;
    (oursByDoc.get(f) ?? oursByDoc.set(f, new Set()).get(f)!).add(a.speakerId);
  }
  const misses: string[] = [];
  let tp = 0;
  let nOurs = 0;
  let nGold = 0;
  const items: { gold: string; ours: string }[] = [];
  /** gold speaker id -> doc -> our speaker id */
  const match = new Map<string, Map<string, string>>();
  const nonSpeakers: string[] = [];
  for (const doc of gold.documents) {
    const ours = [...(oursByDoc.get(doc.file) ?? [])];
    const golds = gold.speakers.filter((g) => g.appearances.some((a) => a.doc === doc.file));
    nOurs += ours.length;
    nGold += golds.length;
    const oForms = new Map(ours.map((id) => [id, forms([speakerById.get(id)!.name, ...speakerById.get(id)!.aliases])]));
    const gForms = new Map(golds.map((g) => [g.id, forms([g.name, ...g.aliases, ...g.appearances.filter((a) => a.doc === doc.file).flatMap((a) => a.surface)])]));
    const usedO = new Set<string>();
    const usedG = new Set<string>();
    for (const multi of [true, false]) {
      for (const g of golds) {
        if (usedG.has(g.id)) continue;
        const o = ours.find((id) => !usedO.has(id) && shared(oForms.get(id)!, gForms.get(g.id)!, multi));
        if (!o) continue;
        usedO.add(o);
        usedG.add(g.id);
        tp++;
        items.push({ gold: g.id, ours: o });
        (match.get(g.id) ?? match.set(g.id, new Map()).get(g.id)!).set(doc.file, o);
      }
    }
    for (const g of golds) if (!usedG.has(g.id)) misses.push(`missed ${g.name} in ${doc.file}`);
    for (const o of ours) {
      if (usedO.has(o)) continue;
      misses.push(`extra ${speakerById.get(o)!.name} in ${doc.file}`);
      const ns = gold.nonSpeakers.find((n) => n.docs.includes(doc.file) && shared(oForms.get(o)!, forms([n.name, ...(n.aliases ?? [])]), true));
      if (ns) nonSpeakers.push(`${ns.name} (${doc.file})`);
    }
  }

  // B-cubed over matched appearances
  const tally = (key: (i: (typeof items)[number]) => string) => {
    const m = new Map<string, number>();
    for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
    return m;
  };
  const both = tally((i) => `${i.ours}\u0000${i.gold}`);
  const byOurs = tally((i) => i.ours);
  const byGold = tally((i) => i.gold);
  let bp = 0;
  let br = 0;
  for (const it of items) {
    const same = both.get(`${it.ours}\u0000${it.gold}`)!;
    bp += same / byOurs.get(it.ours)!;
    br += same / byGold.get(it.gold)!;
  }
  bp /= items.length || 1;
  br /= items.length || 1;

  // attributes of each found person, on the speaker they were most often matched to
  const goldById = new Map(gold.speakers.map((s) => [s.id, s]));
  let countryOk = 0;
  let roleOk = 0;
  for (const [gid, docs] of match) {
    const g = goldById.get(gid)!;
    const counts = new Map<string, number>();
    for (const o of docs.values()) counts.set(o, (counts.get(o) ?? 0) + 1);
    const o = speakerById.get([...counts].sort((a, b) => b[1] - a[1])[0]![0])!;
    if (o.country === g.country || (o.country !== null && (g.countryAlt ?? []).includes(o.country))) countryOk++;
    else misses.push(`country ${g.name}: ${o.country} (key ${g.country}${g.countryAlt?.length ? '/' + g.countryAlt.join('/') : ''})`);
    if ([g.role, ...(g.roleAlt ?? [])].map(mapRole).includes(o.role)) roleOk++;
    else misses.push(`role ${g.name}: ${o.role} (key ${[g.role, ...(g.roleAlt ?? [])].join('/')})`);
  }

  // events: each gold event maps to the event most of its documents got
  const eventOfFile = new Map(corpus.documents.map((d) => [d.file, d.eventId]));
  const eventById = new Map(corpus.events.map((e) => [e.id, e]));
  let rightDate = 0;
  let rightDocs = 0;
  const claimed = new Set<string>();
  for (const ge of gold.events) {
    const counts = new Map<string, number>();
    for (const f of ge.documents) {
      const e = eventOfFile.get(f);
      if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!best || claimed.has(best)) {
      misses.push(`event ${ge.id} not found`);
      continue;
    }
    claimed.add(best);
    if (eventById.get(best)?.date === ge.date) rightDate++;
    else misses.push(`event ${ge.id}: date ${eventById.get(best)?.date}`);
    for (const f of ge.documents) {
      if (eventOfFile.get(f) === best) rightDocs++;
      else misses.push(`document ${f} not on event ${ge.id}`);
    }
  }

  // quote anchors inside a quote of the right speaker
  const quotesBy = new Map<string, string[]>();
  for (const q of corpus.quotes) {
    const k = `${fileOf.get(q.documentId)}\u0000${q.speakerId}`;
    (quotesBy.get(k) ?? quotesBy.set(k, []).get(k)!).push(foldText(q.text));
  }
  let inside = 0;
  const anchors = gold.quotes ?? [];
  for (const q of anchors) {
    const o = match.get(q.speaker)?.get(q.doc);
    const anchor = foldText(q.text);
    if (o && (quotesBy.get(`${q.doc}\u0000${o}`) ?? []).some((t) => t.includes(anchor))) inside++;
    else misses.push(`quote of ${q.speaker} in ${q.doc}: "${q.text.slice(0, 50)}"`);
  }

  return {
    precision: tp / (nOurs || 1),
    recall: tp / (nGold || 1),
    bcubedF1: bp + br === 0 ? 0 : (2 * bp * br) / (bp + br),
    people: { found: new Set(items.map((i) => i.ours)).size, gold: gold.speakers.length, speakers: corpus.speakers.length },
    country: countryOk / (match.size || 1),
    role: roleOk / (match.size || 1),
    events: { gold: gold.events.length, rightDate, documents: gold.documents.length, rightDocuments: rightDocs, found: corpus.events.length },
    quotes: { anchors: anchors.length, inside, share: anchors.length ? inside / anchors.length : 1 },
    nonSpeakers,
    misses,
  };
}

/** The floors a score misses, in words; empty when all are met. */
export function failedFloors(s: Scores): string[] {
  const out: string[] = [];
  const check = (name: keyof typeof FLOORS, v: number) => v < FLOORS[name] && out.push(`${name} ${v.toFixed(3)} < ${FLOORS[name]}`);
  check('precision', s.precision);
  check('recall', s.recall);
  check('bcubedF1', s.bcubedF1);
  check('country', s.country);
  check('role', s.role);
  check('quotes', s.quotes.share);
  if (s.events.rightDate < s.events.gold || s.events.rightDocuments < s.events.documents || s.events.found !== s.events.gold)
    out.push(`events ${s.events.rightDate}/${s.events.gold} dates, ${s.events.rightDocuments}/${s.events.documents} documents, ${s.events.found} found`);
  if (s.nonSpeakers.length) out.push(`non-speakers reported: ${s.nonSpeakers.join(', ')}`);
  return out;
}

/** The figures as printed by `npm run evaluate`. */
export function formatScores(s: Scores): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return [
    `speaker detection   precision ${s.precision.toFixed(3)} (floor ${FLOORS.precision})   recall ${s.recall.toFixed(3)} (floor ${FLOORS.recall})`,
    `resolution          B-cubed F1 ${s.bcubedF1.toFixed(3)} (floor ${FLOORS.bcubedF1}); ${s.people.found} of ${s.people.gold} key people found, ${s.people.speakers} speakers in corpus`,
    `country             ${pct(s.country)} correct (floor ${pct(FLOORS.country)})`,
    `role                ${pct(s.role)} correct (floor ${pct(FLOORS.role)})`,
    `events              ${s.events.rightDate}/${s.events.gold} with the right date, ${s.events.rightDocuments}/${s.events.documents} documents on the right event, ${s.events.found} events in corpus`,
    `quote anchors       ${s.quotes.inside}/${s.quotes.anchors} inside a quote of the right speaker (${pct(s.quotes.share)}, floor ${pct(FLOORS.quotes)})`,
    `non-speakers        ${s.nonSpeakers.length ? s.nonSpeakers.join(', ') : 'none reported'}`,
  ].join('\n');
}
