import { describe, expect, it } from 'vitest';
import { segmentLines } from './02-segment';
import { inferEventDate, isoDate } from './04-layoutDate';

const date = (text: string, published?: string) => inferEventDate(segmentLines(text), published).date;

describe('inferEventDate', () => {
  it.each([
    ['month day, year in a conference sentence', 'The conference was held on March 3, 2021 in Oslo.', '2021-03-03'],
    ['dateline after an em dash', 'Geneva, June 14, 2019—Speakers gathered at the summit.', '2019-06-14'],
    ['caption ending in a dash and a date', 'Speakers at the rally—March 5, 2021\n\nText.', '2021-03-05'],
    ['day month year', 'The summit was held on 12 April 2018 in Rome.', '2018-04-12'],
    [
      'a news agency dateline with an abbreviated month',
      'TURIN, Italy, Sept. 9, 2022 — Delegates met on Friday at the forum.',
      '2022-09-09',
    ],
    [
      "a dateline is the report's day: the days the text names first",
      'BRUSSELS, October 5, 2022 — Ministers met at the summit on Monday, October 3 and Tuesday, October 4.',
      '2022-10-03',
    ],
    [
      'an ISO date alone on its line under the headline',
      'Library friends launch reading circle\n\n2026-03-14\n\nFriends of the town library have launched a reading circle.',
      '2026-03-14',
    ],
    ['an ISO date in passing is no event date', 'Files from 2019-05-02 were lost in the move, the clerk said.', null],
    ['an abbreviated month after the day', 'The hearing was held on 4 Feb. 2020 in Leeds.', '2020-02-04'],
    [
      'a name before a number is no month',
      'The rally heard Jan 12 times, said the mayor on March 2, 2021.',
      '2021-03-02',
    ],
    ['a day range is dated by its first day', 'The congress was held on 26-28 October, 2004 in Lyon.', '2004-10-26'],
    ['a month-first day range', 'The forum was held on October 26–28, 2004 in Lyon.', '2004-10-26'],
    [
      'weekday and day without a year: the weekday picks the year',
      'Strikes began in 2020.\n\nOn Monday 3 May delegates met at a summit.',
      '2021-05-03',
    ],
    [
      'weekday, month day without a year',
      'In 2021 the rally was planned.\n\nOn Saturday, March 5 supporters held a rally.',
      '2022-03-05',
    ],
    [
      'weekday years after the last year mentioned',
      'Repression grew after 2016.\n\nOn Wednesday 13 March exiles held a conference.',
      '2019-03-13',
    ],
    [
      'a date with no event around it is not the event date',
      'On March 15, 2019, strikes broke out in many cities.',
      null,
    ],
    [
      'a weekday, day and year that agree fix the day, with no event word around it',
      'The drama won the jury prize on Saturday night, October 12, 2024, in Lisbon.',
      '2024-10-12',
    ],
    [
      'a weekday that does not fall on that day is no such evidence',
      'The drama won the jury prize on Friday, October 12, 2024, in Lisbon.',
      null,
    ],
    ['no date at all', 'Speakers spoke.', null],
  ])('%s', (_n, text, expected) => expect(date(text)).toBe(expected));

  it('with a publication date, the weekday is looked up back from it', () => {
    expect(date('On Wednesday 13 March exiles held a conference.', '2014-01-02')).toBe('2013-03-13');
  });

  it('the most supported date wins over a passing mention', () => {
    const text =
      'Summit report—May 2, 2022\n\nOn May 2, 2022 delegates held a conference. The war began on February 24, 2022.';
    expect(date(text)).toBe('2022-05-02');
  });
});

describe('isoDate', () => {
  it.each([
    [2020, 2, 29, '2020-02-29'],
    [2021, 2, 29, null],
    [2021, 13, 1, null],
    [2021, 4, 31, null],
  ])('%i-%i-%i', (y, m, d, iso) => expect(isoDate(y, m, d)).toBe(iso));
});
