import { describe, expect, it } from 'vitest';
import { findOrganisations, ofAParty, partyOf } from './orgs';

describe('findOrganisations: the bodies a descriptor names', () => {
  it.each<[string, string, string[]]>([
    ['an acronym before a general news title', 'NOAA administrator', ['NOAA']],
    ['a kind of body, then its name', 'of the pressure group Clean Rivers Now', ['Clean Rivers Now']],
    ["a company officer's body", 'Chief Executive Officer of Lakeside Power', ['Lakeside Power']],
    ['a kind of body after a place, then its name', 'founder of the Leeds start-up Orbly', ['Orbly']],
    [
      'a name ends where a clause begins',
      'of the Valley Trust spoke at length about the dam and its agency',
      ['Valley Trust'],
    ],
    [
      'a name with small words inside it',
      'professor at the University of Ruritania at Eastport',
      ['University of Ruritania at Eastport'],
    ],
    [
      'a lower-case body led by a place',
      "director of Ruritania's export promotion agency",
      ["Ruritania's export promotion agency"],
    ],
    [
      'a lower-case organisation word inside a name',
      'of the Ruritanian community in Norway',
      ['Ruritanian community in Norway'],
    ],
    ['a forum is an organisation', 'deputy director of the Lakeside Energy Forum', ['Lakeside Energy Forum']],
    ['a news outlet before a post', 'Harbour Gazette editor', ['Harbour Gazette']],
    ['an embassy is an organisation', 'on behalf of Lakeside Embassy', ['Lakeside Embassy']],
    ['an acronym before a portfolio and a post', 'ASEAN energy commissioner', ['ASEAN']],
    ['a post\'s own word after "of" is no body', 'his Chief of Staff', []],
    ['a news outlet after "of"', 'of Channel Nine News', ['Channel Nine News']],
    ['a body before a described post', 'Dockside University marine ecologist', ['Dockside University']],
    ['an acronym inside a name after "of" makes it a body', 'of KTH Vasteras', ['KTH Vasteras']],
    [
      "a firm's possessive before a post with a participle in it",
      "Lakeway Air's chief operating officer",
      ['Lakeway Air'],
    ],
    ["a plural name's possessive is its apostrophe alone", "Tarnby Motors' chief executive", ['Tarnby Motors']],
    ['a party before an adjective and a post', 'Green Future Party presidential nominee', ['Green Future Party']],
    ['a body before plural posts', 'Congress leaders', ['Congress']],
    ['a bare body word before a post names no body', 'Committee deputy chair', []],
    ["a ministry's field before a post names no body", 'Transport chief', []],
    ['a party word before a title', 'Republican senator', ['Republican Party']],
    ['a party member noun alone', 'a Democrat', ['Democratic Party']],
    ['a party word before "from" a place', 'Labour from Leeds', ['Labour Party']],
    ['an acronym after "former", before a plural title', 'former NSA directors', ['NSA']],
    [
      "a body's name without its country's possessive",
      "director of Kenya's Water Resources Authority",
      ['Water Resources Authority'],
    ],
    [
      "a body's name without the post after its possessive",
      "Lakeside Institute of Soil Research's director",
      ['Lakeside Institute of Soil Research'],
    ],
    [
      'a school, a service and a court are bodies',
      'dean of the Eastport School of Music',
      ['Eastport School of Music'],
    ],
    ['a service', 'formerly the head of the Lakeland Forest Service', ['Lakeland Forest Service']],
    [
      "a unit's post after a name and a place: the name is the body's",
      'Daily Clarion Paris bureau chief',
      ['Daily Clarion'],
    ],
    ['a two-letter acronym before a hyphenated title with a post in it', 'UN Under-Secretary-General', ['UN']],
    ["a transcript's post or turn in capitals is no body", 'MODERATOR', []],
    ["an ordinary word and a body's word in lower case are a common phrase", 'Civil society activist', []],
    ['so is a student union', 'Student union leader', []],
    ["a people's word before a body's word still names one", 'Afghan team captain', ['Afghan team']],
    ["a transcript's turn in capitals is no body", 'QUESTION', []],
    ['an acronym that is also a word is still one', 'CARE', ['CARE']],
    ['a cabinet post names no body', 'Cabinet Secretary', []],
    ['a company name before "chief executive"', 'Tidewater Rail chief executive', ['Tidewater Rail']],
    [
      'a body without the post written after it',
      'Ruritanian Foreign Ministry spokesman',
      ['Ruritanian Foreign Ministry'],
    ],
    ['a committee post names no body', 'Committee chair', []],
    ['a generic body after an article is no name', 'Counsel for the company', []],
    ['a body based somewhere', 'of the Leeds-based Sea Trust', ['Sea Trust']],
    ['a body without its own word, based somewhere', 'of Oslo-based Fjordlys Robotics', ['Fjordlys Robotics']],
    ["a place ending a body's name before a post", 'Rowing Ireland chief executive', ['Rowing Ireland']],
    ["a place before a unit word is the post's", 'Daily Clarion Paris bureau chief', ['Daily Clarion']],
    [
      'a body word in lower case inside a name',
      'Ruritanian community of Eastland',
      ['Ruritanian community of Eastland'],
    ],
  ])('%s', (_, descriptor, orgs) => expect(findOrganisations(descriptor)).toEqual(orgs));
});

describe('partyOf: a descriptor led by a party word', () => {
  it.each<[string, string | null]>([
    ['Lib Dem leader', 'Liberal Democrats'],
    ['Conservative MP', 'Conservative Party'],
    ['Green Valley Forum', null],
    ['Republican National Committee chair', null],
    ['Democratic Republic of Congo envoy', null],
    ['Liberal arts professor', null],
  ])('%s', (part, party) => expect(partyOf(part)).toBe(party));
});

describe('ofAParty: a party named after "of"', () => {
  it.each<[string, boolean]>([
    ['of the Conservative Party', true],
    ['of the Green Future Party', true],
    ['of Labour', true],
    ['of the River Group', false],
    ['of the party', false],
    ['of Norway', false],
  ])('%s', (descriptor, expected) => expect(ofAParty(descriptor)).toBe(expected));
});
