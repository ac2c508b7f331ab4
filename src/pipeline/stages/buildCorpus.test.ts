import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseInput } from './analyse';
import { assembleCorpus, buildCorpus, documentIds } from './buildCorpus';
import { completeCorpus } from './16-assemble';
import { TermTable } from './12-terms';
import { Corpus } from '../../corpus/schema';
import { decodeTermRow } from '../../corpus/terms';

const enc = (s: string) => new TextEncoder().encode(s);

const ARTICLE = `Press Freedom Summit Opens in Oslo

Reporters from many countries held an online conference on Friday, May 6, 2022, to defend press freedom.

Swedish MP Anna Berg

“Journalists must be free to work. We will defend them,” Berg said.

“Every arrest is an attack on all of us,” she added.

Paul Moreau, Teacher, Free Press Society of Canada:

We stand with every reporter who is in prison tonight and we will not forget them.
`;

const SECOND = `Oslo summit: speakers call for release of reporters

Oslo, May 6, 2022—Delegates at the press freedom conference heard from Anna Berg and others.

“The world is watching,” said Swedish MP Anna Berg. “We will not look away.”

“Free the reporters now,” Jon Olsen, a Norwegian editor, said.
`;

describe('buildCorpus', () => {
  const { corpus, rejected } = buildCorpus([
    { file: 'b.txt', bytes: enc(SECOND) },
    { file: 'a.txt', bytes: enc(ARTICLE) },
    { file: 'empty.txt', bytes: new Uint8Array(0) },
    { file: 'nodate.txt', bytes: enc('A Quiet Day\n\n“Nothing happened,” Jane Doe said, and left.\n') },
    {
      file: 'nospeaker.txt',
      bytes: enc('A Report\n\nThe conference was held on May 6, 2022 in Oslo. Nobody was quoted.\n'),
    },
  ]);

  it('merges the two reports of one event and keeps one person as one speaker', () => {
    const summit = corpus.events.find((e) => e.documentIds.includes('a'))!;
    expect(summit).toMatchObject({ date: '2022-05-06', documentIds: ['a', 'b'] });
    expect(summit.id).toMatch(/^2022-05-06-[a-z0-9-]+$/);
    const berg = corpus.speakers.find((s) => s.id === 'anna-berg')!;
    expect(berg).toMatchObject({ country: 'SE', role: 'legislator' });
    expect(corpus.appearances.filter((a) => a.speakerId === 'anna-berg').map((a) => a.documentId)).toEqual(['a', 'b']);
    expect(corpus.speakers.find((s) => s.id === 'paul-moreau')).toMatchObject({
      country: 'CA',
      role: 'community-representative',
    });
  });

  it('an age between commas after the name is no title ("said Ana Lo, 54, who farms")', () => {
    const { corpus } = buildCorpus([
      {
        file: 'farm.txt',
        bytes: enc('Growers march\n\n"We are working at a loss," said Jean-Marc Roux, 54, who grows oats near Lyon.\n'),
      },
    ]);
    const roux = corpus.speakers.find((s) => s.name === 'Jean-Marc Roux');
    expect(roux).toBeDefined();
    expect(roux!.titles ?? []).toEqual([]);
  });

  it("a body's possessive right before a name gives the affiliation, a person's does not", () => {
    const { corpus } = buildCorpus([
      {
        file: 'funds.txt',
        bytes: enc(
          "Investors meet\n\nHarbour Group's Lena Fisk said the fees were too high.\n\nWWF's Omar Haddad said the fund was late.\n\nMarta Rell's Ivo Kask said the plan was fine.\n\nNordvik Capital's Ola Berg said returns would fall.\n",
        ),
      },
    ]);
    const of = (n: string) => corpus.speakers.find((s) => s.name === n)?.affiliations;
    expect([of('Lena Fisk'), of('Omar Haddad'), of('Ivo Kask'), of('Ola Berg')]).toEqual([
      ['Harbour Group'],
      ['WWF'],
      [],
      ['Nordvik Capital'],
    ]);
  });

  it("a plural name's possessive (its apostrophe alone) gives the body, before a name or a post", () => {
    const { corpus } = buildCorpus([
      {
        file: 'cars.txt',
        bytes: enc(
          "Carmakers meet\n\nTarnby Motors' Rita Vane said the plant would close.\n\nKestrel Airlines' chief executive, Ole Brun, said fares would rise.\n",
        ),
      },
    ]);
    const of = (n: string) => corpus.speakers.find((s) => s.name === n)?.affiliations;
    expect([of('Rita Vane'), of('Ole Brun')]).toEqual([['Tarnby Motors'], ['Kestrel Airlines']]);
  });

  it('a common word capitalised only to open a sentence names no body ("Software chief X"); inside a sentence it does', () => {
    const { corpus } = buildCorpus([
      {
        file: 'relief.txt',
        bytes: enc(
          'Flood relief\n\nSoftware chief Ines Odede pledged laptops and software for the shelters.\n\nUnion boss Karel Mertens said his members would help. The union runs a food bank.\n\nBeacon chief Tom Ruud said the phones worked. Staff at Beacon handed out chargers.\n\nApple chief Tim Cook, who spoke in California, said the phones would ship in March.\n',
        ),
      },
    ]);
    const of = (n: string) => corpus.speakers.find((s) => s.name === n)?.affiliations;
    expect([of('Ines Odede'), of('Karel Mertens'), of('Tom Ruud'), of('Tim Cook')]).toEqual([
      [],
      [],
      ['Beacon'],
      ['Apple'],
    ]);
  });

  it('a person\'s surname before a post is no body ("Varga spokesman X" after "Anna Varga")', () => {
    const { corpus } = buildCorpus([
      {
        file: 'talks.txt',
        bytes: enc(
          'Talks resume\n\nPrime minister Anna Varga arrived late on Monday.\n\nVarga spokesman Jan Weber said the talks would go on for a week.\n',
        ),
      },
    ]);
    expect(corpus.speakers.find((s) => s.name === 'Jan Weber')?.affiliations).toEqual([]);
  });

  it('letters after a name are no body ("Helen Achebe KC")', () => {
    const { corpus } = buildCorpus([
      {
        file: 'trial.txt',
        bytes: enc('Trial opens\n\nProsecutor Helen Achebe KC told the jury that the firm had dumped solvents.\n'),
      },
    ]);
    const achebe = corpus.speakers.find((s) => s.name === 'Helen Achebe');
    expect(achebe?.affiliations).toEqual([]);
  });

  it('a boss leads a body ("Dunmere boss Gareth Pryce")', () => {
    const { corpus } = buildCorpus([
      {
        file: 'cup.txt',
        bytes: enc(
          'Cup tie\n\nThe referee was criticised by Dunmere boss Gareth Pryce, who said the penalty was clear.\n',
        ),
      },
    ]);
    const pryce = corpus.speakers.find((s) => s.name === 'Gareth Pryce');
    expect([pryce?.affiliations, pryce?.role]).toEqual([['Dunmere'], 'organisation-leader']);
  });

  it('a body before a campaigner, an analyst or a manager is theirs ("Greenpeace campaigner X")', () => {
    const { corpus } = buildCorpus([
      {
        file: 'wetlands.txt',
        bytes: enc(
          'Wetlands\n\nGreenpeace campaigner Lotte Brandsma said the marsh had been drained.\n\nPrices would rise next year, said Marlow Bank analyst Ann Lowe.\n',
        ),
      },
    ]);
    const of = (n: string) => corpus.speakers.find((s) => s.name === n)?.affiliations;
    expect([of('Lotte Brandsma'), of('Ann Lowe')]).toEqual([['Greenpeace'], ['Marlow Bank']]);
  });

  it('a party name many countries share (Labour, Conservative) gives no country on its own', () => {
    const { corpus } = buildCorpus([
      {
        file: 'ward.txt',
        bytes: enc(
          'Council votes\n\nCouncillor Anke Vos, a member of the Labour Party, said the ferry would stay.\n\nJoost Mol of the Conservative Party said it would not.\n',
        ),
      },
    ]);
    const country = (n: string) => corpus.speakers.find((s) => s.name === n)?.country;
    expect([country('Anke Vos'), country('Joost Mol')]).toEqual([null, null]);
  });

  it('a team before a post is its body; "the Swede said" names the last subject and gives the country', () => {
    const { corpus } = buildCorpus([
      {
        file: 'cup.txt',
        bytes: enc(
          'Cup exit\n\nHollin Wanderers manager Rosa Keel said the pitch was poor.\n\nVisiting coach Nils Ekdahl praised his defenders. "They never stopped running," the Swede said.\n',
        ),
      },
    ]);
    const keel = corpus.speakers.find((s) => s.name === 'Rosa Keel');
    const ekdahl = corpus.speakers.find((s) => s.name === 'Nils Ekdahl');
    expect(keel?.affiliations).toEqual(['Hollin Wanderers']);
    expect(ekdahl?.country).toBe('SE');
    expect(corpus.quotes.filter((q) => q.speakerId === ekdahl?.id).map((q) => q.text)).toEqual([
      'They never stopped running',
    ]);
  });

  it('an age between commas before a post is no part of it ("said Ana Lo, 34, a ward sister from Leeds")', () => {
    const { corpus } = buildCorpus([
      {
        file: 'ward.txt',
        bytes: enc('Nurses march\n\n"We are leaving," said Vera Kask, 41, a midwife from Tartu.\n'),
      },
    ]);
    expect(corpus.speakers.find((s) => s.name === 'Vera Kask')?.titles).toEqual(['midwife from Tartu']);
  });

  it('keeps evidence of each attribute', () => {
    const berg = corpus.speakers.find((s) => s.id === 'anna-berg')!;
    expect(berg.evidence!.country[0]!.basis).toMatch(/Swedish/);
    expect(berg.evidence!.role[0]!.basis).toMatch(/MP/);
  });

  it('rejects only unreadable files, each with its reason', () => {
    expect(rejected).toEqual([{ file: 'empty.txt', reason: 'empty file' }]);
    expect(corpus.rejected).toEqual(rejected);
  });

  it('keeps an article without speakers or without a date as a document, with a warning', () => {
    expect(corpus.documents.map((d) => d.id)).toEqual(['a', 'b', 'nodate', 'nospeaker']);
    expect(corpus.warnings).toEqual([
      { file: 'nodate.txt', message: 'no event date found: the event is undated' },
      { file: 'nospeaker.txt', message: 'no speakers found' },
    ]);
    expect(corpus.events.find((e) => e.documentIds.includes('nodate'))).toMatchObject({ date: null });
    expect(corpus.terms.rows.some((r) => r.kind === 'document' && r.id === 'nospeaker')).toBe(true);
  });

  it('writes term counts for documents and quotes', () => {
    const doc = corpus.terms.rows.find((t) => t.kind === 'document' && t.id === 'a')!;
    expect(new Map(decodeTermRow(corpus.terms.vocabulary, doc.counts)).get('press')).toBe(3);
    expect(corpus.terms.rows.filter((t) => t.kind === 'quote').length).toBe(corpus.quotes.length);
  });

  it('is deterministic and does not depend on input order or mutate inputs', () => {
    const inputs = [
      { file: 'a.txt', bytes: enc(ARTICLE) },
      { file: 'b.txt', bytes: enc(SECOND) },
    ];
    const copy = inputs.map((i) => ({ ...i, bytes: i.bytes.slice() }));
    const one = JSON.stringify(buildCorpus(inputs).corpus);
    const two = JSON.stringify(buildCorpus([...inputs].reverse()).corpus);
    expect(one).toBe(two);
    expect(inputs).toEqual(copy);
  });
});

const WIRE_STORY = `Leaders urge action on climate at Glasgow summit

GLASGOW, Scotland (AP) — World leaders gathered on Monday, November 1, 2021, for the opening of the UN climate summit, with warnings that time is running out.

"We are digging our own graves," U.N. Secretary-General António Guterres told the conference. "Our addiction to fossil fuels is pushing humanity to the brink."

"It's time to act," said Mia Mottley, the prime minister of Barbados. "Our people are drowning."

Former U.S. President Barack Obama, speaking on the second week of the summit, said: "We are not on track."

Activist Greta Thunberg, who did not speak at the summit, criticized the event on Twitter.

"The stakes could not be higher," said Kenyan President Uhuru Kenyatta. He added that Africa was paying for emissions.

Indian Prime Minister Narendra Modi pledged net zero emissions by 2070. "India will achieve the target," Modi said.
`;

describe('buildCorpus on wire-service style coverage', () => {
  const { corpus } = buildCorpus([{ file: 'wire.txt', bytes: enc(WIRE_STORY) }]);
  const byId = new Map(corpus.speakers.map((s) => [s.id, s]));
  it('finds the people quoted, not the one only mentioned', () => {
    expect([...byId.keys()].sort()).toEqual([
      'antonio-guterres',
      'barack-obama',
      'mia-mottley',
      'narendra-modi',
      'uhuru-kenyatta',
    ]);
  });
  it.each([
    ['antonio-guterres', null, 'organisation-leader'],
    ['barack-obama', 'US', 'former-official'],
    ['mia-mottley', 'BB', 'government-official'],
    ['uhuru-kenyatta', 'KE', 'government-official'],
    ['narendra-modi', 'IN', 'government-official'],
  ])('%s: %s, %s', (id, country, role) => expect(byId.get(id)).toMatchObject({ country, role }));
  it('dates the event from the dateline', () => expect(corpus.events[0]!.date).toBe('2021-11-01'));
});

const RALLY = `Thousands Rally in Berlin for Democracy in Belarus

BERLIN, 12 June 2022 – Thousands of people gathered in front of the Brandenburg Gate on Saturday to support the democratic movement in Belarus.

Speakers included Sviatlana Tsikhanouskaya, the leader of the Belarusian democratic forces, and several German lawmakers.

In her speech, Tsikhanouskaya said: “We will not stop until every political prisoner is free.”

“Germany stands with the people of Belarus,” said Manfred Weber, a Member of the European Parliament from Bavaria. “We must increase the pressure.”

German MP Renata Alt told the crowd that sanctions were working. “The sanctions hurt the regime, not the people,” she added.

Pavel Latushko, a former Belarusian culture minister, said:

“Our country will be free. The day is coming.”

“We are here for our families,” said Olga, a nurse who did not want to give her last name.

Alexander Lukashenko, who has ruled Belarus since 1994, has dismissed the protests.
`;

describe('a place before a name in an inline attribution', () => {
  const text =
    'Ferry service ends\n\nMonday, May 1, 2023\n\nThe island ferry made its last crossing on Sunday. In a statement, the Premier of Victoria Maria Coles said, "The crossing served the island for sixty years and we will all miss it."';
  const { corpus } = buildCorpus([{ file: 'f.txt', bytes: enc(text) }]);
  it('is not part of the name', () => expect(corpus.speakers.map((s) => s.id)).toEqual(['maria-coles']));
});

describe('a large city as the only place in a local report', () => {
  const text =
    'Council backs new tram line\n\nTuesday, April 4, 2023\n\nCity councillors in Fort Worth voted 7-2 on Monday to fund a tram line from downtown Fort Worth to the airport.\n\n"This city has waited twenty years for this," said Councillor Dara Whitlow, who chairs the transport committee.\n\nThe mayor of Fort Worth, Elena Brisco, told reporters that construction would start in the autumn.';
  const { corpus } = buildCorpus([{ file: 't.txt', bytes: enc(text) }]);
  it("gives the city's country, from the gazetteer of large cities: the mayor's own, and the article's for the rest", () => {
    expect(corpus.speakers.map((s) => [s.id, s.country])).toEqual([
      ['dara-whitlow', 'US'],
      ['elena-brisco', 'US'],
    ]);
    expect(corpus.speakers[1]!.evidence!.country[0]!.basis).toMatch(/Fort Worth/);
  });
});

describe('a gathering of many countries in a host city', () => {
  const report = (gathering: string) =>
    `Drone makers meet\n\nTuesday, April 4, 2023\n\nEngineers gathered at ${gathering} in Lyon on Monday. Lyon has hosted it before, and France paid for the hall.\n\nThe keynote speaker, Mira Okonjo, said batteries were the hard part.\n\nThe French industry minister, Paul Girard, said the country would fund research.`;
  const countries = (text: string) =>
    buildCorpus([{ file: 'g.txt', bytes: enc(text) }]).corpus.speakers.map((s) => [s.id, s.country]);
  it('gives the host country to no speaker without evidence of their own', () =>
    expect(countries(report('the World Drone Congress'))).toEqual([
      ['mira-okonjo', null],
      ['paul-girard', 'FR'],
    ]));
  it('a national body named like one ("the African National Congress") is no gathering of nations', () =>
    expect(countries(report('the African National Congress')).map(([, c]) => c)).toEqual(['FR', 'FR']));
  it('a national fair keeps the host country as the fallback', () =>
    expect(countries(report('the annual drone fair'))).toEqual([
      ['mira-okonjo', 'FR'],
      ['paul-girard', 'FR'],
    ]));
  it('people "from more than 30 countries" at a gathering make it one of many countries, however it is named', () =>
    expect(
      countries(
        report('the annual drone fair').replace('Engineers gathered', 'Engineers from more than 30 countries gathered'),
      ),
    ).toEqual([
      ['mira-okonjo', null],
      ['paul-girard', 'FR'],
    ]));
  it('people from many countries who are not gathering ("families from 12 countries live in Lyon") leave the fallback', () =>
    expect(
      countries(
        report('the annual drone fair').replace(
          'Engineers gathered at the annual drone fair in Lyon on Monday.',
          'Families from 12 countries now live in the old quarter of Lyon, and a drone fair opened there on Monday.',
        ),
      ),
    ).toEqual([
      ['mira-okonjo', 'FR'],
      ['paul-girard', 'FR'],
    ]));
});

describe('a post after "its" ("Norway\'s fisheries ministry … Its spokesperson, X")', () => {
  const text =
    "Fishing talks stall\n\nThe talks on fishing quotas stalled on Wednesday after two days of argument.\n\nNorway's fisheries ministry said it was disappointed. Its spokesperson, Kari Tandberg, said the offer still stood.\n";
  it("gives the body's country", () =>
    expect(buildCorpus([{ file: 'f.txt', bytes: enc(text) }]).corpus.speakers.map((s) => [s.id, s.country])).toEqual([
      ['kari-tandberg', 'NO'],
    ]));
});

describe('a dateline opening the lead ("Paris, 5 March 2026 — …")', () => {
  const text =
    'Museum directors meet\n\nParis, 5 March 2026 — Directors of several museums said on Tuesday that they would return objects taken in colonial times.\n\n"We have waited long enough," said Odile Marchal, a museum director.\n';
  it('is the publication date the weekday is read against', () =>
    expect(buildCorpus([{ file: 'p.txt', bytes: enc(text) }]).corpus.events[0]!.date).toBe('2026-03-03'));
});

describe('a shortened name that opens a paragraph, after the full name in the prose', () => {
  const text =
    'Trade fair opens\n\nPORT ELBA, October 16, 2023: Thousands came on Monday to the fair, officially opened by His Highness Sheikh Omar bin Khalid Al Nuaimi, Vice President of Ruritania.\n\nHH Sheikh Omar bin Khalid noted that “the growth in participation is a testament to the world’s confidence.”\n';
  const { corpus } = buildCorpus([{ file: 'f.txt', bytes: enc(text) }]);
  it('is the same person, shown by the full name', () =>
    expect(corpus.speakers.map((s) => s.name)).toEqual(['Omar bin Khalid Al Nuaimi']));
});

describe('a name over a paragraph about that person', () => {
  const text =
    'Vigil for a prisoner\n\nSupporters held a vigil on June 2, 2023 in Oslo.\n\nKarim Haddad\n\nKarim Haddad, a 27-year-old engineer, was sentenced to death last month after a closed trial.\n\nLena Holm, Mayor of Bergen\n\nWe will not forget him and we will not stop asking for his release.';
  const { corpus } = buildCorpus([{ file: 'v.txt', bytes: enc(text) }]);
  it('is not a speaker heading', () => expect(corpus.speakers.map((s) => s.id)).toEqual(['lena-holm']));
});

describe('buildCorpus on a rally report', () => {
  const { corpus } = buildCorpus([{ file: 'rally.txt', bytes: enc(RALLY) }]);
  const quotes = (id: string) => corpus.quotes.filter((q) => q.speakerId === id).map((q) => q.text);
  it('finds who spoke, in every way the report attributes them', () => {
    expect(corpus.speakers.map((s) => [s.id, s.country, s.role])).toEqual([
      ['manfred-weber', 'DE', 'legislator'],
      ['pavel-latushko', 'BY', 'former-official'],
      ['renata-alt', 'DE', 'legislator'],
      ['sviatlana-tsikhanouskaya', 'BY', 'organisation-leader'],
    ]);
    // filed Sunday 12 June ("BERLIN, 12 June 2022 –"): the crowd gathered on Saturday
    expect(corpus.events[0]!.date).toBe('2022-06-11');
  });
  it('a speech introduced by "…, said:" ends with its quotes; a first name alone is no one', () => {
    expect(quotes('pavel-latushko')).toEqual(['Our country will be free. The day is coming.']);
    expect(quotes('renata-alt')).toEqual(['sanctions were working.', 'The sanctions hurt the regime, not the people']);
    expect(corpus.quotes.filter((q) => q.speakerId === 'renata-alt').map((q) => q.kind ?? 'direct')).toEqual([
      'reported',
      'direct',
    ]);
  });
});

describe('buildCorpus reads Markdown and saved web pages', () => {
  const md = `---
title: Given headline
event: Harbour Forum 2023
outlet: Coast Weekly
---
# A heading that the front matter overrides

## Lena Holm, Mayor of Bergen

“Our harbour must stay open to everyone,” Holm said.
`;
  const html = `<!doctype html><html><head><title>Coast Weekly</title><script>track("x")</script></head><body>
<nav><ul><li>Home</li><li>News</li></ul></nav>
<article><h1>Harbour forum closes</h1><p>The Harbour Forum 2023 ended on Friday, June 2, 2023, in Bergen.</p>
<h3>Tomas Berg, Danish MP</h3><p>“Ports connect our countries,” Berg said.</p></article>
<footer>Contact us</footer></body></html>`;
  const { corpus, rejected } = buildCorpus([
    { file: 'a.md', bytes: enc(md) },
    { file: 'b.html', bytes: enc(html) },
  ]);
  it('takes the article text, front matter and speakers of both', () => {
    expect(rejected).toEqual([]);
    expect(corpus.documents.map((d) => d.title)).toEqual(['Given headline', 'Harbour forum closes']);
    expect(corpus.documents[0]!.outlet).toBe('Coast Weekly');
    expect(corpus.documents[1]!.text).not.toMatch(/track|Home|Contact/);
    expect(corpus.speakers.map((s) => [s.id, s.country, s.role])).toEqual([
      ['lena-holm', 'NO', 'local-politician'],
      ['tomas-berg', 'DK', 'legislator'],
    ]);
  });
  it('a front-matter event names the event; documents naming the same one share it and its date', () => {
    expect(corpus.events.map((e) => [e.title, e.date])).toEqual([
      ['Harbour Forum 2023', null],
      ['Harbour forum closes', '2023-06-02'],
    ]);
    const again = buildCorpus([
      { file: 'a.md', bytes: enc(md) },
      {
        file: 'c.md',
        bytes: enc(
          md
            .replace('Given headline', 'Second report')
            .replace('Holm said.', 'Holm said on June 2, 2023 at the forum.'),
        ),
      },
    ]).corpus;
    expect(again.events.map((e) => [e.title, e.date, e.documentIds])).toEqual([
      ['Harbour Forum 2023', '2023-06-02', ['a', 'c']],
    ]);
  });
});

describe('a bare surname two people share', () => {
  const text =
    'Vigil in Oslo\n\nSupporters held a vigil on June 2, 2023 in Oslo, founded by John Holm and attended by Lena Holm, the mayor.\n\n“We will not forget,” Holm said.';
  it('is no one in particular: the quote is kept unattributed', () => {
    const { corpus } = buildCorpus([{ file: 'v.txt', bytes: enc(text) }]);
    expect(corpus.speakers).toEqual([]);
    expect(corpus.unattributed!.map((q) => q.text)).toEqual(['We will not forget']);
    expect(corpus.warnings).toContainEqual({ file: 'v.txt', message: 'no speakers found' });
  });
});

describe('one very long document', () => {
  // speed itself is the benchmark's business; this pins the growth: four times the text may not take sixteen times as long
  it('is processed in time linear in its length', () => {
    const story = (n: number) =>
      Array.from({ length: n }, (_, i) => WIRE_STORY.replace(/Modi/g, `Modi${'x'.repeat(i % 7)}`)).join('\n\n');
    const timed = (text: string) => {
      const t = performance.now();
      const { corpus } = buildCorpus([{ file: 'long.txt', bytes: enc(text) }]);
      return { ms: performance.now() - t, corpus };
    };
    timed(story(50)); // warm-up: the NLP model loads once
    const small = timed(story(300));
    const large = timed(story(1200));
    expect(story(1200).length).toBeGreaterThan(800_000);
    expect(large.corpus.quotes.length).toBeGreaterThan(4 * 1200);
    expect(large.ms / small.ms).toBeLessThan(8);
  });
});

describe('buildCorpus on arbitrary text (property)', () => {
  const pieces = fc.constantFrom(
    'Swedish MP Anna Berg',
    'Jean Dupont, former French minister',
    '“We will win,” Dupont said.',
    '“Never again,” she added.',
    'maria lopez',
    'On Monday 3 May delegates met at a summit.',
    'Supporters in Canada',
    '—March 5, 2021',
    '“Open quote that never closes',
    'closing only.”',
    '',
    '\n',
  );
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.array(fc.oneof(pieces, fc.string({ maxLength: 40 })), { maxLength: 30 }).map((xs) => xs.join('\n\n')),
  );

  it('never throws, and every quote lies inside its document at its offsets', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const { corpus } = buildCorpus(texts.map((t, i) => ({ file: `f${i}.txt`, bytes: enc(t) })));
        Corpus.parse(corpus);
        const docs = new Map(corpus.documents.map((d) => [d.id, d.text]));
        for (const q of corpus.quotes) {
          const t = docs.get(q.documentId)!;
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(q.start, q.end)).toBe(q.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const { corpus, rejected } = buildCorpus([{ file: 'x.txt', bytes }]);
        expect(corpus.documents.length + rejected.length).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assembleCorpus', () => {
  it("gives buildCorpus's corpus whether the files were analysed with one term table or one each (one per thread)", () => {
    const files = ['a.txt', 'b.txt'].map((file, i) => ({
      file,
      bytes: enc(ARTICLE.replace('Oslo', i ? 'Bergen' : 'Oslo')),
    }));
    const ids = documentIds(files.map((f) => f.file));
    const expected = JSON.stringify(buildCorpus(files).corpus);
    const shared = new TermTable();
    const texts = new Map<string, string>();
    const analyse = (table: TermTable) =>
      files.map((f, i) => {
        const r = analyseInput(f, ids[i]!, table);
        if ('analysed' in r) texts.set(r.analysed.doc.id, r.text);
        return r;
      });
    const own = assembleCorpus(analyse(new TermTable()));
    const one = assembleCorpus(analyse(shared));
    expect(JSON.stringify(completeCorpus(own.outline, (d) => texts.get(d.id)!))).toBe(expected);
    expect(JSON.stringify(completeCorpus(one.outline, (d) => texts.get(d.id)!))).toBe(expected);
  });
});

// A summit report in plain news prose, written for this test: each construction below once.
const SUMMIT = `---
title: Water ministers agree drought fund at Lisbon summit
published: 2025-03-14
---
LISBON — Water ministers from fourteen countries agreed on Thursday to create a shared drought fund.

"No country can face these droughts alone," Portuguese Environment Minister Rui Tavares told reporters. He said the fund would start with 400 million euros.

Morocco's water minister, Nadia Bensaid, welcomed the deal but warned that the money would not reach farmers for a year.

The talks were opened by Ingrid Solheim, director-general of the Nordic Climate Agency, who urged delegates to "stop counting and start paying".

Spain's delegate, Lucía Ferrer, told the plenary that her government backed the plan.

Panel speakers included hydrologist Dr. Amara Diop of the University of Dakar and Helen Park, chief executive of the Water Industry Council.
`;

describe('a summit report in plain news prose', () => {
  const { corpus } = buildCorpus([{ file: 'summit.txt', bytes: enc(SUMMIT) }]);
  const byName = new Map(corpus.speakers.map((s) => [s.name, s]));
  const words = (name: string) => corpus.quotes.filter((q) => q.speakerId === byName.get(name)?.id).map((q) => q.text);

  it('finds every speaker, with role and country from the prose', () => {
    expect([...byName.keys()].sort()).toEqual(
      ['Amara Diop', 'Helen Park', 'Ingrid Solheim', 'Lucía Ferrer', 'Nadia Bensaid', 'Rui Tavares'].sort(),
    );
    expect(byName.get('Amara Diop')!.role).toBe('academic');
    expect(byName.get('Nadia Bensaid')!.country).toBe('MA');
    expect(byName.get('Ingrid Solheim')!.affiliations).toEqual(['Nordic Climate Agency']);
  });

  it('"who urged … "…"": the direct quote, once, for the person the relative clause is about', () => {
    expect(words('Ingrid Solheim')).toEqual(['stop counting and start paying']);
  });

  it('a second verb of speech after "but"; whom they told is no part of what they said', () => {
    expect(words('Nadia Bensaid')).toEqual(['the money would not reach farmers for a year.']);
    expect(words('Lucía Ferrer')).toEqual(['her government backed the plan.']);
  });
});

// A hearing report, written for this test.
const HEARING = `---
title: Senate panel questions airline chiefs over delays
published: 2025-07-10
---
WASHINGTON — Airline executives faced sharp questions on Wednesday at a Senate hearing on flight delays.

The committee's chairwoman, Sen. Laura Whitfield, R-Kan., opened the hearing. "People missed weddings and funerals," Whitfield said.

Sen. Daniel Okafor (D-Ga.) pressed the executives on refunds. Okafor asked why passengers waited months for their money.

Consumer advocate Beth Alvarez, who heads a travellers' group, took the stage after the executives and called the delays "a scandal in plain sight".
`;

describe('a hearing report', () => {
  const { corpus } = buildCorpus([{ file: 'hearing.txt', bytes: enc(HEARING) }]);
  const byName = new Map(corpus.speakers.map((s) => [s.name, s]));

  it('a senator who chairs the committee is a legislator; a news-agency state tag gives the country', () => {
    expect(byName.get('Laura Whitfield')!.role).toBe('legislator');
    expect(byName.get('Daniel Okafor')!.country).toBe('US');
  });

  it('"took the stage … and called … "…"": a speaking role and the quote', () => {
    const beth = byName.get('Beth Alvarez')!;
    expect(corpus.quotes.filter((q) => q.speakerId === beth.id).map((q) => q.text)).toEqual([
      'a scandal in plain sight',
    ]);
  });
});

describe('a party–state tag between commas, news-agency style', () => {
  const { corpus } = buildCorpus([
    {
      file: 'tags.txt',
      bytes: enc(
        'Panel hears from regulator\n\nSen. Dina Cole, D-Wash., the panel\'s chair, said the backlog was unacceptable. "It is late," said Rep. Tom Lee, R-S.C.\n',
      ),
    },
  ]);
  const byName = new Map(corpus.speakers.map((s) => [s.name, s]));

  it('gives the country and stays one title, whole, though its dots end no sentence', () => {
    expect(byName.get('Dina Cole')).toMatchObject({ country: 'US', role: 'legislator' });
    expect(byName.get('Dina Cole')!.titles).toEqual(expect.arrayContaining(['D-Wash.', "panel's chair"]));
    expect(byName.get('Tom Lee')!.titles).toEqual(['R-S.C.', 'Rep.']);
    expect(byName.get('Tom Lee')!.country).toBe('US');
  });
});

describe('a roll written as one sentence, its entries ending with ";"', () => {
  const { corpus } = buildCorpus([
    {
      file: 'roll.txt',
      bytes: enc(
        'Ministers agree on seed bank\n\nFarm ministers met in Maseru on Tuesday.\n\nAmong the speakers were:\nDr. Lerato Mokoena, Minister of Agriculture, Lesotho;\nMr. Tendai Moyo, Deputy Minister of Lands, Zimbabwe;\nMs. Grace Banda, Minister of Agriculture, Malawi.\n\nMoyo said the seed bank would open next year.\n',
      ),
    },
  ]);
  const byName = new Map(corpus.speakers.map((s) => [s.name, s]));

  it('lists every entry with its country, and the entry is no heading over the paragraphs below', () => {
    expect([...byName.keys()].sort()).toEqual(['Grace Banda', 'Lerato Mokoena', 'Tendai Moyo']);
    expect(byName.get('Grace Banda')!.country).toBe('MW');
    const moyo = corpus.quotes.filter((q) => q.speakerId === byName.get('Tendai Moyo')!.id).map((q) => q.text);
    expect(moyo).toEqual(['the seed bank would open next year.']);
  });
});

describe("a transcript's reporters' turns", () => {
  const { corpus } = buildCorpus([
    {
      file: 'briefing.txt',
      bytes: enc(
        "Minister's briefing on floods\n\nMINISTER ANA RUIZ: Good morning. Our teams have rescued more than 300 people.\n\nREPORTER: When will the roads reopen?\n\nRUIZ: We expect the main highway to reopen by Friday.\n\nJournalist: Is the dam safe?\n\nRUIZ: The engineers tell me it is.\n",
      ),
    },
  ]);

  it('end the answer before them, in capitals or not', () =>
    expect(corpus.quotes.map((q) => q.text)).toEqual([
      'Good morning. Our teams have rescued more than 300 people.',
      'We expect the main highway to reopen by Friday.',
      'The engineers tell me it is.',
    ]));
});

describe('a list of speakers, each item with its own words', () => {
  const { corpus } = buildCorpus([
    {
      file: 'summit.md',
      bytes: enc(
        '# Housing summit\n\nThe summit met on Wednesday.\n\n- **Tom Reid**, chief executive of Northgate Homes: "Planning rules add two years to every project."\n- **Dr. Asha Patel**, urban economist at Lakeland University, argued that rents would only fall if supply doubled.\n- **Sofia Costa** (Tenants\' Union): "We need rent controls now, not in ten years."\n',
      ),
    },
  ]);
  const byId = new Map(corpus.speakers.map((s) => [s.id, s.name]));

  it("gives each item's words to its own speaker, not to the run-in name of the item above", () =>
    expect(corpus.quotes.map((q) => [byId.get(q.speakerId), q.text])).toEqual([
      ['Tom Reid', 'Planning rules add two years to every project.'],
      ['Asha Patel', 'rents would only fall if supply doubled.'],
      ['Sofia Costa', 'We need rent controls now, not in ten years.'],
    ]));
});

describe("a web page's pull quote with its credit in the blockquote's footer", () => {
  const page =
    '<html><head><title>Growers march | Courier</title></head><body><nav>Home</nav><article><h1>Growers march on the capital</h1>' +
    '<p>Hundreds of tractors blocked streets on Monday as ministers met.</p>' +
    '<p>Farmer Marc Dubois, 52, said he had driven through the night. "We are against paperwork," he said.</p>' +
    '<blockquote><p>"The ministers must listen to those who feed the country."</p><footer>— Claire Lamont, president of Agrifed</footer></blockquote>' +
    '<p>The farm minister, Jan Weber, told reporters that simpler rules would come within weeks.</p>' +
    '</article><footer>© Courier</footer></body></html>';
  const { corpus } = buildCorpus([{ file: 'march.html', bytes: enc(page) }]);
  const byId = new Map(corpus.speakers.map((s) => [s.id, s]));
  const said = (name: string) => corpus.quotes.filter((q) => byId.get(q.speakerId)?.name === name).map((q) => q.text);

  it('gives the quote to the credited person, who leads a body named after "of"; the page footer stays out', () => {
    expect(said('Claire Lamont')).toEqual(['The ministers must listen to those who feed the country.']);
    expect(said('Marc Dubois')).not.toContain('The ministers must listen to those who feed the country.');
    expect(said('Jan Weber')).toEqual(['simpler rules would come within weeks.']);
    const lamont = corpus.speakers.find((s) => s.name === 'Claire Lamont')!;
    expect(lamont).toMatchObject({ role: 'organisation-leader', affiliations: ['Agrifed'] });
    expect(corpus.documents[0]!.text).not.toContain('©');
  });
});

describe('a body of one word after a name', () => {
  const { corpus } = buildCorpus([
    {
      file: 'one-word.txt',
      bytes: enc(
        'Coastal forum\n\nAna Lo of Greenpeace said the coast was at risk. Eva Ruiz from Oxfam said the aid was late. Tom Fox of Oslo said the port was busy.\n',
      ),
    },
  ]);
  const affiliations = Object.fromEntries(corpus.speakers.map((s) => [s.name, s.affiliations]));

  it('is an affiliation ("of Greenpeace", "from Oxfam"); a place is none ("of Oslo")', () =>
    expect(affiliations).toEqual({ 'Ana Lo': ['Greenpeace'], 'Eva Ruiz': ['Oxfam'], 'Tom Fox': [] }));
});

// A party convention report, written for this test.
const CONVENTION = `---
title: Party convention closes with call for unity
published: 2023-11-20
---
The Progressive Alliance ended its national convention on Sunday with a call for unity.

Party leader Hannah Cheng spoke first. Speaking after Cheng, deputy leader Oliver Grant said the campaign would focus on housing.

State Premier Sarah Lindqvist, a guest speaker, praised the party's climate plan. "We have shown it can be done," the premier said.

Delegates also heard from trade union official Peter Nguyen and from Amelia Hart, a nurse from the coast.
`;

describe('a party convention report', () => {
  const { corpus } = buildCorpus([{ file: 'convention.txt', bytes: enc(CONVENTION) }]);
  const byName = new Map(corpus.speakers.map((s) => [s.name, s]));
  const words = (name: string) => corpus.quotes.filter((q) => q.speakerId === byName.get(name)?.id).map((q) => q.text);

  it('"Speaking after A, B said": the words are B\'s alone; "the party\'s plan" speaks for no one', () => {
    expect(words('Oliver Grant')).toEqual(['the campaign would focus on housing.']);
    expect(words('Hannah Cheng')).toEqual([]);
  });

  it('"deputy leader" is no parliamentary deputy; "heard from A and from B" lists both', () => {
    expect(byName.get('Oliver Grant')!.role).not.toBe('legislator');
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['Peter Nguyen', 'Amelia Hart']));
  });
});

// A forum report, written for this test.
const FORUM = `---
title: River forum ends with data pledge
published: 2025-06-12
---
GENEVA — Ministers from forty countries ended a three-day river forum on Thursday with a pledge to share flow data.

Ingrid Sol, who heads Norway's Institute of Lake Studies, told delegates that glaciers were retreating faster than models predicted.

Harbour Gazette editor Mira Olsen said the pledge had been rushed. The panel was moderated by Lena Hart of Channel Nine News.

Dockside University hydrologist Greta Lind said the silt would drift south.

Regional trade commissioner Aline Dumas announced that the forum would meet again in June.
`;

describe('a forum report', () => {
  const { corpus } = buildCorpus([{ file: 'forum.txt', bytes: enc(FORUM) }]);
  const byName = new Map(corpus.speakers.map((s) => [s.name, s]));

  it('"who heads <country>\'s <body>": the country, a leader\'s role and the body', () => {
    const sol = byName.get('Ingrid Sol')!;
    expect([sol.country, sol.role, sol.affiliations]).toEqual([
      'NO',
      'organisation-leader',
      ['Institute of Lake Studies'],
    ]);
  });

  it('a news outlet or a university before or after a name is the affiliation', () => {
    expect(byName.get('Mira Olsen')!.affiliations).toEqual(['Harbour Gazette']);
    expect(byName.get('Lena Hart')!.affiliations).toEqual(['Channel Nine News']);
    expect(byName.get('Greta Lind')!.affiliations).toEqual(['Dockside University']);
  });

  it('a given name the tagger reads as a verb is still a name', () => {
    expect(byName.get('Aline Dumas')?.role).toBe('government-official');
  });
});
