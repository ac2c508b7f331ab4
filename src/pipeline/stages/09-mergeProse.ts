import type { DocQuote } from './07-layoutQuotes';
import type { DocSpeaker } from './types';
import { nameKey } from '../nlp/names';
import { isGivenName } from '../nlp/givenNames';
import type { ProseReading } from '../nlp/readProse';
import type { ProseRead } from './08-readProse';

export interface MergedReading {
  /** Layout speakers first, then the people only the prose reading found. */
  speakers: DocSpeaker[];
  quotes: DocQuote[];
  unattributed: { start: number; end: number; kind: 'direct' | 'reported' }[];
  /** Why each prose-only speaker counts, by key. */
  rules: Map<string, string>;
  /** What the prose says of each person it found (titles, appositions), by key. */
  descriptors: Map<string, string[]>;
}

/**
 * The layout reading (headings, captions, sections: stages 06 and 07) and the
 * prose reading (names, speech verbs, pronouns) of one document, as one. The
 * layout's speakers and quotes stand; the prose adds the people and words it
 * does not cover. A prose person is a layout speaker when their name keys
 * match, or one key is the other's surname.
 */
export function mergeProse(
  layoutIn: ReadonlyMap<string, DocSpeaker>,
  layoutQuotes: readonly DocQuote[],
  prose: ProseReading,
): MergedReading {
  // a layout "speaker" that nothing marks as a person ("Orbital Cargo Module" over a paragraph) yields to the prose reading
  const proseKeys = new Set(prose.speakers.flatMap((s) => [s.name, ...s.forms].map(nameKey)));
  const layoutSpeakers = new Map(
    [...layoutIn].map(([k, sp]) => [
      k,
      sp.structural && !personalLayout(sp, proseKeys) ? { ...sp, structural: false } : sp,
    ]),
  );
  const speakers = new Map(layoutSpeakers);
  const rules = new Map<string, string>();
  const descriptors = new Map<string, string[]>();
  // words the layout already gives to someone (a speech under a heading) are theirs: a name said inside them
  // ("X once said that…") makes no speaker of its own
  const structural = layoutQuotes.filter((q) => layoutSpeakers.get(q.speaker)?.structural);
  const insideLayout = (a: number, b: number) => structural.some((q) => q.start <= a && b <= q.end);
  const speaks = new Set<number>();
  prose.quotes.forEach((q) => q.speaker !== null && !insideLayout(q.start, q.end) && speaks.add(q.speaker));
  prose.speakers.forEach((s, k) => s.roles.some((r) => !insideLayout(r.start, r.end)) && speaks.add(k));
  const keyOf = prose.speakers.map((s, k) => {
    if (!speaks.has(k)) return null;
    const key = matchLayout(s, speakers, layoutSpeakers);
    // a layout speaker whose words went to no one still speaks by the prose's reading
    if (!rules.has(key)) rules.set(key, s.rule);
    const list = descriptors.get(key) ?? descriptors.set(key, []).get(key)!;
    for (const d of s.descriptors) if (!list.includes(d)) list.push(d);
    return key;
  });

  // a quote under a heading or caption is the layout's; a quote the layout attributed from prose yields to the prose reading
  const proseSpans = prose.quotes.filter((q) => q.speaker !== null).map((q) => [q.start, q.end] as const);
  const kept = layoutQuotes.filter((q) => layoutSpeakers.get(q.speaker)?.structural);
  void proseSpans;
  const taken = kept.map((q) => [q.start, q.end] as const);
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => a < e && s < b);
  const quotes: DocQuote[] = [...kept];
  const unattributed: MergedReading['unattributed'] = [];
  for (const q of prose.quotes) {
    if (overlaps(q.start, q.end)) continue;
    const key = q.speaker === null ? null : keyOf[q.speaker];
    if (!key) unattributed.push({ start: q.start, end: q.end, kind: q.kind });
    else quotes.push({ speaker: key, start: q.start, end: q.end, ...(q.kind === 'reported' ? { kind: q.kind } : {}) });
  }
  quotes.sort((a, b) => a.start - b.start);
  return { speakers: [...speakers.values()], quotes, unattributed, rules, descriptors };

  function matchLayout(
    s: ProseReading['speakers'][number],
    all: Map<string, DocSpeaker>,
    layout: ReadonlyMap<string, DocSpeaker>,
  ): string {
    const keys = [nameKey(s.name), ...s.forms.map(nameKey)];
    for (const k of keys) {
      const sp = all.get(k);
      if (!sp) continue;
      // the heading's "Omar bin Khalid" is the prose's "Omar bin Khalid Al Nuaimi": the fuller name is shown
      if (extendsName(s.name, sp.name))
        all.set(k, { ...sp, name: s.name, surfaces: new Set([...sp.surfaces, sp.name]) });
      return k;
    }
    // a surname or shortened form of a layout speaker's name
    // (not a longer inline form: "Oregon Ana Ruiz" read from "Governor of Oregon Ana Ruiz said")
    for (const [k, sp] of layout)
      if (keys.some((p) => p && ((sp.structural && k.endsWith(` ${p}`)) || p.endsWith(` ${k}`)))) return k;
    const key = nameKey(s.name);
    all.set(key, {
      key,
      name: s.name,
      surfaces: new Set(s.forms),
      titles: [...s.descriptors],
      section: null,
      firstLine: Number.MAX_SAFE_INTEGER,
    });
    rules.set(key, s.rule);
    return key;
  }
}

/** Whether `full` is `short` with more words after its first ("Omar bin Khalid Al Nuaimi", "Omar bin Khalid"); not "Oregon Ana Ruiz". */
export function extendsName(full: string, short: string): boolean {
  const f = full.split(/\s+/);
  const sh = short.split(/\s+/);
  return f.length > sh.length && f[0] === sh[0] && sh.every((w) => f.includes(w));
}

/** Whether a layout speaker reads as a person: a given name first, a title, or the prose names them too. */
function personalLayout(sp: DocSpeaker, proseKeys: ReadonlySet<string>): boolean {
  if (sp.titles.length > 0 || proseKeys.has(sp.key)) return true;
  const first = sp.name.split(/\s+/)[0] ?? '';
  return isGivenName(first) || /^\p{Ll}/u.test(sp.name);
}

export interface Merged extends ProseRead {
  merged: MergedReading;
}

/** Stage 09: the layout's reading and the prose reading as one list of speakers and quotes. */
export function mergeReadings(s: ProseRead): Merged {
  return { ...s, merged: mergeProse(s.scan.speakers, s.layoutQuotes, s.prose) };
}
