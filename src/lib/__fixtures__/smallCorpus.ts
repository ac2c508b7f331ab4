import { encodeTerms, type Corpus, type Quote } from '../../corpus';

/** A tiny, valid corpus for unit tests: 3 events, 4 documents, 5 speakers (one without a country). */
const texts: Record<string, string> = {
  d1: 'Summit opens. "Water is life," said Ana Prime. Ben Second added: "Clean water for every town."\n\nMore later.',
  d2: 'Day two. "Education matters," said Cleo Third. Ana Prime said "Water again".',
  d3: 'A forum. "Local councils need water budgets," said Dev Fourth.',
  d4: 'A report with no speakers at all.',
};

const sha = 'a'.repeat(64);
const doc = (id: string, eventId: string | null) => ({
  id,
  file: `${id}.txt`,
  title: `Title ${id}`,
  eventId,
  text: texts[id]!,
  wordCount: texts[id]!.split(/\s+/).length,
  sha256: sha,
});

function quote(id: string, speakerId: string, documentId: string, eventId: string, text: string): Quote {
  const start = texts[documentId]!.indexOf(text);
  if (start < 0) throw new Error(`fixture quote ${id} not in ${documentId}`);
  return { id, speakerId, documentId, eventId, start, end: start + text.length, text };
}

export function smallCorpus(): Corpus {
  return {
    schemaVersion: 1,
    documents: [doc('d1', 'e1'), doc('d2', 'e2'), doc('d3', 'e3'), doc('d4', null)],
    events: [
      { id: 'e1', title: 'Summit', date: '2021-03-01', documentIds: ['d1'] },
      { id: 'e2', title: 'Summit day two', date: '2021-03-02', documentIds: ['d2'] },
      { id: 'e3', title: 'Forum', date: null, documentIds: ['d3'] },
    ],
    speakers: [
      { id: 's1', name: 'Ana Prime', aliases: ['A. Prime'], titles: ['Minister'], role: 'government-official', country: 'FR', affiliations: ['Ministry'], evidence: { country: [{ value: 'FR', basis: 'French minister', documentId: 'd1' }], role: [], merges: [] } },
      { id: 's2', name: 'Ben Second', aliases: [], titles: [], role: 'academic', country: 'GB', affiliations: ['Uni A', 'Think Tank'] },
      { id: 's3', name: 'Cleo Third', aliases: [], titles: [], role: 'academic', country: 'FR', affiliations: ['Uni A'] },
      { id: 's4', name: 'Dev Fourth', aliases: [], titles: [], role: 'local-politician', country: null, affiliations: [] },
      { id: 's5', name: 'Eve Fifth', aliases: [], titles: [], role: 'activist', country: 'DE', affiliations: [] },
    ],
    appearances: [
      { speakerId: 's1', eventId: 'e1', documentId: 'd1' },
      { speakerId: 's2', eventId: 'e1', documentId: 'd1' },
      { speakerId: 's3', eventId: 'e2', documentId: 'd2' },
      { speakerId: 's1', eventId: 'e2', documentId: 'd2' },
      { speakerId: 's4', eventId: 'e3', documentId: 'd3' },
      { speakerId: 's5', eventId: 'e3', documentId: 'd3' },
    ],
    quotes: [
      quote('q1', 's1', 'd1', 'e1', 'Water is life,'),
      quote('q2', 's2', 'd1', 'e1', 'Clean water for every town.'),
      quote('q3', 's3', 'd2', 'e2', 'Education matters,'),
      quote('q4', 's1', 'd2', 'e2', 'Water again'),
      quote('q5', 's4', 'd3', 'e3', 'Local councils need water budgets,'),
    ],
    terms: encodeTerms([
      { kind: 'quote', id: 'q1', counts: [['water', 1], ['life', 1], ['water life', 1]] },
      { kind: 'quote', id: 'q2', counts: [['clean', 1], ['water', 1], ['town', 1], ['clean water', 1]] },
      { kind: 'quote', id: 'q3', counts: [['education', 1], ['matters', 1]] },
      { kind: 'quote', id: 'q4', counts: [['water', 1]] },
      { kind: 'quote', id: 'q5', counts: [['local', 1], ['councils', 1], ['water', 1], ['budgets', 1], ['local councils', 1]] },
      { kind: 'document', id: 'd1', counts: [['water', 2], ['summit', 1]] },
      { kind: 'document', id: 'd2', counts: [['education', 1], ['water', 1]] },
      { kind: 'document', id: 'd4', counts: [['report', 1]] },
    ]),
    rejected: [],
  };
}
