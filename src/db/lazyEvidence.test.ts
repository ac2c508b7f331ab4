import { describe, expect, it } from 'vitest';
import type { Speaker } from '../corpus';
import { lineChunks, withLazyEvidence } from './database';

const speaker = (id: string, evidence?: Speaker['evidence']): Speaker => ({ id, name: id, aliases: [], titles: [], role: 'official', country: null, affiliations: [], ...(evidence ? { evidence } : {}) });
const evidenceOf = (country: string): NonNullable<Speaker['evidence']> => ({ country: [{ documentId: 'd1', sentence: country }], role: [], merges: [] }) as unknown as NonNullable<Speaker['evidence']>;
const linesOf = (rows: unknown[]) => new TextEncoder().encode(rows.map((r) => JSON.stringify(['evidence', r]) + '\n').join(''));

describe('withLazyEvidence', () => {
  it('gives each speaker the evidence of its line, from chunks in any order, and keeps evidence given inside a record', () => {
    const [second] = lineChunks('g', 'evidence', 1, linesOf([{ speakerId: 'b', evidence: evidenceOf('B') }]));
    const [first] = lineChunks('g', 'evidence', 0, linesOf([{ speakerId: 'a', evidence: evidenceOf('A') }]));
    const own = evidenceOf('own');
    const speakers = withLazyEvidence([speaker('a'), speaker('b'), speaker('c'), speaker('d', own)], [second!, first!]);
    expect(speakers.map((s) => s.evidence)).toEqual([evidenceOf('A'), evidenceOf('B'), undefined, own]);
    // the other fields as they were, and the evidence as a field of its own (copies and JSON take it)
    expect(JSON.parse(JSON.stringify(speakers[0]))).toEqual({ ...speaker('a'), evidence: evidenceOf('A') });
    expect({ ...speakers[1] }.evidence).toEqual(evidenceOf('B'));
  });

  it('leaves the speakers as they are without evidence lines', () => {
    const speakers = [speaker('a')];
    expect(withLazyEvidence(speakers, [])).toBe(speakers);
  });
});
