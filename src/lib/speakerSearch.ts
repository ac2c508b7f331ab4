import type { Speaker } from '../corpus';
import { COUNTRY_DEMONYMS } from './countryDemonyms';
import { countryName } from './countryName';
import type { CorpusIndex } from './corpusIndex';
import { roleLabel } from './roleLabel';

/** Lower case without diacritics, so "cote" finds "Côte" and "Turkiye" finds "Türkiye". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Everything a search can find a speaker by, folded, one field per line: name,
 * aliases, titles, organisations, role (key and label), country name and demonym
 * ("Sweden", "Swedish"). A speaker without a country has no country words.
 */
export function speakerSearchText(s: Speaker): string {
  const fields = [s.name, ...s.aliases, ...s.titles, ...s.affiliations, s.role, roleLabel(s.role)];
  if (s.country) fields.push(countryName(s.country), COUNTRY_DEMONYMS[s.country] ?? '');
  return foldText(fields.join('\n'));
}

const cache = new WeakMap<CorpusIndex, readonly string[]>();

/** speakerSearchText for every speaker, by position; built on the first search of a corpus. */
export function speakerSearchTexts(index: CorpusIndex): readonly string[] {
  let texts = cache.get(index);
  if (!texts) cache.set(index, (texts = index.speakers.map(speakerSearchText)));
  return texts;
}

/**
 * A test for one speaker's search text: the whole query appears in it, or, for a
 * query of several words, each word does (in any field: "swedish legislator" finds
 * a Swedish speaker whose role is legislator).
 */
export function speakerQueryTest(query: string): (searchText: string) => boolean {
  const q = foldText(query).trim().replace(/\s+/g, ' ');
  const words = q.split(' ').filter(Boolean);
  if (!q) return () => false;
  return (t) => t.includes(q) || (words.length > 1 && words.every((w) => t.includes(w)));
}
