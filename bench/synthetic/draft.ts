import { MONTHS, type SynthEvent } from './events';
import type { NonSpeaker, Persona } from './people';
import type { Rng } from './prng';
import type { SpeechContext } from './speech';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "November 10, 2020" */
export function longDate(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
/** "Tuesday 10 November" (British order, no year, as in the samples' intros). */
export function weekdayDayMonth(d: Date): string {
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}
/** "Tuesday, November 10, 2020" */
export function weekdayLongDate(d: Date): string {
  return `${WEEKDAYS[d.getUTCDay()]}, ${longDate(d)}`;
}

export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** A plausible misspelling of one surname token, as in "Lindqvist" / "Lindqvsist". */
export function misspell(rng: Rng, family: string): string {
  const tokens = family.split(' ');
  const i = tokens.reduce((best, t, j) => (t.length > (tokens[best] as string).length ? j : best), 0);
  const t = tokens[i] as string;
  if (t.length < 4) return family;
  const k = rng.int(1, t.length - 3);
  let out: string;
  switch (rng.int(0, 2)) {
    case 0: out = t.slice(0, k) + t[k + 1] + t[k] + t.slice(k + 2); break; // letters swapped
    case 1: out = t.slice(0, k + 1) + t[k] + t.slice(k + 1); break; // letter doubled
    default: out = t.slice(0, k) + t.slice(k + 1); // letter dropped
  }
  if (out === t) out = stripDiacritics(t) === t ? `${t.slice(0, -1)}${t.slice(-1) === 'i' ? 'y' : 'i'}` : stripDiacritics(t);
  tokens[i] = out;
  return tokens.join(' ');
}

/** How one article spells one speaker, fixed for the whole article. */
export interface Spelling {
  readonly persona: Persona;
  readonly name: string;
  readonly family: string;
}

interface SpeakerRecord {
  readonly persona: Persona;
  readonly surfaces: Set<string>;
  readonly titles: Set<string>;
}

/**
 * One article being written: text blocks plus the ground truth of who spoke in it
 * (with every surface form used) and which non-speakers it names.
 */
export class ArticleDraft {
  readonly #blocks: string[] = [];
  readonly #speakers = new Map<string, SpeakerRecord>();
  readonly #named = new Map<string, NonSpeaker>();
  readonly #spellings = new Map<string, Spelling>();
  /** The headline as a reader would give it (set by the style). */
  title = '';

  constructor(
    readonly rng: Rng,
    readonly event: SynthEvent,
  ) {}

  /** Paragraph blocks, separated by a blank line; a block may hold single newlines. */
  add(...blocks: string[]): void {
    this.#blocks.push(...blocks);
  }

  /** This article's spelling of `p`: mostly canonical, sometimes without accents or misspelt. */
  spell(p: Persona): Spelling {
    let s = this.#spellings.get(p.id);
    if (!s) {
      const given = p.name.slice(0, p.name.length - p.family.length - 1);
      let family = p.family;
      let name = p.name;
      if (this.rng.chance(0.05)) {
        family = misspell(this.rng, p.family);
        name = `${given} ${family}`;
      } else if (stripDiacritics(name) !== name && this.rng.chance(0.3)) {
        name = stripDiacritics(name);
        family = stripDiacritics(family);
      }
      s = { persona: p, name, family };
      this.#spellings.set(p.id, s);
    }
    return s;
  }

  /** Records that `p` speaks here, referred to as `surface`; returns `text` (default: surface). */
  speaker(p: Persona, surface: string, title?: string, text = surface): string {
    let r = this.#speakers.get(p.id);
    if (!r) {
      r = { persona: p, surfaces: new Set(), titles: new Set() };
      this.#speakers.set(p.id, r);
    }
    r.surfaces.add(surface);
    if (title) r.titles.add(title);
    return text;
  }

  /** Records a mention of someone who does not speak; returns the text to print. */
  named(n: NonSpeaker, text = n.name): string {
    this.#named.set(n.name, n);
    return text;
  }

  /** Context for speech.ts: this event, this speaker, non-speaker mentions recorded here. */
  ctx(speaker: Persona): SpeechContext {
    return { event: this.event, speaker, named: (n) => this.#named.set(n.name, n) };
  }

  text(): string {
    return `${this.#blocks.join('\n\n')}\n`;
  }

  speakers(): readonly SpeakerRecord[] {
    return [...this.#speakers.values()];
  }

  nonSpeakers(): readonly NonSpeaker[] {
    return [...this.#named.values()];
  }
}

// ——— caption and attribution forms shared by the styles ———

/** A caption line naming the speaker with a descriptor: "Swedish MP Solveig Nyberg" or "Dr. X, professor at …". */
export function captionLine(d: ArticleDraft, p: Persona): string {
  const s = d.spell(p);
  const named = p.honorific ? `${p.honorific} ${s.name}` : s.name;
  if (p.pre && d.rng.chance(0.45)) return `${p.pre} ${d.speaker(p, named, p.pre)}`;
  const post = d.rng.pick(p.post);
  const extra = p.post.length > 1 && d.rng.chance(0.2) ? `, ${p.post.find((x) => x !== post)}` : '';
  return `${d.speaker(p, named, post)}, ${post}${extra}`;
}

/** "Name, Profession, Association:" as in the community sections. */
export function colonLine(d: ArticleDraft, p: Persona): string {
  return `${d.speaker(p, d.spell(p).name, p.colon)}, ${p.colon}:`;
}

/** The lower-case image caption that interrupts a speech ("solveig nyberg"). */
export function lowercaseLine(d: ArticleDraft, p: Persona): string {
  const lower = d.spell(p).name.toLowerCase();
  return d.speaker(p, lower);
}

/**
 * Who said it, for “…,” ___ said. — surname, title and surname, or descriptor and full
 * name. Until the article has `introduced` the speaker in full, only the full forms.
 */
export function attribution(d: ArticleDraft, p: Persona, introduced: boolean): string {
  const s = d.spell(p);
  const short = p.short.endsWith(p.family) ? p.short.slice(0, p.short.length - p.family.length) + s.family : p.short;
  switch (introduced ? d.rng.int(0, 3) : d.rng.int(2, 3)) {
    case 0: return d.speaker(p, s.family);
    case 1: return d.speaker(p, short);
    case 2: return p.pre ? `${p.pre.replace(/^Former/, 'former')} ${d.speaker(p, s.name, p.pre)}` : d.speaker(p, s.name);
    default: {
      const post = d.rng.pick(p.post);
      return `${d.speaker(p, s.name, post)}, ${post},`;
    }
  }
}

export function pronoun(p: Persona): { he: string; his: string } {
  return p.gender === 'f' ? { he: 'she', his: 'her' } : { he: 'he', his: 'his' };
}

/** Turns a paragraph into the part before an attribution: final "." becomes ",". */
export function beforeAttribution(paragraph: string): string {
  return paragraph.endsWith('.') ? `${paragraph.slice(0, -1)},` : paragraph;
}

/** Wraps paragraphs as one quotation: opened on each paragraph, closed on the last. */
export function quoted(paragraphs: readonly string[], closeLast = true): string[] {
  return paragraphs.map((p, i) => `“${p}${closeLast && i === paragraphs.length - 1 ? '”' : ''}`);
}
