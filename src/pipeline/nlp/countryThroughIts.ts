import { findPlaces } from './lexicon';

/** A state's bodies, whose people a possessive "its" places: "Norway's fisheries ministry … its spokesperson, X". */
const STATE_BODY_WORDS =
  /\b(?:government|ministry|delegation|embassy|consulate|mission|cabinet|parliament|administration|foreign office|presidency|armed forces|army|navy|police)\b/gi;
/** "its spokesperson, " or "its state secretary " right before a name. */
const ITS_POST = /\bits\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,?\s*$/iu;

/**
 * The country a person is given through "its" ("The government of Iceland, represented by its state secretary, X";
 * "Norway's fisheries ministry said … its spokesperson, X, told…"): the last state body named before it, in that
 * sentence or the one before, when a country's name or nationality qualifies it. Null otherwise.
 */
export function countryThroughIts(text: string, names: Iterable<string>): { code: string; basis: string } | null {
  for (const name of names) {
    if (!name.includes(' ')) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text.slice(Math.max(0, at - 60), at);
      const its = ITS_POST.exec(before);
      if (!its) continue;
      const itsAt = at - before.length + its.index;
      // the sentence before "its" and the one before that
      const stops = [...text.slice(Math.max(0, itsAt - 400), itsAt).matchAll(/[.!?]["”’]?\s/g)];
      const from =
        stops.length >= 2 ? itsAt - Math.min(400, itsAt) + stops[stops.length - 2]!.index! : Math.max(0, itsAt - 400);
      const window = text.slice(from, itsAt);
      let last: RegExpExecArray | null = null;
      for (const m of window.matchAll(STATE_BODY_WORDS)) last = m as RegExpExecArray;
      if (!last) continue;
      // the body's words: up to four before it ("Norway's fisheries ministry", "the Danish delegation") and an "of
      // <Country>" after it ("the government of Iceland"); they open their sentence, as the subject "its" refers
      // back to ("The ministry criticised Russia's government. Its spokesperson…" is the ministry's)
      const opening = /(?:^|[.!?]["”’]?\s+)((?:[\p{L}'’-]+\s+){0,4})$/u.exec(window.slice(0, last.index));
      // (an article inside it starts another phrase: "The ministry criticised the government of …")
      if (!opening || /\s(?:the|a|an)\s/i.test(` ${opening[1]!.split(/\s+/).slice(1).join(' ')} `)) continue;
      const head = opening[1]!;
      const tail =
        /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3}/u.exec(window.slice(last.index + last[0].length))?.[0] ?? '';
      const phrase = `${head}${last[0]}${tail}`;
      const place = findPlaces(phrase.replace(/(\p{L})['’]s(?![\p{L}])/gu, '$1')).find(
        (p) => p.kind === 'country' || p.kind === 'demonym',
      );
      if (place) return { code: place.code, basis: `"its" after "${phrase.trim()}"` };
    }
  }
  return null;
}
