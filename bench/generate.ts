import { ArticleDraft } from './synthetic/draft';
import { isoDate, planEvents, type SynthEvent } from './synthetic/events';
import { NameRegistry, type Role } from './synthetic/people';
import { Rng } from './synthetic/prng';
import { renderAttributed } from './synthetic/styles/attributed';
import { renderCaptioned } from './synthetic/styles/captioned';
import { lineup } from './synthetic/styles/common';
import { renderDispatch } from './synthetic/styles/dispatch';
import { renderExcerpts } from './synthetic/styles/excerpts';
import { renderNews } from './synthetic/styles/news';
import { renderSections } from './synthetic/styles/sections';

export interface GenerateOptions {
  readonly articles: number;
  readonly seed: number;
}

export interface GeneratedArticle {
  readonly file: string;
  readonly text: string;
}

/**
 * What was generated, in the shape of tests/fixtures/seeds.json so the same scoring
 * can run on synthetic data: who spoke in which document, under which surface forms.
 */
export interface GroundTruth {
  readonly version: 1;
  readonly seed: number;
  readonly documents: { file: string; title: string; event: string; style: DocumentStyle }[];
  readonly events: { id: string; date: string; title: string; documents: string[] }[];
  readonly speakers: TruthSpeaker[];
  readonly nonSpeakers: { name: string; aliases: string[]; docs: string[] }[];
}

export interface TruthSpeaker {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly country: string | null; // ISO alpha-2
  readonly role: Role;
  readonly titles: string[];
  readonly affiliations: string[];
  readonly appearances: { doc: string; event: string; surface: string[] }[];
}

export interface SyntheticCorpus {
  readonly articles: GeneratedArticle[];
  readonly truth: GroundTruth;
}

/** Article layouts, one per sample article; see synthetic/styles/*.ts. */
export const STYLES = {
  captioned: renderCaptioned,
  dispatch: renderDispatch,
  attributed: renderAttributed,
  excerpts: renderExcerpts,
  sections: renderSections,
} as const;
export type StyleName = keyof typeof STYLES;
const STYLE_NAMES = Object.keys(STYLES) as StyleName[];

/**
 * Ordinary news prose in no sample's layout (synthetic/styles/news.ts). Users bring mostly
 * such reports, so half the articles are news: runs of five news reports alternate with
 * runs of the five layouts.
 */
export const NEWS = 'news';
export type DocumentStyle = StyleName | typeof NEWS;
const RUN = STYLE_NAMES.length;
export const styleOfArticle = (i: number, styleOffset: number): DocumentStyle =>
  Math.floor(i / RUN) % 2 === 1 ? NEWS : (STYLE_NAMES[(i + styleOffset) % RUN] as StyleName);

/** The benchmark's standard sizes; the largest gives about 100,000 speaker appearances. */
export const SIZES = [100, 1_000, 10_000] as const;

/**
 * A deterministic synthetic corpus: the same options always give the same bytes.
 * Articles come several to an event (so the pipeline has events to merge), speakers
 * recur within and across events. Runs of five articles in the five layouts (any five
 * consecutive layout articles show every layout) alternate with runs of five news reports.
 */
export function generateSynthetic({ articles, seed }: GenerateOptions): SyntheticCorpus {
  if (!Number.isInteger(articles) || articles < 0) throw new Error(`articles must be a non-negative integer, got ${articles}`);
  const rng = new Rng(seed);
  const names = new NameRegistry();
  const events = planEvents(rng, articles, names);
  const slots = rng.shuffle(events.flatMap((e) => Array.from({ length: e.articleCount }, () => e)));
  const width = Math.max(3, String(articles - 1).length);
  const styleOffset = rng.int(0, STYLE_NAMES.length - 1);

  const out: GeneratedArticle[] = [];
  const truth = emptyTruth(seed, events);
  const eventDocs = new Map(truth.events.map((e) => [e.id, e.documents]));
  const speakers = new Map<string, TruthSpeaker>();
  const nonSpeakers = new Map<string, GroundTruth['nonSpeakers'][number]>();
  slots.forEach((event, i) => {
    const file = `${String(i).padStart(width, '0')}_${rng.hex(16)}.txt`;
    const style = styleOfArticle(i, styleOffset);
    const draft = new ArticleDraft(rng, event);
    (style === NEWS ? renderNews : STYLES[style])(draft, lineup(draft));
    out.push({ file, text: draft.text() });
    truth.documents.push({ file, title: draft.title, event: event.id, style });
    eventDocs.get(event.id)?.push(file);
    for (const { persona: p, surfaces, titles } of draft.speakers()) {
      let s = speakers.get(p.id);
      if (!s) {
        s = { id: p.id, name: p.name, aliases: [], country: p.country?.code ?? null, role: p.role, titles: [], affiliations: [...p.affiliations], appearances: [] };
        speakers.set(p.id, s);
      }
      s.appearances.push({ doc: file, event: event.id, surface: [...surfaces] });
      for (const x of surfaces) if (x !== p.name && !s.aliases.includes(x)) s.aliases.push(x);
      for (const t of titles) if (!s.titles.includes(t)) s.titles.push(t);
    }
    for (const n of draft.nonSpeakers()) {
      const entry = nonSpeakers.get(n.name) ?? { name: n.name, aliases: [n.family], docs: [] };
      entry.docs.push(file);
      nonSpeakers.set(n.name, entry);
    }
  });
  truth.speakers.push(...speakers.values());
  truth.nonSpeakers.push(...nonSpeakers.values());
  return { articles: out, truth };
}

export function generateArticles(options: GenerateOptions): GeneratedArticle[] {
  return generateSynthetic(options).articles;
}

/** Speaker appearances (one per speaker per document) in a ground truth. */
export function countAppearances(truth: GroundTruth): number {
  return truth.speakers.reduce((n, s) => n + s.appearances.length, 0);
}

function emptyTruth(seed: number, events: readonly SynthEvent[]): GroundTruth {
  return {
    version: 1,
    seed,
    documents: [],
    events: events.map((e) => ({ id: e.id, date: isoDate(e.date), title: e.title, documents: [] })),
    speakers: [],
    nonSpeakers: [],
  };
}
