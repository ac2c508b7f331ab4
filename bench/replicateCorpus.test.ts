import { describe, expect, it } from 'vitest';
import { renameRecord } from './replicateCorpus';

describe('renameRecord', () => {
  it.each([
    ['copy 0 keeps the ids', 'quotes', { id: 'q1', speakerId: 's1', documentId: 'd1', eventId: 'e1', start: 0, end: 2, text: 'hi' }, 0, { id: 'q1', speakerId: 's1', documentId: 'd1', eventId: 'e1', start: 0, end: 2, text: 'hi' }],
    ['a quote and what it points to', 'quotes', { id: 'q1', speakerId: 's1', documentId: 'd1', eventId: 'e1', start: 0, end: 2, text: 'hi' }, 2, { id: 'q1~2', speakerId: 's1~2', documentId: 'd1~2', eventId: 'e1~2', start: 0, end: 2, text: 'hi' }],
    ["an event's documents", 'events', { id: 'e1', title: 'T', date: null, documentIds: ['d1', 'd2'] }, 1, { id: 'e1~1', title: 'T', date: null, documentIds: ['d1~1', 'd2~1'] }],
    ['a document with no event', 'documents', { id: 'd1', file: 'a.txt', eventId: null }, 3, { id: 'd1~3', file: '3/a.txt', eventId: null }],
    ["a speaker's evidence", 'speakers', { id: 's1', evidence: { country: [{ value: 'X', basis: 'b', documentId: 'd1' }], role: [{ value: 'r', basis: 'b' }], merges: [] } }, 1, { id: 's1~1', evidence: { country: [{ value: 'X', basis: 'b', documentId: 'd1~1' }], role: [{ value: 'r', basis: 'b' }], merges: [] } }],
    ["an evidence line", 'evidence', { speakerId: 's1', evidence: { country: [{ value: 'X', basis: 'b', documentId: 'd1' }], role: [], merges: [] } }, 2, { speakerId: 's1~2', evidence: { country: [{ value: 'X', basis: 'b', documentId: 'd1~2' }], role: [], merges: [] } }],
    ["a speaker's aliases and titles", 'speakerNames', { speakerId: 's1', aliases: ['S'], titles: ['Dr'] }, 2, { speakerId: 's1~2', aliases: ['S'], titles: ['Dr'] }],
    ['the vocabulary is shared', 'vocabulary', { x: 1 }, 4, { x: 1 }],
  ] as const)('%s', (_name, section, record, k, expected) => {
    expect(renameRecord(section, record as Record<string, unknown>, k)).toEqual(expected);
  });
});
