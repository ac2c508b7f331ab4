import { describe, expect, it } from 'vitest';
import { MentionResolver, resolveMentions, samePerson, skeleton } from './08-resolve';

describe('skeleton', () => {
  it.each([
    ['mohammadi', 'md'],
    ['mohamadi', 'md'],
    ['muhammady', 'md'],
    ['andersson', 'andrsn'],
  ])('%s -> %s', (w, s) => expect(skeleton(w)).toBe(s));
});

describe('samePerson', () => {
  it.each([
    ['anna berg', 'anna berg', true],
    ['reza mohamadi', 'reza mohammadi', true],
    ['karl lindqvist', 'karl lindquist', true],
    ['jean-luc martin', 'jean-luc martins', true],
    ['jelena farkas', 'jelena fakras', true],
    ['omer arslan', 'omer asrlan', true],
    ['sara holm', 'nina holm', false],
    ['lea brun', 'mia brun', false],
    ['omid rahimi', 'rahimi nasser', false],
    ['ali karimi', 'ali kazemi', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(samePerson(a.split(' '), b.split(' ')) !== null).toBe(same));
});

describe('resolveMentions', () => {
  it('chains spelling variants into one person and keeps namesakes apart, with evidence', () => {
    const keys = ['reza mohamadi', 'reza mohammadi', 'reza muhammady', 'reza mohammady', 'sara holm', 'nina holm', 'anna berg', 'anna berg'];
    const r = resolveMentions(keys.map((key, i) => ({ documentId: `d${i}`, key, name: key })));
    const c = r.cluster;
    expect(new Set(c.slice(0, 4)).size).toBe(1);
    expect(c[4]).not.toBe(c[5]);
    expect(c[6]).toBe(c[7]);
    expect(new Set(c).size).toBe(4);
    expect(r.merges.get(c[0]!)!.length).toBe(3);
    expect(r.merges.get(c[0]!)![0]!.reason).toMatch(/surname spelling variant/);
  });

  it('is linear in mentions: 20,000 distinct people resolve quickly', () => {
    const mentions = Array.from({ length: 20000 }, (_, i) => ({ documentId: `d${i}`, key: `person${i % 5000} name${i}`, name: 'x' }));
    const t = performance.now();
    resolveMentions(mentions);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('MentionResolver', () => {
  const m = (documentId: string, key: string) => ({ documentId, key, name: key.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) });
  const mentions = [m('a', 'ana silva'), m('a', 'rosa silva'), m('b', 'ana sylva'), m('c', 'ana silva'), m('c', 'jon farkas'), m('d', 'jon fakras')];
  it('one mention at a time, asked midway, ends as resolveMentions of them all', () => {
    const r = new MentionResolver();
    mentions.slice(0, 3).forEach((x) => r.add(x));
    expect(r.finish().cluster).toEqual(resolveMentions(mentions.slice(0, 3)).cluster);
    mentions.slice(3).forEach((x) => r.add(x));
    expect(r.finish()).toEqual(resolveMentions(mentions));
    expect(r.finish().cluster).toEqual([0, 1, 0, 0, 2, 2]);
  });
});
