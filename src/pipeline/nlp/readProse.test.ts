import { describe, expect, it } from 'vitest';
import { readProse } from './readProse';
import { tokenise } from './tokenise';

/** Each speaker's descriptors. */
function describe_(text: string): Record<string, string[]> {
  return Object.fromEntries(readProse(tokenise(text)).speakers.map((s) => [s.name, s.descriptors]));
}

/** Speakers as "name: quote | quote", each quote marked (r) when reported; unattributed quotes under "-". */
function read(text: string): Record<string, string[]> {
  const r = readProse(tokenise(text));
  const out: Record<string, string[]> = {};
  for (const s of r.speakers) out[s.name] = [];
  for (const q of r.quotes) {
    const who = q.speaker === null ? '-' : r.speakers[q.speaker]!.name;
    (out[who] ??= []).push(`${q.kind === 'reported' ? '(r) ' : ''}${text.slice(q.start, q.end)}`);
  }
  return out;
}

// Each row: a construction, a short article in our own words, and who says what.
describe('readProse: who speaks in running prose', () => {
  it.each<[string, string, Record<string, string[]>]>([
    [
      'two words neither of which is ordinary English are a name, though a dictionary lists them ("Berg", "Lind"); "Harbour Lights" is none',
      'Piet Berg said the pumps had failed twice. Tarja Lind told reporters the river had risen faster than ever. Harbour Lights said it would close early.',
      {
        'Piet Berg': ['(r) the pumps had failed twice.'],
        'Tarja Lind': ['(r) the river had risen faster than ever.'],
        '-': ['(r) it would close early.'],
      },
    ],
    [
      'a name between dashes after its post ("The mayor — X — said") is the subject',
      'The mayor — Pieter Wouters — said the town had opened three sports halls. The pumps — all four of them — failed.',
      { 'Pieter Wouters': ['(r) the town had opened three sports halls.'] },
    ],
    [
      'a clause, then a post in lower case and the name before the verb ("…, union leader Tom Hale said")',
      'The plan would cost jobs, union leader Tom Hale said. The bridge is safe, Harlow engineer Rob Kent told reporters. The deal is done, the union leader said.',
      {
        'Tom Hale': ['(r) The plan would cost jobs', '(r) The deal is done'],
        'Rob Kent': ['(r) The bridge is safe'],
      },
    ],
    [
      'initials before a surname name a person ("J. R. Ewing", "A.B. Tan", "Prof. J.R. Whitfield"); "U.S." is no initials',
      'J. R. Ewing said the wells would reopen. A.B. Tan said the ferry was late. Prof. J.R. Whitfield of the Harlow Grid Institute said the grid needed storage. U.S. Senator Ann Lo said the bill would pass.',
      {
        'J. R. Ewing': ['(r) the wells would reopen.'],
        'A.B. Tan': ['(r) the ferry was late.'],
        'J.R. Whitfield': ['(r) the grid needed storage.'],
        'Ann Lo': ['(r) the bill would pass.'],
      },
    ],
    [
      'conceding, retorting and estimating report a clause ("He conceded that …"); "conceded the match" reports nothing',
      'Olu Adebayo-Clarke spoke last. He conceded that the helpline "was simply not good enough." Tom Fox retorted that the rules were clear. Eva Ruiz estimated that 40 homes were lost. Ana Lo conceded the match.',
      {
        'Olu Adebayo-Clarke': ['was simply not good enough.'],
        'Tom Fox': ['(r) the rules were clear.'],
        'Eva Ruiz': ['(r) 40 homes were lost.'],
      },
    ],
    [
      'where it was said is not what was said ("told investors in his prepared remarks", "at the summit the fund was empty")',
      '"Yes," Tom Fox told investors in his prepared remarks. "No," Eva Ruiz said in her opening address. Ivo Kask told delegates at the summit the fund was empty. Mia Roe said at least 40 homes were flooded. At the hall, union leader Ole Dahl commented: "It is over."',
      {
        'Tom Fox': ['Yes'],
        'Eva Ruiz': ['No'],
        'Ivo Kask': ['(r) the fund was empty.'],
        'Mia Roe': ['(r) at least 40 homes were flooded.'],
        'Ole Dahl': ['It is over.'],
      },
    ],
    [
      'the body before a post is not the subject ("Dunmere boss Gareth Pryce was …", then "the Welshman told")',
      'Harwick beat Dunmere Town. Dunmere boss Gareth Pryce was less happy. "We had a clear penalty turned down," the Welshman told BBC Radio Dunmere.',
      { 'Gareth Pryce': ['We had a clear penalty turned down'] },
    ],
    [
      'a relative clause between the name and the verb, though its own verb reports ("X, who advised on the design, said")',
      'Maarten van der Berg, who advised on the design, said the plant would save energy. Ada Obi, who pleaded guilty in May, told the court she was sorry.',
      {
        'Maarten van der Berg': ['(r) the plant would save energy.'],
        'Ada Obi': ['(r) she was sorry.'],
      },
    ],
    [
      'a party–state tag between commas ("Sen. Dina Cole, D-Wash., the panel\'s chair, said"); no clause, no words said',
      "Lawmakers questioned the regulator. Sen. Dina Cole, D-Wash., the panel's chair, said the backlog was unacceptable. Rep. Tom Lee, R-S.C., told reporters the bill was dead. Sen. Ana Lo, D-N.Y., the ranking member, disagreed.",
      {
        'Dina Cole': ['(r) the backlog was unacceptable.'],
        'Tom Lee': ['(r) the bill was dead.'],
      },
    ],
    [
      'a body told is whom, however long its name ("told the Senate Harbour Committee that", "told the Nordic Council the …")',
      'Administrator Mia Roe told the Senate Harbour Committee that the agency had hired 300 inspectors. Ana Lo told the Nordic Council the vote was close. Eva Ruiz told the Senate Ana Lo was wrong.',
      {
        'Mia Roe': ['(r) the agency had hired 300 inspectors.'],
        'Ana Lo': ['(r) the vote was close.'],
        'Eva Ruiz': ['(r) Ana Lo was wrong.'],
      },
    ],
    [
      'an ordinary word as a surname after a given name, with a post before or a verb of speech after ("retired teacher Gloria Banks")',
      'Outside the court, one investor, retired teacher Gloria Banks, said she had lost her savings. Lars Fisher told reporters the nets were empty. Grace Church said it would open late.',
      {
        'Gloria Banks': ['(r) she had lost her savings.'],
        'Lars Fisher': ['(r) the nets were empty.'],
      },
    ],
    [
      'reported words end where the next speaker\'s clause begins, a post before the name ("…, while the deputy envoy, X, said")',
      'The envoy, Li Wen, called for an immediate ceasefire, while the deputy envoy, Dora Shell, said her country would pay more.',
      {
        'Li Wen': ['(r) an immediate ceasefire'],
        'Dora Shell': ['(r) her country would pay more.'],
      },
    ],
    [
      'a body or country after "from" is where the person comes from, and the verb follows it ("Ana Lo from the Harbour Trust said")',
      'Ana Lo from the Harbour Trust said the pier was unsafe. Tom Fox from Kenya said the talks were late.',
      {
        'Ana Lo': ['(r) the pier was unsafe.'],
        'Tom Fox': ['(r) the talks were late.'],
      },
    ],
    [
      'a surname joined to its particle is also called without it ("Omar el-Sakka", then "Sakka said")',
      'President Omar el-Sakka opened the summit. "Rebuilding must come with a political plan," Sakka said.',
      { 'Omar el-Sakka': ['Rebuilding must come with a political plan'] },
    ],
    [
      "names listed with a country's possessive each (\"Denmark's Lars Berg and Finland's Sakari Salo also spoke\")",
      "Denmark's Lars Berg and Finland's Sakari Salo also spoke.",
      { 'Lars Berg': [], 'Sakari Salo': [] },
    ],
    [
      'a participle\'s form inside a noun phrase reports nothing ("described the flood warning system"); before "that" it does',
      'Amina Otieno described the new flood warning system, which she said had reduced losses by a quarter. Eva Ruiz held a press conference warning that prices would rise.',
      {
        'Amina Otieno': ['(r) had reduced losses by a quarter.'],
        'Eva Ruiz': ['(r) prices would rise.'],
      },
    ],
    [
      'an office that lists of given names also hold is the office before a surname ("Mayor Lindgren"); "John Major" keeps his',
      'Under the leadership of Mayor Kristin Lindgren, mayors met in Lund. Of the talks, Mayor Lindgren said, "We had an open conversation." John Major said the deal was fair.',
      {
        'Kristin Lindgren': ['We had an open conversation.'],
        'John Major': ['(r) the deal was fair.'],
      },
    ],
    [
      'after the quotation it reports, a bare "said" reports nothing more unless a clause follows ("said in the message, read by …")',
      'The bishop spoke on Sunday. "There can be no peace without freedom," the bishop Tomas Kerr said in the message, read by an aide. "We are ready," Ana Lo said on Monday the plant would open.',
      {
        'Tomas Kerr': ['There can be no peace without freedom'],
        'Ana Lo': ['We are ready', '(r) the plant would open.'],
      },
    ],
    [
      'a verb that needs a clause takes one without "that" when it has its own subject and verb ("admitted his side had made …")',
      'Coach Dan Cortes admitted his side had made too many mistakes. Eva Ruiz praised the workers who had stayed. Tom Fox invited the mayor to open the new hall.',
      { 'Dan Cortes': ['(r) his side had made too many mistakes.'] },
    ],
    [
      'after "said that" a clause, though the tagger reads its verb as a noun ("illegal fishing cost/NOUN …", "the regime fears/NOUN …")',
      'Dr. Kofi Mensah spoke last. In his keynote address, Mensah said that illegal fishing cost economies a lot. Ama Osei said that the regime fears the truth more than anything.',
      {
        'Kofi Mensah': ['(r) illegal fishing cost economies a lot.'],
        'Ama Osei': ['(r) the regime fears the truth more than anything.'],
      },
    ],
    [
      'a session\'s list of speakers, past a participle phrase between commas ("The closing session, moderated by X, included A and B")',
      "The closing session, moderated by Eva Ruiz, included Ghana's fisheries minister, Kofi Addo, and Dr. Lena Berg. The session included a vote.",
      { 'Kofi Addo': [], 'Lena Berg': [], 'Eva Ruiz': [] },
    ],
    [
      'letters after a name ("Helen Achebe KC told", "Ana Lo MP said") are no part of it',
      'Prosecutor Helen Achebe KC told the jury that the firm had dumped solvents. Ana Lo MP said the vote was close.',
      {
        'Helen Achebe': ['(r) the firm had dumped solvents.'],
        'Ana Lo': ['(r) the vote was close.'],
      },
    ],
    [
      "a pronoun after a person named only by a common noun is theirs, not the last named man's",
      'Defence barrister Simon Garrow argued that the readings were wrong. The company\'s former plant manager, now 64, gave evidence by video link. He said he had warned his superiors in 2019. "Nobody listened to a single word," he told the court.',
      {
        'Simon Garrow': ['(r) the readings were wrong.'],
        '-': ['Nobody listened to a single word'],
      },
    ],
    [
      'a body\'s name inside a lower-case "of" phrase before the verb ("of the campaign group Save the Tarn said")',
      'Outside the court, Marion Tull of the campaign group Save the Tarn said villagers had waited years.',
      { 'Marion Tull': ['(r) villagers had waited years.'] },
    ],
    [
      'a relative clause after a name heard from reports nothing before it ("…, Blade Nzimande, who promised funding")',
      'Delegates also heard from the science minister, Themba Dube, who promised continued funding.',
      { 'Themba Dube': [] },
    ],
    [
      'a pronoun and a verb after "told reporters" or "said" are what was said, not a participle describing a noun',
      'Ana Lo told reporters she expected cuts. Tom Fox said many wanted changes. Ana Lo said in Geneva she wanted peace.',
      {
        'Ana Lo': ['(r) she expected cuts.', '(r) she wanted peace.'],
        'Tom Fox': ['(r) many wanted changes.'],
      },
    ],
    [
      '"the chairman" named before, or "a spokesman" for a "she", leaves the pronoun to the named person; "a delegate" does not',
      'Tom Fox was re-elected chairman of the board. The chairman, speaking after the vote, thanked members. He said the fund was healthy. Ana Lo spoke next. A spokesman, asked about the delay, declined to comment. "We are working on it every day," she said. A delegate, angry at the delay, walked out. "This is a farce and a disgrace," he told reporters.',
      {
        'Tom Fox': ['(r) the fund was healthy.'],
        'Ana Lo': ['We are working on it every day'],
        '-': ['This is a farce and a disgrace'],
      },
    ],
    [
      'a title word as a surname after a given name ("Dana Priest", "Mark Boss"); "the lawyer of" a person names them',
      'Dana Priest said the files were authentic. Mark Boss, the club treasurer, said the accounts were in order. The lawyer of Nurlan Abenov confirmed the visit. Abenov said the talks were useful.',
      {
        'Dana Priest': ['(r) the files were authentic.'],
        'Mark Boss': ['(r) the accounts were in order.'],
        'Nurlan Abenov': ['(r) the talks were useful.'],
      },
    ],
    [
      'two rare words the text calls "it" are a body ("Boko Haram said it …"); a post after an article before the name',
      'Boko Haram said it had carried out the attack. The plan would cost jobs, the union leader Tom Hale said.',
      { '-': ['(r) it had carried out the attack.'], 'Tom Hale': ['(r) The plan would cost jobs'] },
    ],
    [
      'a roundtable that "brought together" its speakers, and a lecture or a talk "by" a speaker',
      'A roundtable on "Memory and the Strike" brought together Siobhan MacLeod, the novelist Graham Pryor and the trade unionist Denise Holloway. The day closed with a lecture by Professor Anwen Rhys.',
      {
        // (a session's title in quotation marks is kept as words no one is named for)
        '-': ['Memory and the Strike'],
        'Siobhan MacLeod': [],
        'Graham Pryor': [],
        'Denise Holloway': [],
        'Anwen Rhys': [],
      },
    ],
    [
      'a past tense the tagger reads as a noun still makes a clause ("passengers deserved/NOUN clearer rules")',
      "Consumer group Vista's spokeswoman Ana Ribeiro said passengers deserved clearer refund rules.",
      { 'Ana Ribeiro': ['(r) passengers deserved clearer refund rules.'] },
    ],
    [
      'a possessive post between the quote and the name; a relative clause with "who" marks a person',
      '"We will appeal the ruling," its spokesperson, Liv Tandberg, told reporters. "The port is full," said Pernille Dahl, who heads a port authority.',
      { 'Liv Tandberg': ['We will appeal the ruling'], 'Pernille Dahl': ['The port is full'] },
    ],
    [
      'closing or co-chairing a meeting is a speaking role ("was closed by", "co-chaired by")',
      "The session was closed by Dean Miriam Achterberg, who thanked the volunteers. The road was closed by the police. The talks were co-chaired by Germany's Jana Morgen.",
      { 'Miriam Achterberg': [], 'Jana Morgen': [] },
    ],
    [
      'a time with a possessive opens the reported clause ("next year\'s edition"); without one it is skipped',
      "Festival director Noor Haddad announced that next year's edition would move to the harbour. Her deputy, Ilse Brandt, said today's crowd was the largest yet. Haddad said on Sunday the tickets had sold out.",
      {
        'Noor Haddad': ["(r) next year's edition would move to the harbour.", '(r) the tickets had sold out.'],
        'Ilse Brandt': ["(r) today's crowd was the largest yet."],
      },
    ],
    [
      'a question at a hearing too short to quote ("pressed him on the delays") still makes its asker a speaker',
      'The regulator, Ruth Abara, spoke first. Councillor Owen Tate pressed her on the delays, and Mia Roe quizzed them about fares. Abara pressed the button.',
      { 'Ruth Abara': [], 'Owen Tate': [], 'Mia Roe': [] },
    ],
    [
      'a call or a warning reports even a word or two ("called for calm", "urged delegates to act"); "testified first", "spoke on Tuesday" and "wrote about it" do not',
      'Marit Solberg thanked the organisers and called for calm. Kwame Asare urged delegates to act. Tove Lind warned of floods. Ravi Menon testified first. Ada Obi spoke on Tuesday. Ivo Kask wrote about it.',
      {
        'Marit Solberg': ['(r) calm.'],
        'Kwame Asare': ['(r) to act.'],
        'Tove Lind': ['(r) floods.'],
        'Ada Obi': [],
      },
    ],
    [
      'an apposition between dashes stands between the subject and its verb',
      'Ines Falk — a retired ferry captain — said the harbour was too shallow. Otto Brandt - the port engineer - added that dredging would start soon.',
      {
        'Ines Falk': ['(r) the harbour was too shallow.'],
        'Otto Brandt': ['(r) dredging would start soon.'],
      },
    ],
    [
      'a given name that is also a demonym\'s noun ("Dane") opens a name',
      'Dane Coles said the team was ready.',
      { 'Dane Coles': ['(r) the team was ready.'] },
    ],
    [
      'leading prayers or giving sermons is a speaking role (plural objects of an event verb)',
      'Families gathered at the harbour. Father Ivo Marek led prayers for the crew, and Rabbi Dana Ehrlich gave sermons at both services.',
      { 'Ivo Marek': [], 'Dana Ehrlich': [] },
    ],
    [
      'given names joined by a hyphen before a surname that is also an English word ("Jean-Marc Roux")',
      '"We are working at a loss," said Jean-Marc Roux, who grows oats near Lyon.',
      { 'Jean-Marc Roux': ['We are working at a loss'] },
    ],
    [
      'a nationality after "the" names the subject of an earlier sentence, not a person named inside its own',
      'Coach Lena Varga spoke after the match. Asked about the injury to striker Tom Ashby, the Hungarian said he would miss a month. "We were unlucky," the Hungarian added.',
      { 'Lena Varga': ['(r) he would miss a month.', 'We were unlucky'] },
    ],
    [
      'a given name the tagger reads as a verb ("Rose"), after the comma of an apposition',
      'The region\'s health secretary, Rose Kiptoo, opened the clinic. "We hear you," she said.',
      { 'Rose Kiptoo': ['We hear you'] },
    ],
    [
      'a name inside a phrase opening the sentence is no subject of the verb after it, nor one of a list',
      'Under questioning from Senator Ana Lo, Tom Reyes admitted that the agency had lost the files. In Paris, Eva Marsh and Tom Fox said the talks had failed.',
      {
        'Tom Reyes': ['(r) the agency had lost the files.'],
        'Eva Marsh': ['(r) the talks had failed.'],
        'Tom Fox': ['(r) the talks had failed.'],
      },
    ],
    [
      'a verb of questioning with the question right after it reports the question; with a person only, nothing',
      'Rep. Nora Quist questioned whether the grants had reached any farms. Rep. Tom Fox questioned the witness at length.',
      { 'Nora Quist': ['(r) whether the grants had reached any farms.'] },
    ],
    [
      'a name alone after a possessive and a noun of kinship is a person, and the same name later means them',
      'Tom Reyes arrived with his wife, Priyamvada. "We are proud of him," Priyamvada said. Ana Lo\'s son Mateo told reporters that his mother was innocent.',
      { Priyamvada: ['We are proud of him'], Mateo: ['(r) his mother was innocent.'] },
    ],
    [
      'after "said," a phrase with no finite verb tells how it was said; an aside before "that" is no part of what',
      'Ana Lo won the prize. "They trusted us," she said, her voice breaking. Tom Fox said, however, that the jury was split. Eva Marsh said, smiling, that she was happy.',
      {
        'Ana Lo': ['They trusted us'],
        'Tom Fox': ['(r) the jury was split.'],
        'Eva Marsh': ['(r) she was happy.'],
      },
    ],
    [
      '"the <title>, <name>," introduces the name: it is not an earlier person with that title',
      '"We failed," said Malta\'s ambassador, Vera Galea. The US deputy ambassador, Tom Wood, said his country could not support the text.',
      { 'Vera Galea': ['We failed'], 'Tom Wood': ['(r) his country could not support the text.'] },
    ],
    [
      'whom a verb of telling names ends at a comma; a relative clause after it is no report',
      '"Four more years," Ana Lo told the cheering crowd, promising to cut taxes. Eva Marsh told the waiting reporters, who had stood for hours, nothing.',
      { 'Ana Lo': ['Four more years', '(r) promising to cut taxes.'] },
    ],
    [
      'whom a verb of telling names is no part of what was told when a clause with its own subject follows',
      'The chief engineer, Oskar Lind, told councillors the line could open in 2027. Ana Lo told farmers she would fight the tax. Tom Fox told the board members the plan was sound.',
      {
        'Oskar Lind': ['(r) the line could open in 2027.'],
        'Ana Lo': ['(r) she would fight the tax.'],
        'Tom Fox': ['(r) the plan was sound.'],
      },
    ],
    [
      'the plural of a body\'s word is no name word ("Speakers of Regional Assemblies", "Chairs of City Councils")',
      '40 Speakers of Regional Assemblies attended the opening ceremony of the forum. Nine Chairs of City Councils attended the opening session of the forum. Ana Lo said the talks went well.',
      { 'Ana Lo': ['(r) the talks went well.'] },
    ],
    [
      'a regnal number is part of the name ("Pope Linus IX", "King Olaf III")',
      'Pope Linus IX addressed the synod on Monday. King Olaf III said the visit was an honour for his family.',
      { 'Linus IX': [], 'Olaf III': ['(r) the visit was an honour for his family.'] },
    ],
    [
      'a saint\'s name is a church or a place, never the speaker ("St. Peter\'s Basilica")',
      'Cardinal Ugo Serra arrived at St. Anne\'s Cathedral on Sunday. "We pray for peace," the 70-year-old prelate said.',
      { 'Ugo Serra': ['We pray for peace'] },
    ],
    [
      'a title word of the same group or role category names the person ("the pontiff", "the Kansas lawmaker")',
      'Pope Linus IX held a Mass on Sunday. The pontiff said that the poor came first. Senator Dora Quill of Ohio grilled the bankers. The Ohio lawmaker said the rules would change. Rita Obi, chief executive of the app Glimmer, apologised. The Glimmer chief said it was "reviewing the text".',
      {
        'Linus IX': ['(r) the poor came first.'],
        'Dora Quill': ['(r) the rules would change.'],
        'Rita Obi': ['reviewing the text'],
      },
    ],
    [
      'an age and a title after "the" name the person further back ("the 71-year-old pope said")',
      'Pope Linus IX arrived on Sunday.\n\nThousands waited in the rain.\n\n"Do not lose heart," the 80-year-old pope said.',
      { 'Linus IX': ['Do not lose heart'] },
    ],
    [
      'when it was said comes before what was said ("said on Monday he was open to talks")',
      'Farm minister Paul Vidal said on Monday he was open to talks. Ana Lo said yesterday that prices would fall. Tom Fox said last week the plant would close.',
      {
        'Paul Vidal': ['(r) he was open to talks.'],
        'Ana Lo': ['(r) prices would fall.'],
        'Tom Fox': ['(r) the plant would close.'],
      },
    ],
    [
      'a participle phrase before "X said" says how, not what ("Speaking from the balcony, the mayor said …")',
      'Mayor Ines Duarte spoke at noon. Speaking from the town hall balcony, Duarte said "thanks". Cutting the budget again is not an option, Duarte said.',
      { 'Ines Duarte': ['thanks', '(r) Cutting the budget again is not an option'] },
    ],
    [
      'a bracketed party tag between the name and the verb ("Sen. X (R-Ohio) said she would …")',
      "Sen. Ivy Marsh (R-Ohio) said she would table an amendment. The panel's chair, Sen. Ole Brandt (D-Minn.), said the vote was set for May.",
      { 'Ivy Marsh': ['(r) she would table an amendment.'], 'Ole Brandt': ['(r) the vote was set for May.'] },
    ],
    [
      'an "of" phrase after the name closes the apposition that opened before it ("the president, Prof. X of Y, said")',
      "In her opening address, the society's president, Professor Ilona Bakos of Eastport University, said one in three doctors felt exhausted. The minister, who met Tom Reyes of the Water Board, said the talks went well.",
      { 'Ilona Bakos': ['(r) one in three doctors felt exhausted.'] },
    ],
    [
      'a verb and object that speak together ("paid tribute to", "sounded the alarm") give the quote in the sentence',
      'The mayor, Ines Duarte, cut the ribbon and paid tribute to "the crews who built it in the rain". Council member Tom Fox sounded the alarm over "a bridge we cannot afford". Ana Lo handed out the "golden" medals.',
      {
        'Ines Duarte': ['the crews who built it in the rain'],
        'Tom Fox': ['a bridge we cannot afford'],
      },
    ],
    [
      '"his message", "her statement": a possessive pronoun before what carries the words; "said her group" reports "her group"',
      'Dr. Pekka Lind presented survey results. His message was blunt: "Without support, these papers will be gone." Ana Roe spoke next and said her group had closed four titles. Her statement added that funds were short. He praised her remarks.',
      {
        'Pekka Lind': ['Without support, these papers will be gone.'],
        'Ana Roe': ['(r) her group had closed four titles.', '(r) funds were short.'],
      },
    ],
    [
      '", adding that …" after a verb of speech is a report of its own, not part of the first',
      '"Fees keep rising," Ida Berg said, adding that her shop had closed. Tom Fox said the fair had grown, noting that stalls were full.',
      {
        'Ida Berg': ['Fees keep rising', '(r) her shop had closed.'],
        'Tom Fox': ['(r) the fair had grown', '(r) stalls were full.'],
      },
    ],
    [
      'a firm named like a person (the organisation table) is no speaker',
      'Goldman Sachs said wheat prices could rise. Morgan Stanley analyst Ida Berg said they would not.',
      { 'Ida Berg': ['(r) they would not.'] },
    ],
    [
      'an inverted sentence opened by a speaking participle names its speakers after "were"',
      'Also addressing the summit were Rosa Lind of the Lake Bank and Prof. Tariq Osei of the University of Eastport.',
      { 'Rosa Lind': [], 'Tariq Osei': [] },
    ],
    [
      'a list split by semicolons, with items before the first name and a relative clause inside',
      "Other speakers during the fair included two of the mayor's children; council member Ana Lo; Tom and Eva Roe, who run a bakery on Main Street; and Sam Kowal, a retired firefighter.",
      { 'Ana Lo': [], 'Tom Roe': [], 'Eva Roe': [], 'Sam Kowal': [] },
    ],
    [
      '"Those giving <occasion> are: A, B and C" names speakers; "Those making the trip" does not',
      'Those giving their closing statements are: Green Party nominee Ada Moss, Liberty Party nominee Tom Reyes, and Unity Party nominee Sam Kowal. Those making the trip were Ivo Lind and Eva Marsh.',
      { 'Ada Moss': [], 'Tom Reyes': [], 'Sam Kowal': [] },
    ],
    [
      'a given name that is also an English word, before a surname that is none',
      'The town hall, hosted by Savannah Okafor, ran for an hour.',
      { 'Savannah Okafor': [] },
    ],
    [
      '"declared" reports words only with a clause or a quotation, not with an object ("declared a state of emergency")',
      [
        'Governor Ana Lo declared a state of emergency on Monday.',
        'Mayor Tom Reyes declared that the bridge would reopen.',
      ].join('\n'),
      { 'Tom Reyes': ['(r) the bridge would reopen.'] },
    ],
    [
      'a quote, then a descriptor with "from" and the name between commas, then the verb',
      '“We will win,” the senator from Ohio, Jane Roe, told supporters. “Prices will fall,” the trade envoy from Chile, Ana Lo, said on Monday.',
      { 'Jane Roe': ['We will win'], 'Ana Lo': ['Prices will fall'] },
    ],
    [
      'a participle of telling reports what was told, past whom; telling someone to act reports no words',
      'Governor Rob Hale made a surprise appearance, telling attendees the state would cut red tape. Ida Berg stood up, telling the crew to wait.',
      { 'Rob Hale': ['(r) the state would cut red tape.'] },
    ],
    [
      'sending a message to the event is a speaking role; sending troops or a letter is not',
      'Premier Ana Lo and Senator Tom Berg sent video messages to the summit. General Ida Holm sent troops to the border. Mayor Ben Ode recorded a short greeting for the delegates. Eva Marsh sent a letter.',
      { 'Ana Lo': [], 'Tom Berg': [], 'Ben Ode': [] },
    ],
    [
      'addressing the marchers is a speaking role; addressing an issue is not',
      'Opposition MP Abdi Hassan Noor also addressed the marchers. The minister, Ruth Kiprop, addressed the issue of pay.',
      { 'Abdi Hassan Noor': [] },
    ],
    [
      'a named addressee of "told" is not what was said, up to a "that" a few words on',
      'Analyst Sofia Marquez told Reuters the price was fair. Lisa Marr told Wikinews after the event that the crowd was kind.',
      { 'Sofia Marquez': ['(r) the price was fair.'], 'Lisa Marr': ['(r) the crowd was kind.'] },
    ],
    [
      'two particles inside a name ("van der", "de la"); "she" is the coach, not the team before her',
      'Harbour United beat Lakeside Rovers on Thursday. Rovers coach Ilse van der Berg was less pleased. "The referee decided this match," she said. Pilar de la Cruz said the fans were loud.',
      { 'Ilse van der Berg': ['The referee decided this match'], 'Pilar de la Cruz': ['(r) the fans were loud.'] },
    ],
    [
      'commending or congratulating someone for or on something reports words; with no reason, it does not',
      'Ambassador Li Ming commended the organisers for a smooth meeting. Ana Lo congratulated the winners.',
      { 'Li Ming': ['(r) the organisers for a smooth meeting.'] },
    ],
    [
      'a team named by its last word as a modifier ("Rovers fans") is no person "she" can mean',
      'Ana Lo coaches the youth side. Her old club Lakeside Rovers lost again on Sunday, and Rovers fans booed. "We deserved better," she said.',
      { 'Ana Lo': ['We deserved better'] },
    ],
    [
      'the witnesses of a hearing are its speakers',
      'Witnesses also included retired nurse Sam Kowal, who described wading through water to reach a care home.',
      { 'Sam Kowal': [] },
    ],
    [
      'a body with a possessive inside it between the name and "said"',
      "Tom Reyes of Eastport's Water Board said the dam was safe.",
      { 'Tom Reyes': ['(r) the dam was safe.'] },
    ],
    [
      'a body of several words joined by "and" between the name and "said"',
      'Tom Reyes of the Bureau of Land and Water said the dam was safe.',
      { 'Tom Reyes': ['(r) the dam was safe.'] },
    ],
    [
      'a given name the tagger reads as a verb, after a lower-case title word',
      'Regional trade commissioner Aline Dumas announced that the forum would meet again in June.',
      { 'Aline Dumas': ['(r) the forum would meet again in June.'] },
    ],
    [
      'a given name the tagger reads as a verb, at the start of a sentence, before "said"',
      'Aline Dumas said that the forum would meet again in June.',
      { 'Aline Dumas': ['(r) the forum would meet again in June.'] },
    ],
    [
      'a given name the tagger reads as a verb, after a quotation, before "said"',
      '"We will meet again in June," Aline Dumas said.',
      { 'Aline Dumas': ['We will meet again in June'] },
    ],
    ['a verb at the start of a sentence begins no name', "Regarding Varga's plan, the board kept its counsel.", {}],
    [
      'a given name the tagger reads as a verb, after a preposition',
      'The delegates heard from Aline Dumas, who said the forum would meet again in June.',
      { 'Aline Dumas': ['(r) the forum would meet again in June.'] },
    ],
    [
      'attribution after the quote, "said" first, with a possessive title',
      '"We cannot wait another decade for the money," said Kenya\'s trade minister, Amina Odhiambo.',
      { 'Amina Odhiambo': ['We cannot wait another decade for the money'] },
    ],
    [
      'a bare surname shared by two people means the one the article calls by it most, not the one named most by first name',
      [
        'Former governor Tom Marsh opened the fair with his daughter Ella Marsh.',
        'Ella greeted the growers. Ella thanked the volunteers. Ella cut the ribbon.',
        'Tom Marsh toured the stalls in the afternoon.',
        '"The valley feeds the whole region," Marsh said.',
      ].join('\n'),
      { 'Tom Marsh': ['The valley feeds the whole region'] },
    ],
    [
      'attribution after the quote, name first',
      '"The harbour will reopen in spring after the repairs," Lars Vik said on Monday.',
      { 'Lars Vik': ['The harbour will reopen in spring after the repairs'] },
    ],
    [
      'attribution before the quote with a colon',
      'The mayor of the town, Petra Lindqvist, told the council: "Every street will have a bus stop by June."',
      { 'Petra Lindqvist': ['Every street will have a bus stop by June.'] },
    ],
    [
      '"according to" before a quote',
      'According to Tomás Ruiz, a historian at the city museum, "the old bridge was never meant for lorries."',
      { 'Tomás Ruiz': ['the old bridge was never meant for lorries.'] },
    ],
    [
      'reported speech: "told … that"',
      'Finance minister Grete Holm told reporters that the budget would be balanced next year.',
      { 'Grete Holm': ['(r) the budget would be balanced next year.'] },
    ],
    [
      'reported speech: "told <addressee> <place> that"',
      'Lena Hart told the strikers outside the depot gates that the talks had failed.',
      { 'Lena Hart': ['(r) the talks had failed.'] },
    ],
    [
      'a question reported after "asked <the noun> where"',
      'Pupil Noor Haddad, 15, asked the headmaster where the new library would go.',
      { 'Noor Haddad': ['(r) where the new library would go.'] },
    ],
    [
      'after "said", a noun phrase before a verb is the clause\'s subject, not an addressee',
      'Judge Ines Varga said the court would sit again in May.',
      { 'Ines Varga': ['(r) the court would sit again in May.'] },
    ],
    [
      'an addressee with a number in it ("the nine judges", "an audience of about 800 nurses")',
      'Counsel Pavel Hruby told the nine judges that the rule was fair. Rina Osei told an audience of about 800 nurses that their pay would rise.',
      { 'Pavel Hruby': ['(r) the rule was fair.'], 'Rina Osei': ['(r) their pay would rise.'] },
    ],
    [
      "a city's name as the surname after a given name is a person, and the pronoun after it is theirs",
      'Port authority head Dario Palermo welcomed the plan. The harbour, he said, would be dredged in May.',
      { 'Dario Palermo': ['(r) would be dredged in May.'] },
    ],
    [
      'a common word opening the sentence before a given name is no part of the name',
      'Shareholder Kari Lunde said she had voted against the board.',
      { 'Kari Lunde': ['(r) she had voted against the board.'] },
    ],
    [
      '"the <age>-year-old suspect" is someone unnamed; "the <age>-year-old striker, <name>," is the name',
      'Police spokesman Tom Hill said a man had been arrested. The 19-year-old suspect said he had acted alone. Coach Ivo Pahl named his squad. The 23-year-old striker, Ana Lo, said she was ready.',
      { 'Tom Hill': ['(r) a man had been arrested.'], 'Ana Lo': ['(r) she was ready.'] },
    ],
    [
      'a relative "who" after "asked the <noun>" opens no question; a capital\'s or a state\'s name after a given name is no surname',
      'Tom Hill asked the officer who had arrested him to apologise. Hertha Berlin said on Monday that the coach would stay.',
      {},
    ],
    [
      '"the <age>-year-old <noun>" as a subject is the person named last',
      'Trade minister Ivo Tanaka agreed. The 51-year-old former banker said duties on rice would fall.',
      { 'Ivo Tanaka': ['(r) duties on rice would fall.'] },
    ],
    [
      'a compound surname used alone is the person with that full name',
      'Regional minister Rosa Elena Marín Prieto said the clinic would open. Later, Marín Prieto said it would stay open at night.',
      { 'Rosa Elena Marín Prieto': ['(r) the clinic would open.', '(r) it would stay open at night.'] },
    ],
    [
      "a programme's role label before a colon names who has the role; a given name before a particle stays in the name",
      '10:30 – Panel on sea walls. Moderator: Ines Carvalho (Tidewater Institute). Keynote: "Living with water" – Prof. Jan de Wit, Harbour University.',
      { 'Ines Carvalho': [], 'Jan de Wit': [] },
    ],
    [
      'a word of time opening the sentence is no part of the name',
      'Yesterday Omar Bekele said the ferry was late. Today Lise Aune said it was on time.',
      { 'Omar Bekele': ['(r) the ferry was late.'], 'Lise Aune': ['(r) it was on time.'] },
    ],
    [
      'reported speech: "called for", "warned"',
      'Senator Paul Okafor called for an inquiry into the contracts. Dr. Mei Tan warned that hospitals were running out of beds.',
      { 'Paul Okafor': ['(r) an inquiry into the contracts.'], 'Mei Tan': ['(r) hospitals were running out of beds.'] },
    ],
    [
      'reported speech: "according to X," then the claim',
      'According to the club captain, Jonas Berg, the team had trained twice a day all week.',
      { 'Jonas Berg': ['(r) the team had trained twice a day all week.'] },
    ],
    [
      'pronoun after a full name, and a quote continuing in the next paragraph',
      'Ana Costa opened the fair on Friday.\n\n"This year we have twice as many stalls," she said.\n\n"Next year we want to fill the whole square."',
      { 'Ana Costa': ['This year we have twice as many stalls', 'Next year we want to fill the whole square.'] },
    ],
    [
      'a bare surname resolves to the full name',
      'The host, Bergen mayor Karl Johan Moe, welcomed the delegates.\n\n"We built this hall for meetings like this one," Moe said.',
      { 'Karl Johan Moe': ['We built this hall for meetings like this one'] },
    ],
    [
      'speaking roles: chaired by, speakers included',
      'The session was chaired by Ruth Amoah, director of the regional water board. Speakers included Ivan Petrov, Sara Lind and Omar Haddad.',
      { 'Ruth Amoah': [], 'Ivan Petrov': [], 'Sara Lind': [], 'Omar Haddad': [] },
    ],
    [
      'a speaker roll under a heading ending with a colon',
      'Speakers on the first evening are:\n• Sen. Clara Voss, D-Ore.\n• Mayor Ben Ortiz\n• Lena Park, a nurse from Ohio',
      { 'Clara Voss': [], 'Ben Ortiz': [], 'Lena Park': [] },
    ],
    [
      'said to be one of the speakers, in a relative clause or a sentence of its own; the Speaker of a house is a post',
      'Ada Mbeki, who was a keynote speaker at the forum, praised the organisers. Ana Tavares was among the panellists. Eva Lund will be the moderator on Friday. Mia Roth was the Speaker of the Assembly until 2019.',
      { 'Ada Mbeki': [], 'Ana Tavares': [], 'Eva Lund': [] },
    ],
    [
      'a given name written as capital initials after an honorific',
      'Dr KT Wong said the hall was full. Wong added that the roof leaked.',
      { 'KT Wong': ['(r) the hall was full.', '(r) the roof leaked.'] },
    ],
    [
      '"said she" followed by a clause reports that clause; the narration before it is no quote',
      'Janet Krol, a retired nurse, said she still could not open her windows. Prices will rise next year, said Ana Silva, who runs the research desk.',
      {
        'Janet Krol': ['(r) she still could not open her windows.'],
        'Ana Silva': ['(r) Prices will rise next year'],
      },
    ],
    [
      'an age before the apposition, and a relative clause inside it',
      'Mara Lutz, 61, a retired nurse whose house sits by the tracks, said the trains shook her walls.',
      { 'Mara Lutz': ['(r) the trains shook her walls.'] },
    ],
    [
      'names with letters beyond Latin-1, and given names beyond the English lists',
      'Piotr Kamiński, the mayor of Gdańsk, said the port would grow. Amina Yusuf said the talks had stalled. Harbour Lights said the show would go on.',
      {
        'Piotr Kamiński': ['(r) the port would grow.'],
        'Amina Yusuf': ['(r) the talks had stalled.'],
        '-': ['(r) the show would go on.'],
      },
    ],
    [
      'a verb of speech inside a name ("Said"), capitalised after a name word',
      '"The ruling protects every family here," said Nadia Said Okoro, a lawyer for the fishers. Ahmed Said told reporters that the port was closed.',
      {
        'Nadia Said Okoro': ['The ruling protects every family here'],
        'Ahmed Said': ['(r) the port was closed.'],
      },
    ],
    [
      'a roll under a line ending in a by-phrase, one "Name, Title of Country" per line',
      'Statements were delivered by:\nAna Ferreira, Minister of the Sea of Portugal\nLars Eriksen, State Secretary, Ministry of Foreign Affairs, Norway\nMei Tanaka, Ambassador of Japan to Malta\nFerreira said that the treaty would be ratified this year.',
      {
        'Ana Ferreira': ['(r) the treaty would be ratified this year.'],
        'Lars Eriksen': [],
        'Mei Tanaka': [],
      },
    ],
    [
      '"according to X, <apposition>." ends the sentence; a clause after an opening "according to X, the mayor," is no apposition',
      'Officials are treating the fire as arson, according to prosecutor Tom Rask, the district attorney. According to Ana Lo, the mayor, police were called at noon.',
      {
        'Tom Rask': ['(r) Officials are treating the fire as arson'],
        'Ana Lo': ['(r) police were called at noon.'],
      },
    ],
    [
      'a verb with an object of its own is no tail attribution; "said in a statement" is an occasion, not what was said',
      'The agency\'s regional director, Dr. Hans Berger, welcomed the deal. "This is what readiness looks like," he said in a statement. Prices will rise next year, Ana Silva told the crowd. Ivo Lund said in his speech on Friday.',
      {
        'Hans Berger': ['This is what readiness looks like'],
        'Ana Silva': ['(r) Prices will rise next year'],
        'Ivo Lund': [],
      },
    ],
    [
      'a couple sharing a surname in a roll: both speak, the first under the surname they share',
      'Speakers on the first evening are:\n• Mark and Ada Lindqvist, the bakers who fed the strikers\n• Mayor Ben Ortiz',
      { 'Mark Lindqvist': [], 'Ada Lindqvist': [], 'Ben Ortiz': [] },
    ],
    [
      'a couple as the subject of reported speech; a surname already met is no given name',
      'Jo Hollis chaired the hearing. Tom and Eva Brannock told the panel that the river had flooded twice. Hollis and Ana Ruiz said the report was late.',
      {
        'Jo Hollis': ['(r) the report was late.'],
        'Tom Brannock': ['(r) the river had flooded twice.'],
        'Eva Brannock': ['(r) the river had flooded twice.'],
        'Ana Ruiz': ['(r) the report was late.'],
      },
    ],
    [
      'a given name that is also a listed word ("Bill"), and a title word as a surname ("Major")',
      'Former senator Bill Ostrander said the vote count was wrong. Tom Major, a retired teacher, said that the school roof leaked every winter.',
      {
        'Bill Ostrander': ['(r) the vote count was wrong.'],
        'Tom Major': ['(r) the school roof leaked every winter.'],
      },
    ],
    [
      'initials inside a name',
      'Rosa A. T. Delgado, head of the choir, wrote "We sing for everyone who comes through the door."',
      { 'Rosa A. T. Delgado': ['We sing for everyone who comes through the door.'] },
    ],
    [
      'a web address inside the attribution does not end the sentence',
      'Harbour board chair Ida Lunde, in an interview with news.example.org, said, "The quay will be rebuilt by the autumn."',
      { 'Ida Lunde': ['The quay will be rebuilt by the autumn.'] },
    ],
    [
      'a quote inside a sentence with its own verb is not attributed from the next sentence; "X of the …" before the verb',
      'Ola Berg, head of the rowing club, called it "a very old complaint." Professor Ivo Lind of the city college asked whether the lake was ever measured.',
      { 'Ola Berg': ['a very old complaint.'], 'Ivo Lind': ['(r) whether the lake was ever measured.'] },
    ],
    [
      'a second quote in the sentence belongs to the subject before the first',
      'Nils Ek says the mill is a "fine building" that must "stay open to every visitor for years to come."',
      {
        'Nils Ek': [
          '(r) the mill is a "fine building" that must "stay open to every visitor for years to come."',
          'fine building',
          'stay open to every visitor for years to come.',
        ],
      },
    ],
    [
      'a lower-case descriptor between the quote and the name; the next quote goes on; "told" + addressee is no reported speech',
      'Previous Nordwind Ferry boats took longer. "We crossed in two hours, which felt very quick," harbour pilot Ivar Dahl told the Nordwind crew. "Next year the crossing will be faster still."',
      {
        'Ivar Dahl': ['We crossed in two hours, which felt very quick', 'Next year the crossing will be faster still.'],
      },
    ],
    [
      "reported words keep the sentence's closing marks",
      'Mayor Ada Holm argued that the bridge is a "waste of money." She said the town needs buses.',
      {
        'Ada Holm': ['(r) the bridge is a "waste of money."', 'waste of money.', '(r) the town needs buses.'],
      },
    ],
    [
      'a list of names as the subject of a verb of speech: each speaks',
      'Ana Ruiz of the Harbour Trust, union organiser Tomas Berg, and Lea Moss each argued that the port should stay public.',
      {
        'Ana Ruiz': ['(r) the port should stay public.'],
        'Tomas Berg': ['(r) the port should stay public.'],
        'Lea Moss': ['(r) the port should stay public.'],
      },
    ],
    [
      'a listed subject and a participle of speech ("signed a letter saying")',
      'Three former mayors, including Mark Dahl, Rita Kaur, and Sven Ek, signed a letter saying the budget was "a disgrace."',
      {
        'Mark Dahl': ['(r) the budget was "a disgrace."', 'a disgrace.'],
        'Rita Kaur': ['(r) the budget was "a disgrace."'],
        'Sven Ek': ['(r) the budget was "a disgrace."'],
      },
    ],
    [
      'speaking roles: questioners included, a listed subject that asked questions, moderated both debates',
      'Questioners included nurse Mary Hill and Tom Pike of the Harbour Trust. Later, Ann Lee of the River Group, teacher Paul Ross, and Hill each asked questions. Dr. Lisa Grant moderated both debates.',
      { 'Mary Hill': [], 'Tom Pike': [], 'Ann Lee': [], 'Paul Ross': [], 'Lisa Grant': [] },
    ],
    [
      '"according to the <place> mayor, X": the name before the title is not the person',
      'According to the Harbourtown mayor, Sam Ode, the bridge will close for a month.',
      { 'Sam Ode': ['(r) the bridge will close for a month.'] },
    ],
    [
      'a listed subject whose apposition names a body that looks like a name',
      'Later, Ann Lee of the Society of Sean Kerry Admirers, teacher Paul Ross, and Rita Kaur each asked questions.',
      { 'Ann Lee': [], 'Paul Ross': [], 'Rita Kaur': [] },
    ],
    [
      'speaking roles: "heard from" a list with appositions, a listed subject that "will introduce the discussion", a place word as a surname',
      'The audience heard from Rita Kaur, head of the port authority, and Mark Dahl. Later, Ann Lee, the city planner, and Paul Ross will introduce the discussion. Rep. Tim Jordan, a Democrat, opened the hearing.',
      { 'Rita Kaur': [], 'Mark Dahl': [], 'Ann Lee': [], 'Paul Ross': [], 'Tim Jordan': [] },
    ],
    [
      'a surname with its particle ("La Riva") is the full name\'s',
      'Socialist candidate Gloria La Riva spoke first. La Riva argued that rents should be cancelled.',
      { 'Gloria La Riva': ['(r) rents should be cancelled.'] },
    ],
    [
      'a verb that judges its object in words ("described … as", "accused … of"); not in the passive',
      'Mayor Ada Holm described the new bridge as "a waste of public money." Councillor Tom Berg accused the mayor of ignoring the traffic studies. The plan was described as bold by Lena Park.',
      {
        'Ada Holm': ['(r) the new bridge as "a waste of public money."', 'a waste of public money.'],
        'Tom Berg': ['(r) the mayor of ignoring the traffic studies.'],
      },
    ],
    [
      'a possessive name before the subject is not the subject',
      "Ann Lee's former business partner Tom Pike held a press conference claiming the mayor knew about the deal.",
      { 'Tom Pike': ['(r) the mayor knew about the deal.'] },
    ],
    [
      'a quote whose speaker is not named is kept, unattributed',
      'Protesters chanted outside. "We will be back every week until the factory closes," one banner read.',
      { '-': ['We will be back every week until the factory closes'] },
    ],
    [
      'a plural of speakers, a comma, then the list; a name in no given-name list listed beside one that is',
      'The forum hosts three panellists, Ann Brook, Kofi Mensah and Lea Varga, for a debate on housing.',
      { 'Ann Brook': [], 'Kofi Mensah': [], 'Lea Varga': [] },
    ],
    [
      'someone who stands in for another at the event',
      'The regional governor was represented by her deputy, Hon. Samuel Okoro.',
      { 'Samuel Okoro': [] },
    ],
    [
      'the list after a dash when the words after "speeches of" name no one',
      'The morning featured the speeches of three leaders – Council President Ana Ruiz, Commission President Tom Pike, and Group Chairman Ivo Berg – as well as party leaders.',
      { 'Ana Ruiz': [], 'Tom Pike': [], 'Ivo Berg': [] },
    ],
    [
      'a list whose items carry capitalised appositions, separated by semicolons, with "as well as"',
      'The audience heard from H.E Salem Rashid Al Kaabi, Director General, Department of Ports and Shipping; H.E Omar Bin Nasser Al Kaabi, Minister of Trade, as well as Dr Ravi Kumar, the acting IT minister.',
      { 'Salem Rashid Al Kaabi': [], 'Omar Bin Nasser Al Kaabi': [], 'Ravi Kumar': [] },
    ],
    [
      'a name after "of" in a list item is not another item',
      'Questioners included teacher Ann Brook, Tom Pike of the River Fund, and the father of student Lea Varga.',
      { 'Ann Brook': [], 'Tom Pike': [] },
    ],
    [
      'a particle of an Arabic name is no given name that starts it; the short form is the same person',
      'The fair was opened by Sheikh Hamad bin Khalid Al Nuaimi, Vice President of the Union. Sheikh Hamad bin Khalid noted that growth was strong.',
      { 'Hamad bin Khalid Al Nuaimi': ['(r) growth was strong.'] },
    ],
    [
      'a subject list whose names carry capitalised title appositions',
      'H.E. Sofia Brandt, Ambassador to Chile, and Hanna Moll, Press Counsellor, will introduce the discussion.',
      { 'Sofia Brandt': [], 'Hanna Moll': [] },
    ],
    [
      'a short tag in brackets inside a list',
      'The meeting featured remarks from Attorney Ben Cole and Lakeport (CA) Mayor Karen Hill-Watts, who chairs the panel.',
      { 'Ben Cole': [], 'Karen Hill-Watts': [] },
    ],
    [
      'where or how it was said, before "that", is no part of what was said',
      'Labour Minister Jorge Ibañez said in a statement that the bill would reach the chamber next month.',
      { 'Jorge Ibañez': ['(r) the bill would reach the chamber next month.'] },
    ],
    [
      'whom a spokesperson speaks for is not the speaker; the words are kept, unattributed',
      'A spokesperson for Harbour Transit said the agency would "review all feedback carefully" before the vote.',
      { '-': ['review all feedback carefully'] },
    ],
    [
      'an organisation is not a person, even when it "said"',
      '"Prices will rise again before the winter," the Northern Times said in an editorial.',
      { '-': ['Prices will rise again before the winter'] },
    ],
    [
      'the author of a signed statement speaks; a title glued after the name (no comma) ends it',
      'In a statement signed by Dr. Wale Adeyemi Chairman/CEO, Coastal Traders Forum, the group thanked the state government.',
      { 'Wale Adeyemi': [] },
    ],
    [
      "a name before an organisation word is part of the body's name, not a person with a title",
      'He criticised her conduct during the Rosa Varga Supreme Court confirmation hearing.',
      {},
    ],
    [
      'a quote introduced by a listed subject: every name in the list speaks, a body named beside one does not',
      'Former envoys Nadia Ferro, Piet Janssen and Ruth Okafor signed a statement saying the treaty "must be honoured". According to Ferro, the Summit shows "what talks can do".',
      {
        'Nadia Ferro': ['must be honoured', '(r) the Summit shows "what talks can do".', 'what talks can do'],
        'Piet Janssen': [],
        'Ruth Okafor': [],
      },
    ],
    [
      'a speaking role after a long title: an outlet, a place and a post before the name, a capitalised word tagged as a verb among them',
      'The first debate was moderated by Daily Clarion Paris bureau chief Nora Quinn. The second was moderated by Evening Herald Senior Correspondent Tom Hale.',
      { 'Nora Quinn': [], 'Tom Hale': [] },
    ],
    [
      'reported speech of two people in one sentence: the first clause ends at ", while B argued"',
      'Ines Varga called for a ban on night flights, while Tom Reid argued that airlines needed clear rules.',
      {
        'Ines Varga': ['(r) a ban on night flights'],
        'Tom Reid': ['(r) airlines needed clear rules.'],
      },
    ],
    [
      'a quote closed by ", and": the next clause has its own speaker',
      'Union organiser Rosa Patel described the offer as "an insult to every nurse", and Omar Haddad of the Harbour Health Trust said the talks would resume.',
      {
        'Rosa Patel': ['(r) the offer as "an insult to every nurse', 'an insult to every nurse'],
        'Omar Haddad': ['(r) the talks would resume.'],
      },
    ],
    [
      'a question at a hearing: "asked about" reports what was asked',
      'At the hearing, Rep. Dana Pruitt asked about the cost of the new signals.',
      { 'Dana Pruitt': ['(r) the cost of the new signals.'] },
    ],
    [
      'a question at a hearing: "pressed <person> on" reports what was asked; pressing a button is no speech',
      'Ravi Menon testified first. Rep. Lisa Grant pressed Menon on the repairs that were delayed last winter. A clerk, Tom Hale, pressed the button and the doors opened.',
      { 'Lisa Grant': ['(r) the repairs that were delayed last winter.'] },
    ],
    [
      'a place named before the speaker is no subject with an apposition; a clause of time after "told the crowd" is no speech',
      'Speaking from a stage in Place Royale, union secretary Ana Ruiz said that "every shift must have a break." "We will return next month," Ruiz told the crowd as the march ended.',
      { 'Ana Ruiz': ['every shift must have a break.', 'We will return next month'] },
    ],
    [
      'speaking roles: "also speaking was/were" before one name or a list',
      'The forum opened late. Also speaking was Dr. Amara Sow of the Delta Climate Network. Also speaking were Tom Reid and Ana Ruiz, a water engineer.',
      { 'Amara Sow': [], 'Tom Reid': [], 'Ana Ruiz': [] },
    ],
    [
      'a square named after the speaker ("at the Piazza Verdi") is no person a later "he" can mean',
      'Union chief Marco Bellini spoke from a van at the Piazza Verdi. He accused the ministry of delaying the talks.',
      { 'Marco Bellini': ['(r) the ministry of delaying the talks.'] },
    ],
    [
      "a long descriptor between the quote and the name; a quote closing its sentence is not the next sentence subject's",
      '"Roads come before rails," the Lakeside Transit Authority\'s director for planning, Dr. Imke Vos, said on Monday. Tom Reyes said, "The budget is fixed." After the vote, board member Ana Lo said, "We start in May."',
      {
        'Imke Vos': ['Roads come before rails'],
        'Tom Reyes': ['The budget is fixed.'],
        'Ana Lo': ['We start in May.'],
      },
    ],
    [
      'the body after "of the" is no co-subject of "spoke"; a title with "of" before the name is no preposition',
      'Rabbi Ephraim Katz of the United Hebrew Congregations spoke first. From Lima, Secretary of Labour Rosa Quispe spoke next.',
      { 'Ephraim Katz': [], 'Rosa Quispe': [] },
    ],
    [
      'a relative clause after the name gives the speaking role: "X, who read a message of support"',
      "Also present was the bishop's envoy, Father Tomasz Nowicki, who read a message of support.",
      { 'Tomasz Nowicki': [] },
    ],
    [
      "a spokesperson for a named person speaks for them: the words are not that person's, nor is the post",
      'A spokesman for Prime Minister Ida Berg said the budget would pass. Ida Berg said on Friday that talks would resume.',
      { 'Ida Berg': ['(r) talks would resume.'] },
    ],
    [
      'a bare verb of saying with no clause after it ("said to a standing ovation") reports nothing',
      'Party leader Edith Marlow spoke last. "We will build the homes," Marlow said to a standing ovation.',
      { 'Edith Marlow': ['We will build the homes'] },
    ],
    [
      '"asked <person> whether …": past the person asked to the question; a council title is no given name',
      'Councilmember Rosa Imbert asked Tom Reyes whether the depot would close. Ana Lo asked him why the trucks idled.',
      {
        'Rosa Imbert': ['(r) whether the depot would close.'],
        'Ana Lo': ['(r) why the trucks idled.'],
      },
    ],
    [
      'a pronoun opening a sentence after one opened by the same pronoun keeps its person, not the object between',
      'Chidi Okonkwo spoke first at the forum. He met Governor Ade Bello before the session. He said the region needed new roads.',
      {
        'Chidi Okonkwo': ['(r) the region needed new roads.'],
      },
    ],
    [
      "a pronoun opening a sentence continues the previous sentence's subject, not its object nor a possessor",
      "Chidi Okonkwo welcomed Governor Ade Bello to the forum. He said the region needed new roads. Ade Bello's deputy Emeka Obi greeted Musa Lawal. He said the budget was ready.",
      {
        'Chidi Okonkwo': ['(r) the region needed new roads.'],
        'Emeka Obi': ['(r) the budget was ready.'],
      },
    ],
    [
      'a news outlet named beside a speaker is no speaker ("an interview with Harbour Wire")',
      'In an interview with Harbour Wire after the panel, Ana Lo said regulators were learning.',
      { 'Ana Lo': ['(r) regulators were learning.'] },
    ],
    [
      'a country\'s name that is also a given name, before a surname ("Jordan Ellis"); "Jordan Valley" stays a place',
      'Captain Jordan Ellis, who scored the equaliser, said the dressing room was hurting. Jordan Valley farmers said the rain was late.',
      { 'Jordan Ellis': ['(r) the dressing room was hurting.'] },
    ],
    [
      'a portfolio after a post\'s "for" is no person in a list ("Minister for Trade Affairs, Ana Lo")',
      "The launch featured remarks from Eastland's Federal Minister for Trade Affairs, Ana Lo, and Dr. Tom Reyes.",
      { 'Ana Lo': [], 'Tom Reyes': [] },
    ],
    [
      "a clause after the verb at a sentence's end is what was said, not the words before the comma",
      'Asked by reporters about the fares, the mayor, Ana Lo, said they would fall.',
      { 'Ana Lo': ['(r) they would fall.'] },
    ],
  ])('%s', (_, text, expected) => expect(read(text)).toEqual(expected));
});

describe('readProse: what the prose says of its speakers', () => {
  it.each<[string, string, Record<string, string[]>]>([
    [
      "a nationality and an occupation before the name, at the sentence's start or after an opening phrase",
      'In a session on dark energy, Chilean cosmologist Rodrigo Fuentes said the data were hard to ignore. Ghanaian sculptor Ama Owusu said the hall was too dark.',
      { 'Rodrigo Fuentes': ['Chilean cosmologist'], 'Ama Owusu': ['Ghanaian sculptor'] },
    ],
    [
      'a country or a body after "of" between commas',
      'Tariq Mansoor, of Pakistan, told the meeting that the dam was safe. Ana Lo, of the Harbour Trust, said the port was full.',
      { 'Tariq Mansoor': ['of Pakistan'], 'Ana Lo': ['of the Harbour Trust'] },
    ],
    [
      'letters after a name and a place phrase opening the sentence',
      'Prosecutor Helen Achebe KC told the jury that the firm had dumped solvents. Outside the court, Marion Tull of the group Save the Tarn said villagers had waited years.',
      { 'Helen Achebe': ['Prosecutor', 'KC'], 'Marion Tull': ['of the group Save the Tarn'] },
    ],
    [
      'a portfolio of two words after a post\'s "of" is no person ("Minister of Water Resources, X,")',
      "Opening the forum, Kazakhstan's Minister of Water Resources, Nurlan Abenov, told delegates that the canals leaked.",
      { 'Nurlan Abenov': ["Kazakhstan's Minister of Water Resources"] },
    ],
    [
      "a roll's entry with no title: its body and country; an adviser's post",
      'Panellists were:\n- Prof. Rustam Karimov, Samarkand Institute of Irrigation, Uzbekistan\n- Jens Albrecht, Senior Adviser, Agency for Rural Water',
      {
        'Rustam Karimov': ['Prof.', 'Samarkand Institute of Irrigation', 'Uzbekistan'],
        'Jens Albrecht': ['Senior Adviser', 'Agency for Rural Water'],
      },
    ],
    [
      'a post before a name between dashes',
      'The mayor — Pieter Wouters — said the town had opened three sports halls.',
      { 'Pieter Wouters': ['mayor'] },
    ],
    [
      "whom one speaker of a list represents is not the next one's",
      'Speakers included Tom Berg on behalf of the Dock Union, Ana Lo of the Port Authority and Mia Roe.',
      { 'Tom Berg': ['on behalf of Dock Union'], 'Ana Lo': ['of the Port Authority'], 'Mia Roe': [] },
    ],
    [
      'a relative clause stating a post in a body named by common words',
      'Nandi Ncube, who chairs the regional water committee, said the wells were dry. Sami Laine, who runs the family bakery, said rents were high.',
      { 'Nandi Ncube': ['chair of the regional water committee'], 'Sami Laine': [] },
    ],
    [
      '"those who spoke" heads a list of speakers; the next item of the list is no apposition of the one before',
      'Those who spoke included the port director, Lina Berg, and the fire chief, Dan Kowal.',
      { 'Lina Berg': ['port director'], 'Dan Kowal': ['fire chief'] },
    ],
    [
      'whom a speaker represents, in an opening phrase before the name',
      'Speaking on behalf of the Fenland Growers Union, Petra Voss said the levy was unfair.',
      { 'Petra Voss': ['on behalf of Fenland Growers Union'] },
    ],
    [
      'an apposition between dashes',
      'Ines Falk — a retired ferry captain — said the harbour was too shallow.',
      { 'Ines Falk': ['retired ferry captain'] },
    ],
    [
      'lower-case modifiers right before a capitalised title belong to it ("the former Prime Minister", "state Sen.")',
      'The former Prime Minister Ana Lo said the vote was close. Her challenger, state Sen. Gary Roe, said he would win.',
      { 'Ana Lo': ['former Prime Minister'], 'Gary Roe': ['state Sen.'] },
    ],
    [
      'an honorific alone before the name does not take the occupation before it ("climate scientist Dr. X")',
      'The speakers included climate scientist Dr. Tom Reyes.',
      { 'Tom Reyes': ['Dr.', 'climate scientist'] },
    ],
    [
      'the kind of a body and its name inside the post before the name ("head of the pension fund Nordkap, X")',
      'The head of the pension fund Nordkap, Henrik Sæther, said the vote was a clear warning.',
      { 'Henrik Sæther': ['head of the pension fund Nordkap'] },
    ],
    [
      'a participle phrase after the name is no title ("X, briefing reporters later, said"); "managing director" is one',
      'Chief Justice Ana Mora, briefing reporters afterwards, said the court was calm. Tom Reyes, managing director of Lakeside Bank, said rates would rise.',
      { 'Ana Mora': ['Chief Justice'], 'Tom Reyes': ['managing director of Lakeside Bank'] },
    ],
    [
      'the object of a participle opening the sentence is no title, however far from the name',
      'Responding to a question from a reporter, Tom Reyes said the plan was dead.',
      { 'Tom Reyes': [] },
    ],
    [
      'an honorific after a post is a descriptor of its own ("Foreign Minister Dr. Ana Lo")',
      'Foreign Minister Dr. Ana Lo said the talks went well.',
      { 'Ana Lo': ['Foreign Minister', 'Dr.'] },
    ],
    [
      'an "of" phrase ends before "and" and a possessive that opens the next person of a list',
      "The panel featured Dr. Ivo Lind of the Lake Bank and Norway's health minister, Eva Dahl. Lind said rates would fall.",
      { 'Ivo Lind': ['Dr.', 'of the Lake Bank'], 'Eva Dahl': ["Norway's health minister"] },
    ],
    [
      'a nationality that names the speaker is one of their descriptors ("the German said")',
      'Helga Brandt, the visiting coach, praised her players. "We did the simple things well," the German said.',
      { 'Helga Brandt': ['visiting coach', 'German'] },
    ],
    [
      'past an age, to an apposition that a relative clause ends',
      'Mara Lutz, 61, a retired nurse whose house sits by the tracks, said the trains shook her walls.',
      { 'Mara Lutz': ['retired nurse'] },
    ],
    [
      'a scientist at a university and a company officer, as written',
      'The session, moderated by Petra Holm of Lakeside University, heard from Jonas Falk, an oceanographer at the Coastal Survey. According to chief operating officer Lina Marsh, orders from Asia fell by a third last year.',
      {
        'Petra Holm': ['of Lakeside University'],
        'Jonas Falk': ['oceanographer at the Coastal Survey'],
        'Lina Marsh': ['chief operating officer'],
      },
    ],
    [
      'a body ends before "and" and the next person; the object of an opening participle is no title',
      [
        'Also addressing the summit were Rosa Lind of the Lake Bank and Prof. Tariq Osei of the University of Eastport.',
        'Speaking to reporters, Ella Byrne said the strike would go on.',
        'According to the Eastport mayor, Dee Lund, the police were investigating.',
      ].join('\n'),
      {
        'Rosa Lind': ['of the Lake Bank'],
        'Tariq Osei': ['Prof.', 'of the University of Eastport'],
        'Ella Byrne': [],
        'Dee Lund': ['Eastport mayor'],
      },
    ],
    [
      'posts joined by "and" are one person\'s, unless "the" opens them right before the name; a long title with its body',
      [
        'Dockside University marine ecologist and former naval officer, Greta Lind, said the silt would drift south.',
        'The lawyer and activist, Ana Lo, said the vote was close.',
        'The mayor and council member Omar Reed said the count would start at noon.',
        'Executive director of the Eastport chapter of the Coastal Workers Union Dana Whit said the jobs were real.',
      ].join('\n'),
      {
        'Greta Lind': ['Dockside University marine ecologist and former naval officer'],
        'Ana Lo': ['lawyer and activist'],
        'Omar Reed': ['council member'],
        'Dana Whit': ['Executive director of the Eastport chapter of the Coastal Workers Union'],
      },
    ],
    [
      "a roll entry's body with a possessive inside it",
      "The audience heard from Ali Saeed, Director General, Eastport's Department of Trade and Tourism; and Dr Ana Lo, Minister of Culture.",
      {
        'Ali Saeed': ['Director General', "Eastport's Department of Trade and Tourism"],
        'Ana Lo': ['Dr', 'Minister of Culture'],
      },
    ],
    [
      'general news occupations and posts in an apposition',
      [
        'Ana Lo, an undersecretary of the synod, said that the vote was slow.',
        'Sam Kowal, a retired firefighter, said the water rose fast.',
      ].join('\n'),
      { 'Ana Lo': ['undersecretary of the synod'], 'Sam Kowal': ['retired firefighter'] },
    ],
    [
      'the object of an opening passive participle is no title',
      'Asked by reporters about supply, Priya Rama said the company had contracts.',
      { 'Priya Rama': [] },
    ],
    [
      'a hyphenated title before a name',
      'Union secretary-general Wanjiru Kamau said the strike would go on.',
      { 'Wanjiru Kamau': ['Union secretary-general'] },
    ],
    [
      'a common word opening the sentence belongs to the title after it',
      'Emergency services minister Joan Eller responded that new gauges had been ordered in January.',
      { 'Joan Eller': ['Emergency services minister'] },
    ],
    [
      'whom the speakers of the sentence represent ("on behalf of")',
      'H.E. Vincent Moreau, Ambassador to Chile, and Mariam Sy, Cultural Counsellor, will introduce the discussion on behalf of the Lakeside Embassy.',
      {
        'Vincent Moreau': ['on behalf of Lakeside Embassy', 'Ambassador to Chile'],
        'Mariam Sy': ['on behalf of Lakeside Embassy', 'Cultural Counsellor'],
      },
    ],
    [
      'a relative clause stating a post, present, past and founding',
      [
        "Ingrid Sol, who heads Norway's Institute of Lake Studies, said the ice was thinning.",
        'Omar Reed, who was the mayor of Eastport until 2019, said that the bridge was overdue.',
        'Ada Kern, who founded the Green Roof Trust, said that roofs cool cities.',
        'Tom Vale, who headed the Lakeside Port Authority, said the channel was too shallow.',
      ].join('\n'),
      {
        'Ingrid Sol': ["head of Norway's Institute of Lake Studies"],
        'Omar Reed': ['former mayor of Eastport until 2019'],
        'Ada Kern': ['founder of Green Roof Trust'],
        'Tom Vale': ['former head of Lakeside Port Authority'],
      },
    ],
    [
      "a roll entry's further fields, and a country or body in brackets after a name",
      'Statements were delivered by:\nLars Eriksen, State Secretary, Ministry of Foreign Affairs, Norway\nThe panel heard from Tesfaye Bekele (Ethiopia) and Grace Mwansa (Radio Lusaka).',
      {
        'Lars Eriksen': ['State Secretary', 'Ministry of Foreign Affairs', 'Norway'],
        'Tesfaye Bekele': ['Ethiopia'],
        'Grace Mwansa': ['Radio Lusaka'],
      },
    ],
    [
      'an aside with a possessive pronoun ("for his part") is no title',
      'Ravi Mehta, a climate adviser to the city, spoke first. Mehta, for his part, urged governments to pay.',
      { 'Ravi Mehta': ['climate adviser to the city'] },
    ],
    [
      'an apposition that ends its line with no full stop (a list item) is kept',
      'Speakers at the forum included:\n• Lena Hartwell, a Democratic state representative from Oregon\n• Tomas Brandt, a union organiser from Salem',
      {
        'Lena Hartwell': ['Democratic state representative from Oregon'],
        'Tomas Brandt': ['union organiser from Salem'],
      },
    ],
    [
      'a two-word place before a title stays in it, after "Former … and"',
      'The rally heard from Former Trade Envoy and North Dakota Gov. Jane Rowe. Chief Executive of Hong Kong Ana Lo said the budget was sound.',
      {
        'Jane Rowe': ['Former Trade Envoy and North Dakota Gov.'],
        'Ana Lo': ['Chief Executive of Hong Kong'],
      },
    ],
    [
      'a plural title before a list describes every name in it',
      'Fifty officials, including former CIA directors Ada Moss, Tom Lee, and Eva Ruiz, signed a letter saying the report was false.',
      {
        'Ada Moss': ['former CIA directors'],
        'Tom Lee': ['former CIA directors'],
        'Eva Ruiz': ['former CIA directors'],
      },
    ],
    [
      "an apposition keeps an acronym in brackets; the rest of the body's name is no person",
      'Lena Marsh, the executive secretary of the Global Water Compact (GWC), said that delegates must act quickly.',
      { 'Lena Marsh': ['executive secretary of the Global Water Compact (GWC)'] },
    ],
    [
      'a body\'s name after "Convention on" is no person',
      'Ivo Reyes, chair of the Convention on River Basins, said the talks had stalled.',
      { 'Ivo Reyes': ['chair of the Convention on River Basins'] },
    ],
    [
      'a title tagged as a verb does not end an apposition',
      "The talks heard from Dr Ravi Kumar, Nepal's acting IT minister.",
      { 'Ravi Kumar': ['Dr', "Nepal's acting IT minister"] },
    ],
    [
      'two titles joined by "and" before a name, with the company\'s name',
      'The panel featured Zenbox CEO and Co-Founder Mark Hill and Plano Co-Founder and CEO Jo Rand.',
      { 'Mark Hill': ['Zenbox CEO and Co-Founder'], 'Jo Rand': ['Plano Co-Founder and CEO'] },
    ],
    [
      'a speaker\'s biography: "X is the …", the body of the post included',
      'Speakers included Ada Obi and Kofi Mensah. Ada Obi is the Minister of Culture, Arts and Tourism of Ruritania. Kofi Mensah is an MEP and long-standing parliamentarian who chairs a committee.',
      {
        'Ada Obi': ['Minister of Culture, Arts and Tourism of Ruritania'],
        'Kofi Mensah': ['MEP and long-standing parliamentarian'],
      },
    ],
    [
      'an apposition ends where a participle or "who" begins a clause; a capitalised name word tagged as a verb stays in it',
      'Speakers included Tom Vale, founder of Turning Tide, a youth group, and Ada Obi, a council candidate running in a district the party never won.',
      { 'Tom Vale': ['founder of Turning Tide'], 'Ada Obi': ['council candidate'] },
    ],
    [
      'a company name of several words before a title stays with it',
      'Testifying before the panel, Skyway Airlines CEO Marcus Boateng blamed the controllers.',
      { 'Marcus Boateng': ['Skyway Airlines CEO'] },
    ],
    [
      'an occupation opening the sentence before a full name is its descriptor, not part of the name',
      'Organiser Rhea Camden, 41, said the march had doubled in size. Volunteer Tom Asher said turnout was higher.',
      { 'Rhea Camden': ['Organiser'], 'Tom Asher': ['Volunteer'] },
    ],
    [
      'a bare noun phrase opening the sentence before a name is an occupation the lexicons may lack',
      'Retired stonemason Ivo Marek, 81, said the bridge was older than the town. Last week Ana Lund said it was not.',
      { 'Ivo Marek': ['Retired stonemason'], 'Ana Lund': [] },
    ],
    [
      'a post held for a place before the name and its comma',
      '“We will win,” the senator from Ohio, Jane Roe, told supporters.',
      { 'Jane Roe': ['senator from Ohio'] },
    ],
    [
      'a region or nationality before a body and a title stays with them',
      'Speakers at the forum in Porto included European Commission President Lina Varga and Danish Port Authority chair Ole Brix.',
      { 'Lina Varga': ['European Commission President'], 'Ole Brix': ['Danish Port Authority chair'] },
    ],
    [
      'an occupation the lexicon lacks, told by its shape: "a <noun> at <Name>"',
      'Omar Quist, a hydrologist at Lakeland Polytechnic in Norway, said the dam was safe. Ida Brandt, a friend of the family, said the dam was not safe.',
      { 'Omar Quist': ['hydrologist at Lakeland Polytechnic in Norway'], 'Ida Brandt': [] },
    ],
    [
      'a ruler is a title: an apposition that names only a rule is read',
      'The show was opened by Sheikh Omar Al Nuaimi, Ruler of Ajman. Sheikh Omar said the show would grow.',
      { 'Omar Al Nuaimi': ['Sheikh', 'Ruler of Ajman'] },
    ],
    [
      'the body a founder leads is not a speaker',
      'Speakers included Tom Vale, founder of Bright Path Forward.',
      { 'Tom Vale': ['founder of Bright Path Forward'] },
    ],
    [
      'an apposition runs on through the name of the body or place of the post',
      'Greta Moll, an analyst at Hale & Dunmore in Leeds, said prices would rise.',
      { 'Greta Moll': ['analyst at Hale & Dunmore in Leeds'] },
    ],
    [
      'an apposition that does not close before the verb is a clause, not a descriptor',
      'Retired judges Omar Sesay, Lin Park and Eva Roth signed a letter saying the ruling "ignores the law".',
      { 'Omar Sesay': ['Retired judges'], 'Lin Park': ['Retired judges'], 'Eva Roth': ['Retired judges'] },
    ],
    [
      'a nationality right before the capitalised title of a listed name belongs to the title',
      'Other speakers included Kenyan Cabinet Secretary Ana Ruto and Omar Haddad.',
      { 'Ana Ruto': ['Kenyan Cabinet Secretary'], 'Omar Haddad': [] },
    ],
    [
      'a name right before a lower-case title is the body of the post, not another person',
      'Tidewater Rail chief executive Ann Lee testified that the storm had been underestimated.',
      { 'Ann Lee': ['Tidewater Rail chief executive'] },
    ],
    [
      'a body named with a possessive before a lower-case title and a comma',
      "Norcom's vice-president for research, Dr. Alan Price, presented the plan. He said the firms would report every year.",
      { 'Alan Price': ['Dr.', "Norcom's vice-president for research"] },
    ],
    [
      'a post held towards a place ("ambassador to"), and "and" inside the post\'s "of" phrase, before a comma',
      "Speaking at the fair, Chile's ambassador to Norway, Rosa Aguirre, said exports had doubled. Among the guests was Peru's minister of mines and energy, Luis Quispe, who said that copper exports would grow.",
      { 'Rosa Aguirre': ["Chile's ambassador to Norway"], 'Luis Quispe': ["Peru's minister of mines and energy"] },
    ],
    [
      "a plural possessive inside a title, a country's possessive alone, a kind of body before its name",
      "\"We cannot eat promises,\" Ruritania's farmers' union leader Tendai Moyo, 61, told reporters. Leaders including Kenya's Ruth Wanjiku attended. Amina Diallo of the pressure group Clean Rivers Trust said the pledge was old.",
      {
        'Tendai Moyo': ["Ruritania's farmers' union leader"],
        'Amina Diallo': ['of the pressure group Clean Rivers Trust'],
      },
    ],
    [
      'a country\'s possessive alone before a speaker\'s name; "on behalf of" a modifier is no body',
      "Kenya's Ruth Wanjiku, speaking on behalf of East African states, said the harvest had failed.",
      { 'Ruth Wanjiku': ["Kenya's"] },
    ],
    [
      'a body in brackets after a listed name, with linking words inside',
      'Panellists included Ana Lo (Bank of Eastland) and Tom Reyes (Office for Ports and Harbours).',
      { 'Ana Lo': ['Bank of Eastland'], 'Tom Reyes': ['Office for Ports and Harbours'] },
    ],
    [
      "a coordinator's post after an opening participle and its object",
      "Briefing the council, the agency's emergency relief coordinator, Martin Olu, said funds were short.",
      { 'Martin Olu': ["agency's emergency relief coordinator"] },
    ],
    [
      'occupations before the name: a pharmacist, a laureate',
      '"Prices keep rising," said pharmacist Ruth Bakker. Chemistry laureate Ivo Petrov said the field was changing.',
      { 'Ruth Bakker': ['pharmacist'], 'Ivo Petrov': ['Chemistry laureate'] },
    ],
    [
      'two portfolio nouns joined by "and" before the post',
      'The shadow culture and media secretary, Gwen Pryce, said the licence fee would stay.',
      { 'Gwen Pryce': ['shadow culture and media secretary'] },
    ],
    [
      'an occupation after "the", and a body named after the common noun for it ("the start-up Orbly")',
      'Nadia Kerrouche, the harbour master of Oran, said the quays were full. Tom Dalby, founder of the Leeds start-up Orbly, said his firm was hiring. "We raised more than last year," said Helen Marsh, a fundraiser Ana Lo recruited for the gala.',
      {
        'Nadia Kerrouche': ['harbour master of Oran'],
        'Tom Dalby': ['founder of the Leeds start-up Orbly'],
        'Helen Marsh': [],
      },
    ],
    [
      'the post of a spokesperson before "for" and a name is not that person\'s',
      'A spokeswoman for Ida Berg declined to comment. Ida Berg, the mayor, said the budget would pass.',
      { 'Ida Berg': ['mayor'] },
    ],
    [
      'a passive "introduced by" before a title: the title is no object of an opening participle',
      "The debate was introduced by the college's principal, Ruth Adeyemi, who welcomed the guests.",
      { 'Ruth Adeyemi': ["college's principal"] },
    ],
    [
      'an opening prepositional phrase before the name says how, not who ("In remarks to reporters, X said")',
      'In remarks to reporters, Ida Vang said talks would resume. In an interview with a radio station, Tom Fox said he was tired.',
      { 'Ida Vang': [], 'Tom Fox': [] },
    ],
    [
      'a body after "of" and where it is based ("of Tokyo-based Hoshi Robotics")',
      'Kenji Sato of Osaka-based Kiri Robotics said the arm was ready.',
      { 'Kenji Sato': ['of Osaka-based Kiri Robotics'] },
    ],
    [
      'a clause of time before the title ends it ("on Friday after union leader X said")',
      'Bus drivers returned to work on Friday after union leader Kari Holm said members had accepted the offer.',
      { 'Kari Holm': ['union leader'] },
    ],
    [
      "a relative clause in brackets after the name is no title, and the verb after it is the person's",
      'Dr Ana Lo (who, with Dr Tom Yu, chaired the organising committee) introduced the guests.',
      { 'Ana Lo': ['Dr'] },
    ],
    [
      'a body or country after "from"; a name cut short ends on a word of its own, not on "and"',
      "Other speakers included Dr. Yuki Sato from Japan's National Institutes for Quantum Science and Technology and Tom Fox from Kenya.",
      {
        'Yuki Sato': ['Dr.', "from Japan's National Institutes for Quantum Science"],
        'Tom Fox': ['from Kenya'],
      },
    ],
    [
      'a relative clause stating the post keeps where its body is ("who leads the physics group at the X Centre in Britain")',
      'Dr. Hanna Wold, who leads the plasma physics group at the Fenwick Centre for Fusion in Britain, said the plasma had held for a minute. Ana Lo, who heads the Lake Institute in Norway, said the ice was thin.',
      {
        'Hanna Wold': ['Dr.', 'leader of the plasma physics group at the Fenwick Centre for Fusion in Britain'],
        'Ana Lo': ['head of Lake Institute in Norway'],
      },
    ],
    [
      'a body\'s whole name before its officer\'s title ("World Bank President", "Arab League Secretary-General")',
      'World Bank President Ana Banda said the fund was ready. On Monday, Arab League Secretary-General Omar Haddad said the plan had wide support.',
      { 'Ana Banda': ['World Bank President'], 'Omar Haddad': ['Arab League Secretary-General'] },
    ],
    [
      'a phrase whose only title words qualify a post is no title ("support new cables, X replied"); with a post it is',
      'Asked whether Finland would support new cables, Tom Lund replied: "Yes, if the costs are shared." The delegation met the foreign minister, Ana Lo, who said the border was open.',
      { 'Tom Lund': [], 'Ana Lo': ['foreign minister'] },
    ],
    [
      '"who is also deputy prime minister": a post with no article after "who is" and an adverb',
      '"Prices have been far too high," said Ebba Lind, who is also deputy prime minister. Tom Fox, who is expected to resign, said the vote was lost.',
      { 'Ebba Lind': ['deputy prime minister'], 'Tom Fox': [] },
    ],
    [
      'a programme\'s label before a roll entry ("Speaker: Prof. X, Tsinghua University"): its fields are the body and place',
      'Keynote: The economics of drought\nSpeaker: Professor Li Wen, Harbin Institute of Hydrology\nChair: Ana Lo, Lakeside Water Institute, Norway',
      { 'Li Wen': ['Professor', 'Harbin Institute of Hydrology'], 'Ana Lo': ['Lakeside Water Institute', 'Norway'] },
    ],
    [
      'a phrase of when or where between commas is no apposition, though a title word stands in it (", in his first AGM as CEO,")',
      'Chief executive Omar Sayed, in his first AGM as CEO, said oil would remain essential.',
      { 'Omar Sayed': ['Chief executive'] },
    ],
    [
      '"who sits on the X Committee": a seat on a body is membership of it; "sat on" a former one',
      'Luc Marchal, who sits on the Foreign Affairs Committee, said the plan was good. Tom Fox, who sat on the city council for years, said the budget was thin.',
      { 'Luc Marchal': ['member of Foreign Affairs Committee'], 'Tom Fox': ['former member of the city council'] },
    ],
    [
      'where a person comes from between commas, after the age ("Maria Lopez, 67, from Mexico, said")',
      'Pilgrim Maria Lopez, 67, from Mexico, said she had travelled for two days.',
      { 'Maria Lopez': ['from Mexico'] },
    ],
    [
      'a nationality and an occupation after the name ("a Polish infectious disease specialist"); a nationality alone is none',
      'Marta Wolny, a Polish infectious disease specialist, said wards were full. Ole Dahl, a Norwegian who lives in Paris, said the rent had doubled.',
      { 'Marta Wolny': ['Polish infectious disease specialist'], 'Ole Dahl': [] },
    ],
  ])('%s', (_, text, expected) => expect(describe_(text)).toEqual(expected));
});
