import { describe, expect, it } from 'vitest';
import { classifyProseRole, focusPlaceOf, inferProseCountry } from './proseAttributes';

describe('inferProseCountry: the country the text links a person to', () => {
  it.each<[string, string[], string | null, string | null]>([
    ['possessive country before the title', ["Niger's president"], null, 'NE'],
    ['possessive country, curly apostrophe', ['Tunisia’s coach'], null, 'TN'],
    ['adjectival nationality', ['German Chancellor'], null, 'DE'],
    ['"of <Country>" in an apposition', ['president of Kenya'], null, 'KE'],
    ['a US party and state tag', ['R-Ohio'], null, 'US'],
    ['a national institution', ['NASA administrator'], null, 'US'],
    ['a large city from the generated gazetteer', ['mayor of Fort Worth'], null, 'US'],
    ['a large city before the title', ['Winnipeg city councillor'], null, 'CA'],
    ['a city that is also a given name gives nothing', ['a nurse called Charlotte'], null, null],
    ['an international body names no country, not even the focus', ['Director-General of the WHO'], 'CH', null],
    ['no evidence: the country the article is about', ['the coach'], 'BR', 'BR'],
    ['no evidence and no focus', [], null, null],
    [
      'a body of a region across countries takes no focus',
      ['director of the West African Coastal Institute'],
      'PT',
      null,
    ],
    ['a continent-wide body takes no focus', ['Pan-African Lawyers Union secretary'], 'PT', null],
    ['a region across countries named by its adjective takes no focus', ['European ombudsman'], 'PT', null],
    ['a country named beside a region still counts', ['South African delegate'], 'PT', 'ZA'],
    ['an official of a UN agency takes no focus', ['UNHCR spokesperson'], 'CH', null],
    ['an adjective of a country the package names otherwise ("Filipino")', ['Philippine trade secretary'], 'VN', 'PH'],
    ['a country that is also a US state, with a state post', ['state senator from Georgia'], null, 'US'],
    ['the same name with a national post', ["Georgia's deputy foreign minister"], 'US', 'GE'],
    ['the same name in an article about the US, no post', ['a nurse from Georgia'], 'US', 'US'],
    ['the same name elsewhere, no post', ['a nurse from Georgia'], 'DE', 'GE'],
    [
      "an international body's officer takes no country from the article",
      ['director-general of the World Trade Organization'],
      'CN',
      null,
    ],
    ["so does the Arab League's", ['Arab League Secretary-General'], 'EG', null],
  ])('%s', (_, descriptors, focus, code) => expect(inferProseCountry(descriptors, focus)?.code ?? null).toBe(code));
});

describe('classifyProseRole: one role from the descriptors', () => {
  it.each<[string, string[], string]>([
    ['a head of government', ['Prime Minister'], 'government-official'],
    ["a government's or ministry's spokesperson", ['Government spokesman'], 'government-official'],
    ['a ministry spokeswoman', ['Ruritanian Foreign Ministry spokeswoman'], 'government-official'],
    ["a company's spokesperson", ['company spokesman'], 'organisation-member'],
    ['a science by its suffix', ['a limnologist with the river authority'], 'academic'],
    ['of a university, no other role words', ['of Lakeside University'], 'academic'],
    ['a company officer', ['chief operating officer'], 'organisation-leader'],
    ['who negotiates for a country', ["Chile's chief negotiator"], 'government-official'],
    ['who negotiates for a union', ["the union's negotiator"], 'other'],
    ["a body's president, the body named by a common noun", ["the union's president"], 'organisation-leader'],
    ['a club president', ['club president'], 'organisation-leader'],
    ["a gathering's president", ['congress president'], 'organisation-leader'],
    ["a gathering's chair, capitalised", ['the Summit Chair'], 'organisation-leader'],
    [
      '"Congress" capitalised may be a legislature or a party: no gathering',
      ['Congress president'],
      'government-official',
    ],
    ["a union's secretary, with a word between", ["union's regional secretary"], 'organisation-leader'],
    ['a co-chair leads', ["co-chair of the union's junior doctors committee"], 'organisation-leader'],
    ["a member of a country's house", ['member of the Ruritanian Parliament'], 'legislator'],
    ["a member of a country's house, in the possessive", ["a member of Ruritania's senate"], 'legislator'],
    ['who speaks for a community', ['from the Tamil community in Leeds'], 'community-representative'],
    ['a community leader', ['community leader'], 'community-representative'],
    ['an office outranks the community', ['Mayor', 'from the Tamil community'], 'local-politician'],
    ["a jury's president, whatever the nationality", ['Jury president', 'Belgian painter'], 'organisation-leader'],
    ["a nation's council's secretary holds an office", ['Kenyan Security Council secretary'], 'government-official'],
    [
      "a country's president stays an office beside a body's word elsewhere",
      ['Kenyan president'],
      'government-official',
    ],
    ['who represents a body sits in no house', ['representative of the regional water board'], 'organisation-member'],
    ['a state representative sits in one', ['state representative'], 'legislator'],
    ["a party's president is a party officer", ["the party's president"], 'local-politician'],
    ["a country's president stays an office", ["Norway's president"], 'government-official'],
    [
      "the head of a country's branch of a body leads the body",
      ["director of Chile's Red Crescent Society"],
      'organisation-leader',
    ],
    ['the most specific keyword wins', ['U.N. Secretary-General'], 'organisation-leader'],
    ['a member of a parliament', ['a Member of the European Parliament from Bavaria'], 'legislator'],
    ['a current office outranks a former one', ['State Senator', 'former Army colonel'], 'legislator'],
    ['a former office alone', ['former prime minister'], 'former-official'],
    ['a party officer', ['Republican National Committee Chair'], 'local-politician'],
    ['the head of a national institution', ['FBI director'], 'government-official'],
    ['the former head of a national institution', ['former FBI director'], 'former-official'],
    ['a plural title before a list of names', ['former senators'], 'former-official'],
    ['a plural title, -es', ['city councillors'], 'local-politician'],
    ['a council title in one word, US style', ['Councilmember'], 'local-politician'],
    ["an agency's coordinator", ["agency's emergency relief coordinator"], 'organisation-member'],
    ['a scientist', ['medical anthropologist'], 'academic'],
    ['an athlete', ['team captain'], 'other'],
    ['a member of a named body', ['of the River Group'], 'organisation-member'],
    ['"of" a place is no body', ['of Toronto'], 'other'],
    ['a diplomat below an ambassador', ['Press Counsellor'], 'government-official'],
    ['a deputy to a minister', ["Ruritania's vice-minister for trade"], 'government-official'],
    ['the ruler of an emirate or city state', ['Ruler of Doha'], 'government-official'],
    [
      'a former post beside an honorific alone',
      ['Dr.', 'formerly the director of the Kenya Wildlife Service'],
      'former-official',
    ],
    ['a senator who chairs a committee, with a party tag', ['Sen.', 'Committee chair', 'D-Wash.'], 'legislator'],
    ["a union's general secretary leads it", ['general secretary of the Harbour Workers Union'], 'organisation-leader'],
    ['a secretary of a body named by its acronym', ['HWU regional secretary'], 'organisation-leader'],
    ['a secretary of a government department stays an official', ['Treasury Secretary'], 'government-official'],
    ["a person's deputy is no member of a chamber of deputies", ["Okafor's deputy"], 'other'],
    ['a deputy of a chamber stays a legislator', ['deputy in the National Assembly'], 'legislator'],
    ['no role words', [], 'other'],
  ])('%s', (_, descriptors, role) => expect(classifyProseRole(descriptors).role).toBe(role));
});

describe('focusPlaceOf: the country an article is about', () => {
  it('counts a dateline as two more mentions, only when the text alone does not tell', () => {
    const body = 'Nurses marched on Saturday. The march ended in Harlow Park, where Ana Lo spoke about Ghana.';
    expect(focusPlaceOf(`Nurses march\n\nLEEDS, June 3 (Wire) — ${body} Leeds was busy.`)).toBe('GB');
    expect(focusPlaceOf(`Nurses march\n\n${body} Leeds was busy.`)).toBeNull();
    // a report filed from elsewhere about a country it names three times stays that country's
    const sudan =
      'Aid cut\n\nGENEVA, Nov 18 (Wire) — Aid to Sudan fell. Farmers in Sudan waited. Sudan asked for help.';
    expect(focusPlaceOf(sudan)).toBe('SD');
  });
  it('reads a dateline that writes its place as a sentence does, before a date ("Leeds, 3 June 2026 —")', () => {
    const body = 'Nurses marched on Saturday. The march ended in Harlow Park, where Ana Lo spoke.';
    expect(focusPlaceOf(`Nurses march\n\nLeeds, 3 June 2026 — ${body} Leeds was busy.`)).toBe('GB');
    expect(focusPlaceOf(`Nurses march\n\nLeeds, June 3 (Wire) - ${body} Leeds was busy.`)).toBe('GB');
    // (a name and a dash with no date is no dateline)
    expect(focusPlaceOf(`Nurses march\n\nLeeds, the old mill town — ${body} Leeds was busy.`)).toBeNull();
  });
  it('reads the country after a city it does not know in the dateline', () => {
    const body = 'Dock workers struck on Monday. The strike closed the port, Ana Lo said.';
    expect(focusPlaceOf(`Port strike\n\nSANTA ISOLDA, Chile — ${body}`)).toBe('CL');
    expect(focusPlaceOf(`Port strike\n\n${body}`)).toBeNull();
  });
  it("reads a US state abbreviated after the city as the dateline's country, over a namesake city elsewhere", () => {
    const body = 'Chip makers met on Monday. Firms across California were hiring, Ana Lo said.';
    expect(focusPlaceOf(`Chip show\n\nSAN JOSE, Calif. — ${body}`)).toBe('US');
    // (without the state, the capital of that name is read)
    expect(focusPlaceOf(`Chip show\n\nSAN JOSE — ${body}`)).toBe('CR');
  });
  it('reads a capital that the gazetteer lists only with a suffix ("WASHINGTON —" for Washington D.C.)', () => {
    const body = 'Bus drivers walked out on Monday in the US capital. The strike closed every depot, Ana Lo said.';
    expect(focusPlaceOf(`Bus strike\n\nWASHINGTON — ${body}`)).toBe('US');
    expect(focusPlaceOf(`Bus strike\n\n${body}`)).toBeNull();
  });
  it('gives no country for a dateline over a report that names three other countries', () => {
    const body =
      'Grain talks stalled on Wednesday. Ukraine called the demand blackmail. Russia said it would wait. A Turkish minister hosted the talks.';
    expect(focusPlaceOf(`Grain talks\n\nGENEVA — ${body}`)).toBeNull();
    expect(focusPlaceOf(`Grain talks\n\nGENEVA — Grain talks stalled on Wednesday, a Swiss official said.`)).toBe('CH');
  });
  it('counts a country named in the possessive', () => {
    expect(focusPlaceOf("Chile's top court ruled on Friday. Chile's senate met. The judge in Santiago spoke.")).toBe(
      'CL',
    );
  });
});
