import { describe, expect, it } from 'vitest';
import { datelineOf, inferSpeakingDate } from './eventDate';
import { tokenise } from './tokenise';

/** The speaking day of a short invented report published on `published`. */
function spokenOn(text: string, published: string | null, quoted: { start: number; end: number }[] = []) {
  const doc = tokenise(text);
  return inferSpeakingDate(doc, published, [], quoted).date;
}

describe('inferSpeakingDate', () => {
  it('reads a weekday against the publication date', () => {
    // 2023-05-12 is a Friday: "on Tuesday" is 2023-05-09
    expect(
      spokenOn(
        'Harbour towns\n\nThe mayor of a harbour town said on Tuesday that ferries would run at night.',
        '2023-05-12',
      ),
    ).toBe('2023-05-09');
  });

  it('a day still to come ("would open on Monday") is no day anyone spoke', () => {
    // 2025-04-12 is a Saturday: the ceremony was on Friday 2025-04-11
    const text = [
      'Cathedral reopens',
      '',
      'The bishop addressed several thousand worshippers on Friday at the reopening of the cathedral.',
      '',
      'The ceremony was led by the rector, Tom Okoro, who said the building would open to visitors on Monday.',
    ].join('\n');
    expect(spokenOn(text, '2025-04-12')).toBe('2025-04-11');
  });

  it('a short lead sentence is the lead, not a headline', () => {
    // 2025-03-04 is a Tuesday: the forum met on Monday 2025-03-03
    const text = [
      'Harbour forum debates port plan',
      '',
      'Delegates met in Portvale on Monday for the harbour forum.',
      '',
      'A port engineer who has worked on the quays for twenty years said the plan had been rushed through.',
    ].join('\n');
    expect(spokenOn(text, '2025-03-04')).toBe('2025-03-03');
  });

  it('a day beside a speech verb outweighs the day of the lead event', () => {
    const text = [
      'Storm damage',
      '',
      'On Saturday morning, a storm flattened the market hall of a mountain village, officials reported.',
      '',
      'Rescuers worked through the night.',
      '',
      'The village council said Sunday that the hall would be rebuilt by spring.',
      '',
      'Its chairwoman Rita Olsen said late Sunday that no one was hurt.',
    ].join('\n');
    // published Wednesday 2023-03-08: Saturday is 03-04, Sunday 03-05
    expect(spokenOn(text, '2023-03-08')).toBe('2023-03-05');
  });

  it.each([
    ['a place in capitals', 'KELLBROOK, May 9, 2026 — A forum on ferries on Friday drew boat owners from ten ports.'],
    ['a known city', 'Lisbon, 9 May 2026 — A forum on ferries on Friday drew boat owners from ten ports.'],
  ])("the lead's dateline (%s) is the day the report was filed, not a day anyone spoke", (_n, lead) => {
    const text = `Ferry forum\n\n${lead}\n\n"We need more boats," said Ana Lo, a harbour master.`;
    // filed Saturday 2026-05-09: Friday is 05-08
    expect(spokenOn(text, '2026-05-09')).toBe('2026-05-08');
  });

  it('a lead opening with its day before a dash is no dateline', () => {
    const text =
      'Ferry vote\n\nOn Monday, May 4 — after a long night — the council voted to buy two ferries for the town.';
    expect(spokenOn(text, '2026-05-09')).toBe('2026-05-04');
  });

  it.each([
    ['a day of the month alone', 'on the 5th that', '2026-01-12', '2026-01-05'],
    ['one still to come this month is last month’s', 'on the 30th that', '2026-02-03', '2026-01-30'],
    ['across the year', 'on the 29th, after talks,', '2026-01-02', '2025-12-29'],
    ['not a floor', 'on the 5th floor that', '2026-01-12', null],
  ])('"on the 5th": %s', (_n, words, published, expected) => {
    const text = `Dock talks\n\nDock workers' leaders promised ${words} there would be no new strikes this winter, said Karl Wendt.`;
    expect(spokenOn(text, published)).toBe(expected);
  });

  it('the day of another act ("died on Friday") is not the day anyone spoke', () => {
    const text = [
      'Tributes to a painter',
      '',
      "Over the weekend, friends paid tribute to the painter Ada Brun at Sunday's gallery gathering.",
      '',
      'Brun died on Friday after a long illness.',
      '',
      'Her nephew Marc Brun spoke of her early years in the port.',
    ].join('\n');
    // published Tuesday 2022-06-14: Friday 06-10, Sunday 06-12
    expect(spokenOn(text, '2022-06-14')).toBe('2022-06-12');
  });

  it('a date opening its sentence dates the sentence verb: a speech verb counts, repeated mentions add up', () => {
    const text = [
      'Energy talks',
      '',
      'On Tuesday, the prime minister Lena Holm reaffirmed her support for the new power line.',
      '',
      'In her Tuesday speech at a university she said the line would open in two years, as she had argued in a March 2 interview.',
      '',
      'Later on Tuesday Holm met business leaders.',
    ].join('\n');
    // published Friday 2024-03-08: Tuesday 03-05
    expect(spokenOn(text, '2024-03-08')).toBe('2024-03-05');
  });

  it('a bare weekday falls inside the day range the article states for its event', () => {
    const text = [
      'Model railway fair',
      '',
      'From May 10 to 12, the town hall hosted its yearly model railway fair, with some 3,000 visitors.',
      '',
      'The builders Tom and Eva Kral gave a talk on bridges on Saturday afternoon and answered questions from children.',
    ].join('\n');
    // published Monday 2024-05-20; Saturday inside 10–12 May 2024 is the 11th, not the 18th
    expect(spokenOn(text, '2024-05-20')).toBe('2024-05-11');
  });

  it('first person outside quote marks is someone’s own statement, not the report’s narration', () => {
    const text = [
      'Budget vote',
      '',
      'The regional assembly approved the budget on Tuesday, the speaker Joan Weir said.',
      '',
      'Today’s vote is a disgrace and I’m deeply disappointed with it. Karl Vos, assembly member',
    ].join('\n');
    // published Wednesday 2023-11-15: Tuesday 11-14, whereas "today" would be 11-15
    expect(spokenOn(text, '2023-11-15')).toBe('2023-11-14');
  });

  it('the reporter as the one spoken to ("spoke to us on Tuesday") is narration, and dates the interview', () => {
    const text = 'Flood fund\n\nAmara Diop, director of the flood fund, spoke to us after the conference on Tuesday.';
    // published Thursday 2023-11-16: Tuesday 11-14
    expect(spokenOn(text, '2023-11-16')).toBe('2023-11-14');
  });

  it('ignores dates inside quotes and days after publication', () => {
    const text = 'Port strike\n\n"We will meet again on Friday," the union leader Ana Ruiz said on Monday.';
    const quoted = [{ start: text.indexOf('"'), end: text.indexOf(',"') + 2 }];
    // published Tuesday 2023-10-10: Monday 10-09
    expect(spokenOn(text, '2023-10-10', quoted)).toBe('2023-10-09');
  });

  it('without a publication date, a weekday alone fixes nothing', () => {
    expect(spokenOn('Harbour towns\n\nThe mayor said on Tuesday that ferries would run at night.', null)).toBeNull();
  });
});

describe('datelineOf', () => {
  it.each([
    ['a dateline on its own line', 'Ferry plans\n\nSaturday, August 24, 2019\n\nThe mayor spoke.', '2019-08-24'],
    [
      'a place before the date, layout leftovers after',
      'Press release\nNo. 4, Lisbon, 7 September 2005 |\nText.',
      '2005-09-07',
    ],
    [
      'an ISO date opening the text after a label',
      ' date 2021-09-09 The minister on Thursday opened a fair.',
      '2021-09-09',
    ],
    [
      'a dateline opening the lead, up to its dash',
      'Museum directors meet\n\nParis, 5 March 2026 — Directors of several museums said on Tuesday that they would return objects.',
      '2026-03-05',
    ],
    [
      "an agency's dateline in capitals, the agency in brackets",
      'Fishing talks\n\nTROMSO, May 6, 2022 (Newswire) - Ministers from the north met on Friday to discuss fishing rights in the cold sea.',
      '2022-05-06',
    ],
    [
      'a date before a dash in a lead sentence is no dateline',
      'Talks end\n\nThe talks, which began on 3 May 2020 — and went on for weeks and weeks and weeks — ended in a deal.',
      null,
    ],
    ['a date inside a sentence is not a dateline', 'On November 15, 2019, crowds gathered in the square.', null],
    [
      'a long line is not a dateline',
      `The talks, which began on 3 May 2020, ${'went on for weeks and '.repeat(3)}ended.`,
      null,
    ],
  ])('%s', (_n, text, expected) => expect(datelineOf(tokenise(text))).toBe(expected));
});
