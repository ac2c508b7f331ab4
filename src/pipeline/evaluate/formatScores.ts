import { figureOf, type Floors } from './floors';
import type { Scores } from './scoreCorpus';

const r3 = (x: number | null) => (x === null ? '-' : x.toFixed(3));
const pct = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

/** The figures as `npm run evaluate` prints them, each with its floor when there is one. */
export function formatScores(s: Scores, floors: Floors = {}): string {
  const floor = (name: Parameters<typeof figureOf>[1], f = r3) =>
    floors[name] === undefined ? '' : ` (floor ${f(floors[name])})`;
  const lines = [
    `speakers        precision ${r3(s.precision)}${floor('precision')}  recall ${r3(s.recall)}${floor('recall')}  F1 ${r3(s.f1)}${floor('f1')}` +
      `  (${s.pairs.matched} of ${s.pairs.key} key pairs, ${s.pairs.predicted} predicted)`,
    `resolution      B-cubed F1 ${r3(s.bcubedF1)}${floor('bcubedF1')}; ${s.people.matched} predicted people matched, ${s.people.key} in the key, ${s.people.speakers} speakers in corpus`,
    `country         ${pct(s.country)}${floor('country', pct)}`,
    `role            ${pct(s.role)}${floor('role', pct)}`,
    `affiliation     ${pct(s.affiliation)}`,
    `quote anchors   ${s.quotes.inside}/${s.quotes.anchors} inside a quote of the right speaker (${pct(s.quotes.share)})${floor('quotes', pct)}`,
    `non-speakers    ${s.nonSpeakers.length ? `${s.nonSpeakers.length}: ${s.nonSpeakers.join(', ')}` : 'none reported'}`,
  ];
  if (s.events)
    lines.push(
      `events          ${s.events.right}/${s.events.key} right; dates ${s.events.datesMatch ? 'match' : 'differ'}; document pairs ${r3(s.events.docPairAgreement)}`,
    );
  if (s.eventDates)
    lines.push(
      `event dates     ${s.eventDates.right}/${s.eventDates.dated} right (${pct(s.eventDates.share)})${floor('eventDates', pct)}`,
    );
  if (s.filesMissing !== null)
    lines.push(`files missing   ${s.filesMissing}${floors.noFilesMissing ? ' (floor 0)' : ''}`);
  return lines.join('\n');
}

/** Every miss, grouped, for --verbose. */
export function formatMisses(s: Scores): string {
  const groups: [string, string[]][] = [
    ['predicted, not in the key', s.misses.unmatched],
    ['in the key, not found', s.misses.missed],
    ['attributes', s.misses.attributes],
    ['quote anchors', s.misses.quotes],
    ['event dates', s.misses.dates],
    ['events', s.misses.events],
  ];
  return groups
    .filter(([, xs]) => xs.length)
    .map(([title, xs]) => `${title} (${xs.length}):\n${xs.map((x) => `  ${x}`).join('\n')}`)
    .join('\n');
}
