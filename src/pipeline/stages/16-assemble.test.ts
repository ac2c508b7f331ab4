import { describe, expect, it } from 'vitest';
import { analyseInput } from './analyse';
import { assembleCorpus, buildCorpus, documentIds, type Collectable } from './buildCorpus';
import {
  canonicalName,
  completeCorpus,
  corpusOrgAliases,
  CorpusInvalid,
  quotesWithinText,
  quotesWithText,
  streamCorpus,
  type CorpusOutline,
} from './16-assemble';
import { RecordStream } from './records';
import { TermTable } from './12-terms';

const enc = (s: string) => new TextEncoder().encode(s);

// two short reports of my own, a quote with a named speaker in each
const FILES = [
  {
    file: 'a.txt',
    text: `Harbour council meets in Tromsø\n\nThe harbour council met on Monday, June 3, 2024, to discuss the new quay.\n\n“The quay will open next spring,” said council chair Ingrid Dahl.\n`,
  },
  {
    file: 'b.txt',
    text: `Quay plans draw a crowd\n\nResidents filled the hall on Monday, June 3, 2024.\n\n“We want the quay finished,” Ingrid Dahl told the meeting.\n`,
  },
];

function outlineAndTexts(): { outline: CorpusOutline; texts: Map<string, string> } {
  const ids = documentIds(FILES.map((f) => f.file));
  const texts = new Map<string, string>();
  const results = FILES.map((f, i): Collectable => {
    const r = analyseInput({ file: f.file, bytes: enc(f.text) }, ids[i]!, new TermTable());
    if (!('analysed' in r)) return r;
    texts.set(r.analysed.doc.id, r.text);
    return { analysed: r.analysed };
  });
  return { outline: assembleCorpus(results).outline, texts };
}

/** A streamed corpus with every stream made, as a writer makes them. */
const made = (c: ReturnType<typeof streamCorpus>['corpus']) => ({
  ...c,
  quotes: [...c.quotes],
  terms: { vocabulary: c.terms.vocabulary, rows: [...c.terms.rows] },
  unattributed: [...(c.unattributed ?? [])],
  documents: [...c.documents],
});

describe('streamCorpus', () => {
  it('makes the records completeCorpus makes, byte for byte, reading each text only while a section is written', () => {
    const { outline, texts } = outlineAndTexts();
    const whole = completeCorpus(outline, (d) => texts.get(d.id)!);
    expect(whole.quotes.length).toBeGreaterThan(0);
    const asked: string[] = [];
    const { corpus } = streamCorpus(outline, (d) => (asked.push(d.id), texts.get(d.id)!));
    expect(asked).toEqual([]);
    expect(corpus.documents).toBeInstanceOf(RecordStream);
    expect(JSON.stringify(made(corpus))).toBe(JSON.stringify(whole));
    // quotes, then unattributed quotes, then documents: each document's text read once per section it has records in
    for (const d of outline.documents) {
      const sections = [outline.quotes, outline.unattributed].filter((l) => l.some((q) => q.documentId === d.id));
      expect(asked.filter((id) => id === d.id)).toHaveLength(1 + sections.length);
    }
  });

  it.each([
    ['a quote past the end of its text', (o: CorpusOutline) => ({ ...o, quotes: [{ ...o.quotes[0]!, end: 10_000 }] })],
    [
      'a quote by an unknown speaker',
      (o: CorpusOutline) => ({ ...o, quotes: [{ ...o.quotes[0]!, speakerId: 'nobody' }] }),
    ],
  ])('throws CorpusInvalid from the stream for %s', (_name, spoil) => {
    const { outline, texts } = outlineAndTexts();
    const { corpus } = streamCorpus(spoil(outline), (d) => texts.get(d.id)!);
    expect(() => [...corpus.quotes]).toThrow(CorpusInvalid);
  });

  it('refuses an outline whose appearance names an unknown document before anything is written', () => {
    const { outline, texts } = outlineAndTexts();
    const spoilt = { ...outline, appearances: [{ ...outline.appearances[0]!, documentId: 'zz' }] };
    expect(() => streamCorpus(spoilt, (d) => texts.get(d.id)!)).toThrow('unknown document "zz"');
  });

  it('validates each quote as it is made (the outline checks only the references between records)', () => {
    const { outline, texts } = outlineAndTexts();
    const { corpus } = streamCorpus({ ...outline, quotes: [{ ...outline.quotes[0]!, start: -1 }] }, (d) =>
      texts.get(d.id)!,
    );
    expect(() => [...corpus.quotes]).toThrow();
  });

  it('validates each document as it is made', () => {
    const { outline } = outlineAndTexts();
    const { corpus } = streamCorpus(outline, () => 42 as unknown as string);
    expect(() => [...corpus.documents]).toThrow();
  });
});

describe("quotesWithinText: a quote section checked by its text's length alone (corpus lines leave the words out)", () => {
  it('gives the records quotesWithText gives, with empty words', () => {
    const { outline, texts } = outlineAndTexts();
    for (const d of outline.documents) {
      const quotes = outline.quotes.filter((q) => q.documentId === d.id);
      const text = texts.get(d.id)!;
      const within = quotesWithinText('quotes', quotes, 0, text.length);
      expect(within.length).toBeGreaterThan(0);
      expect(within).toEqual(quotesWithText('quotes', quotes, 0, text).map((q) => ({ ...q, text: '' })));
    }
  });

  it('refuses offsets past that length, and records the schema refuses, as quotesWithText does', () => {
    const { outline } = outlineAndTexts();
    const q = outline.quotes[0]!;
    expect(() => quotesWithinText('quotes', [q], 3, q.end - 1)).toThrow(
      `quotes.3: offsets ${q.start}–${q.end} lie outside`,
    );
    expect(() => quotesWithinText('quotes', [{ ...q, start: -1 }], 0, q.end)).toThrow();
  });
});

describe('corpusOrgAliases: the aliases articles define, across the corpus', () => {
  it('lets one article explain a spelling another uses alone', () => {
    const a: [string, string][] = [
      ['harbour workers federation', 'HWF/HF'],
      ['hwf/hf', 'HWF/HF'],
      ['hwf', 'HWF/HF'],
      ['hf', 'HWF/HF'],
    ];
    expect(corpusOrgAliases([a, []]).get('hf')).toBe('HWF/HF');
  });
  it('leaves a spelling two articles resolve differently as written', () => {
    const m = corpusOrgAliases([[['ppa', 'PPA']], [['ppa', 'PPA/PA']], [['nrc', 'NRC']]]);
    expect([m.has('ppa'), m.get('nrc')]).toEqual([false, 'NRC']);
  });
});

describe('an organisation one article names by its acronym alone', () => {
  const first =
    'Dock strike talks\n\nMonday, March 6, 2023\n\n"We will not accept these terms," said Mira Falk, a member of the Harbour Workers Federation (HWF/HF), on Sunday.';
  const second =
    'Dock strike goes on\n\nTuesday, March 7, 2023\n\n"The ports stay closed," said Tor Lund, a member of HF, on Monday.';
  const { corpus } = buildCorpus([
    { file: 'a.txt', bytes: new TextEncoder().encode(first) },
    { file: 'b.txt', bytes: new TextEncoder().encode(second) },
  ]);
  it('gets the name the other article gives it', () =>
    expect(corpus.speakers.map((s) => [s.name, s.affiliations])).toEqual([
      ['Mira Falk', ['HWF/HF']],
      ['Tor Lund', ['HWF/HF']],
    ]));
});

describe('canonicalName: the form a speaker is shown by', () => {
  const forms = (...xs: [string, string][]) => xs.map(([name, documentId]) => ({ name, documentId }));
  it('is the form most documents use', () =>
    expect(canonicalName(forms(['Greta Lindqvsit', 'a'], ['Greta Lindqvist', 'b'], ['Greta Lindqvsit', 'c']))).toBe(
      'Greta Lindqvsit',
    ));
  it('between forms as widely used, the clearly better spelling, not the longer slip', () =>
    expect(canonicalName(forms(['Greta Lindqvsist', 'a'], ['Greta Lindqvist', 'b']))).toBe('Greta Lindqvist'));
  it('between real variants as widely used, the longer', () =>
    expect(canonicalName(forms(['Mohamed Ali', 'a'], ['Mohammed Ali', 'b']))).toBe('Mohammed Ali'));
  it('keeps a particle joined to the surname as written ("el-Sakka"), a lower-case caption still capitalised', () => {
    expect(canonicalName(forms(['Omar el-Sakka', 'a']))).toBe('Omar el-Sakka');
    expect(canonicalName(forms(['omar sakka', 'a']))).toBe('Omar Sakka');
  });
});
