import { describe, expect, it } from 'vitest';
import { segmentLines } from './02-segment';
import { scanSpeakers } from './06-layoutSpeakers';
import { parseHeading } from './headings';

const vocab = { has: () => false };
const head = (text: string) => {
  const [line] = segmentLines(text);
  return parseHeading(line!, vocab);
};

describe('parseHeading', () => {
  it.each([
    ['Swedish MP Anna Berg', 'Anna Berg', ['Swedish MP']],
    ['Jean Dupont, former French minister', 'Jean Dupont', ['former French minister']],
    ['Ana Silva from the Brazilian community of Ireland', 'Ana Silva', ['from the Brazilian community of Ireland']],
    ['Dr. Lena Holm, Professor at Uppsala University', 'Lena Holm', ['Professor at Uppsala University']],
    ['Former Australian Minister Maarten de Graaf', 'Maarten de Graaf', ['Former Australian Minister']],
    ['Karl Weber, Engineer, Swiss Alpine Association:', 'Karl Weber', ['Engineer, Swiss Alpine Association']],
    ['Omar Khan – student, Democratic Students Union:', 'Omar Khan', ['student, Democratic Students Union']],
  ])('%s', (line, name, titles) => {
    const h = head(line);
    expect(h?.name).toBe(name);
    expect(h?.titles).toEqual(titles);
  });

  it.each([
    ['a sentence', 'Anna Berg spoke at length about the crisis.'],
    ['a quote', '“Anna Berg is right,” he said'],
    ['no name', 'Supporters in Canada'],
    ['a verb after the name', 'Anna Berg said we must act now'],
    ['an organisation, not a person', 'Foreign Affairs Committee'],
  ])('not a heading: %s', (_n, line) => expect(head(line)).toBeNull());
});

const article = [
  'Summit of the Free Press',
  '',
  'Reporters from many countries met online on Friday, May 6, 2022, at a conference on press freedom.',
  '',
  'Swedish MP Anna Berg',
  '',
  'Swedish MP Anna Berg',
  '',
  '“Journalists must be free to work. We will defend them,” Berg said.',
  '',
  '“Every arrest is an attack on all of us,” she added.',
  '',
  'Supporters in Canada',
  '',
  'Paul Moreau, Teacher, Free Press Society:',
  '',
  'We stand with every reporter who is in prison tonight and we will not forget them.',
  '',
  'There is still hope for the country and its people, he said, and for the',
  '',
  'maria lopez',
  '',
  'newspapers that keep reporting despite every threat they receive.',
  '',
  'Read more',
].join('\n');

describe('scanSpeakers', () => {
  const lines = segmentLines(article);
  const scan = scanSpeakers(article, lines, null);
  const kinds = scan.info.map((i, n) => `${i.kind}:${lines[n]!.text.slice(0, 12)}`);

  it('classifies headings, repeated captions, sections, captions and boundaries', () => {
    expect(kinds).toEqual([
      'boundary:Summit of th',
      'prose:Reporters fr',
      'duplicate:Swedish MP A',
      'heading:Swedish MP A',
      'prose:“Journalists',
      'prose:“Every arres',
      'section:Supporters i',
      'heading:Paul Moreau,',
      'prose:We stand wit',
      'prose:There is sti',
      'caption:maria lopez',
      'prose:newspapers t',
      'boundary:Read more',
    ]);
  });

  it('registers each person once, with titles and the section country', () => {
    expect([...scan.speakers.keys()]).toEqual(['anna berg', 'paul moreau', 'maria lopez']);
    expect(scan.speakers.get('anna berg')!.titles).toEqual(['Swedish MP']);
    expect(scan.speakers.get('paul moreau')!.section?.code).toBe('CA');
  });

  it('resolves a surname attribution to the full name of the document', () => {
    expect(scan.info[4]!.spans[0]!.attribution).toEqual({ kind: 'name', key: 'anna berg' });
    expect(scan.info[5]!.spans[0]!.attribution).toEqual({ kind: 'anaphor' });
  });
});

describe('bulleted lists', () => {
  it('an item followed by another item is no heading over a speech', () => {
    const text = [
      'The evening programme lists these speakers:',
      '',
      '  • Tom Vale, founder of Bright Path Forward, a group for young voters',
      '  • Ada Obi, a council candidate running in a district the party has never won before this year',
      '  • Ivo Reyes, a retired harbour pilot who spent forty years guiding ships into the port of the city',
    ].join('\n');
    const lines = segmentLines(text);
    const scan = scanSpeakers(text, lines, null);
    expect(scan.info.map((i) => i.kind)).not.toContain('heading');
    expect(scan.speakers.size).toBe(0);
  });
  it('the last item, before prose, heads no speech, and an item is no title line of the one above', () => {
    const text = [
      'Speakers at the forum included:',
      '',
      '  • Greta Olsen, a union organiser from Salem',
      '  • Former Trade Envoy and Oregon Gov. Paul Dresner',
      '',
      'Olsen said the port needed investment.',
    ].join('\n');
    const lines = segmentLines(text);
    const scan = scanSpeakers(text, lines, null);
    expect(scan.info.map((i) => i.kind)).not.toContain('heading');
    expect([...scan.speakers.values()].flatMap((s) => s.titles)).toEqual([]);
  });
});

describe('rolls without bullets', () => {
  it('a name line with its title under another is a roll entry, not a heading over the prose below', () => {
    const text = [
      'Statements were delivered by:',
      'Ana Ferreira, Minister of the Sea of Portugal',
      'Mei Tanaka, Ambassador of Japan to Malta',
      'In her statement, Ferreira said that the treaty would be ratified before the end of the year.',
    ].join('\n');
    const scan = scanSpeakers(text, segmentLines(text), null);
    expect(scan.info[2]!.kind).not.toBe('heading');
  });
});

describe('run-in headings', () => {
  const text =
    'Panel on water rights\n\nThe forum was held on June 2, 2023 in Nairobi.\n\nAmina Odhiambo, Kenyan water engineer: We cannot wait for another drought to act.\n\nThe cost of inaction is measured in lives.\n\nNote: all times are local and may change later today.';
  const lines = segmentLines(text);
  const scan = scanSpeakers(text, lines, null);
  it('a name and title before a colon head the speech that follows on the same line', () => {
    expect(scan.info.map((i) => i.kind)).toEqual(['boundary', 'prose', 'heading', 'prose', 'prose']);
    expect(text.slice(scan.info[2]!.speechFrom!)).toMatch(/^ We cannot wait/);
    expect(scan.speakers.get('amina odhiambo')!.titles).toEqual(['Kenyan water engineer']);
  });
});

describe('narration before a colon is no run-in heading', () => {
  const text =
    'Crew capsule docks\n\nThe capsule docked on June 2, 2023.\n\nBen Ode of the space agency spoke of the work with Orbly: "It is fun working with a new partner."\n\nThe crew returns in June.';
  const lines = segmentLines(text);
  const scan = scanSpeakers(text, lines, null);
  it('a line whose head has a verb of speech stays prose, and the words after the name are no title', () => {
    expect(scan.info[2]!.kind).toBe('prose');
    expect(scan.speakers.get('ben ode')?.titles ?? []).not.toContainEqual(expect.stringContaining('spoke'));
  });
});

describe('a title with and without its article', () => {
  const text =
    'Clinic opens\n\nThe clinic opened on June 2, 2023.\n\n“We waited years,” said Rosa Marín, a regional minister from Murcia.\n\n“It will serve everyone,” Rosa Marín, regional minister from Murcia, said.';
  const scan = scanSpeakers(text, segmentLines(text), null);
  it('is one title', () => expect(scan.speakers.get('rosa marin')!.titles).toEqual(['regional minister from Murcia']));
});

describe('a transcript: speaker labels before a colon, in capitals, then turns under the surname alone', () => {
  const text =
    'Briefing on the floods\n\nThe agency briefed reporters on June 2, 2023.\n\nDIRECTOR IMANI ODUYA: Thank you. Twelve thousand people are in shelters tonight.\n\nQuestion (Tom Berg, Daily Ledger): When will the schools reopen?\n\nODUYA: We hope within two weeks, once the buildings are checked.';
  const scan = scanSpeakers(text, segmentLines(text), null);
  it('each turn is a heading of its speaker, and a bracket of the label is no part of a title', () => {
    expect(scan.info.map((i) => [i.kind, i.speaker ?? null])).toEqual([
      ['boundary', null],
      ['prose', null],
      ['heading', 'imani oduya'],
      ['heading', 'tom berg'],
      ['heading', 'imani oduya'],
    ]);
    expect(scan.speakers.get('imani oduya')!.titles).toEqual(['Director']);
    expect(scan.speakers.get('tom berg')!.titles).not.toContainEqual(expect.stringContaining(')'));
  });
});

describe('an interview: the prose names the person, then "Q:" and surname turns', () => {
  const text =
    'Talking rivers\n\nNadia Ferrer, director of the Delta Trust, spoke to us on June 2, 2023.\n\nQ: What was pledged?\n\nFerrer: Less than half of what we asked for, sadly.\n\nQ: Are you hopeful?\n\nFerrer: I am stubborn, which is more useful than hope.\n\nNote: one reply was shortened.';
  const scan = scanSpeakers(text, segmentLines(text), null);
  it('each answer is a turn of the person named in full, with the post in the apposition; a question ends it', () => {
    expect(scan.info.map((i) => [i.kind, i.speaker ?? null])).toEqual([
      ['boundary', null],
      ['prose', null],
      ['boundary', null],
      ['heading', 'nadia ferrer'],
      ['boundary', null],
      ['heading', 'nadia ferrer'],
      // ("Note:" comes once: no one's turn)
      ['prose', null],
    ]);
    expect(scan.speakers.get('nadia ferrer')!.titles).toEqual(['director of the Delta Trust']);
  });
});

describe('run-in headings whose titles hold nouns that are also verbs', () => {
  const text =
    'River panel\n\nThe panel met on June 2, 2023.\n\nAna Lopez, chair of the river board: We have waited for the data for many years now.\n\nTom Hilliard, lead negotiator for the fishermen: We will not sign this agreement as it stands.';
  const scan = scanSpeakers(text, segmentLines(text), null);
  it('are headings ("chair", "lead" are no narration)', () =>
    expect([...scan.speakers.keys()]).toEqual(['ana lopez', 'tom hilliard']));
});

describe('speech introduced by a line ending in "said:"', () => {
  const text =
    'Forum on press freedom\n\nThe forum met on June 2, 2023 in Oslo.\n\nLena Holm, coordinator of the Free Press Campaign, told the forum:\n\n“Reporters must be free. Their work protects all of us.”\n\nThe forum then closed.';
  const lines = segmentLines(text);
  const scan = scanSpeakers(text, lines, null);
  it('makes the introducing line a heading with its appositive as a title', () => {
    expect(scan.info.map((i) => i.kind)).toEqual(['boundary', 'prose', 'heading', 'prose', 'prose']);
    expect(scan.speakers.get('lena holm')!.titles).toEqual(['coordinator of the Free Press Campaign']);
  });
});

describe('boundaries', () => {
  const text =
    'Forum report\n\nThe forum met on June 2, 2023 in Oslo.\n\nLena Holm, Mayor of Bergen\n\nWe ask three things of the government:\n\n1. Open the archives\n\n2. Free the reporters\n\nThat is all we ask of them today, and we will keep asking.\n\nRead more\n\nOther news of the day follows here in a long paragraph about unrelated matters.';
  const lines = segmentLines(text);
  const kinds = scanSpeakers(text, lines, null).info.map((i) => i.kind);
  it('a numbered list inside a speech is speech; a short label after it ends the speech', () => {
    expect(kinds).toEqual(['boundary', 'prose', 'heading', 'prose', 'prose', 'prose', 'prose', 'boundary', 'prose']);
  });
});

describe('title on the line under the name', () => {
  const text =
    'Forum report\n\nThe forum met on June 2, 2023 in Oslo.\n\nLena Holm\n\nMayor of Bergen\n\n“Our harbour must stay open to everyone. Trade is our life.”';
  const lines = segmentLines(text);
  const scan = scanSpeakers(text, lines, null);
  it('joins the heading', () => {
    expect(scan.info.map((i) => i.kind)).toEqual(['boundary', 'prose', 'heading', 'photo', 'prose']);
    expect(scan.speakers.get('lena holm')!.titles).toEqual(['Mayor of Bergen']);
  });
});

describe('British quotation marks', () => {
  const text =
    'Forum report\n\nThe forum met on June 2, 2023 in Oslo.\n\n‘We won’t give up the workers’ rights,’ said Lena Holm, the mayor. ‘Never.’';
  const lines = segmentLines(text);
  const scan = scanSpeakers(text, lines, null);
  it('are quotes when the article has no double ones; apostrophes are not', () => {
    const spans = scan.info[2]!.spans.map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['‘We won’t give up the workers’ rights,’', '‘Never.’']);
    expect(scan.info[2]!.spans[0]!.attribution).toEqual({ kind: 'name', key: 'lena holm' });
  });
});

describe('a bare surname after a quote takes the full name from the narration before it', () => {
  it('with its apposition, but not a clause that follows the name', () => {
    const text = [
      'Fisheries talks',
      '',
      'Norway’s fisheries minister, Kari Dahl, said her office would double the fund. “We lead by example,” Dahl said.',
      '',
      'Ivo Reyes, a retired harbour pilot, spoke later. “The port is ready,” Reyes said.',
    ].join('\n');
    const scan = scanSpeakers(text, segmentLines(text), null);
    expect(scan.speakers.get('kari dahl')?.titles).toEqual([]);
    expect(scan.speakers.get('ivo reyes')?.titles).toEqual(['retired harbour pilot']);
  });

  it('not a clause whose verb the layout cannot tag, nor words with no post in them', () => {
    const text = [
      'Party conference',
      '',
      'Later, the chairwoman, Edith Marlow, used her keynote address to set out a housing plan. “We will build,” Marlow said.',
      '',
      'Tomas Brandt, in a grey suit, arrived late. “We are ready,” Brandt said.',
    ].join('\n');
    const scan = scanSpeakers(text, segmentLines(text), null);
    expect(scan.speakers.get('edith marlow')?.titles).toEqual([]);
    expect(scan.speakers.get('tomas brandt')?.titles).toEqual([]);
  });
});
