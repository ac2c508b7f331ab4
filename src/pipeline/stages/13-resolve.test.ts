import { describe, expect, it } from 'vitest';
import { MentionResolver, resolveMentions, samePerson, skeleton } from './13-resolve';

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
    const keys = [
      'reza mohamadi',
      'reza mohammadi',
      'reza muhammady',
      'reza mohammady',
      'sara holm',
      'nina holm',
      'anna berg',
      'anna berg',
    ];
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
    const mentions = Array.from({ length: 20000 }, (_, i) => ({
      documentId: `d${i}`,
      key: `person${i % 5000} name${i}`,
      name: 'x',
    }));
    const t = performance.now();
    resolveMentions(mentions);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('MentionResolver', () => {
  const m = (documentId: string, key: string) => ({
    documentId,
    key,
    name: key.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
  });
  const mentions = [
    m('a', 'ana silva'),
    m('a', 'rosa silva'),
    m('b', 'ana sylva'),
    m('c', 'ana silva'),
    m('c', 'jon farkas'),
    m('d', 'jon fakras'),
  ];
  it('one mention at a time, asked midway, ends as resolveMentions of them all', () => {
    const r = new MentionResolver();
    mentions.slice(0, 3).forEach((x) => r.add(x));
    expect(r.finish().cluster).toEqual(resolveMentions(mentions.slice(0, 3)).cluster);
    mentions.slice(3).forEach((x) => r.add(x));
    expect(r.finish()).toEqual(resolveMentions(mentions));
    expect(r.finish().cluster).toEqual([0, 1, 0, 0, 2, 2]);
  });
});

describe('MentionResolver blocks', () => {
  /** resolveMentions as specified: each of the last MAX_COMPARE entries of a block looked at, by its own root */
  function plainResolve(mentions: { documentId: string; key: string; name: string }[]): number[] {
    const parent: number[] = [];
    const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
    const blocks = new Map<string, number[]>();
    const words = mentions.map((m) => m.key.split(' '));
    mentions.forEach((m, i) => {
      parent[i] = i;
      const w = words[i]!;
      const seen = new Set<number>();
      let ri = i;
      for (const k of [`f:${w[0]}|${w[w.length - 1]![0]}`, `s:${skeleton(w[w.length - 1]!)}|${w[0]![0]}`]) {
        const list = blocks.get(k) ?? blocks.set(k, []).get(k)!;
        for (let n = list.length - 1, c = 0; n >= 0 && c < 200; n--, c++) {
          const rj = find(list[n]!);
          if (seen.has(rj) || ri === rj) continue;
          seen.add(rj);
          if (mentions[list[n]!]!.key === m.key || samePerson(w, words[list[n]!]!)) {
            parent[ri] = rj;
            ri = rj;
          }
        }
        list.push(i);
      }
    });
    const roots = new Map<number, number>();
    return mentions.map((_, i) => roots.get(find(i)) ?? roots.set(find(i), roots.size).get(find(i))!);
  }

  it('clusters exactly as looking up each entry of a block from scratch', () => {
    // few first names and near-alike surnames: blocks fill with repeats, variants and chains past the window
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const firsts = ['ana', 'anna', 'reza', 'rosa', 'jon'];
    const lasts = [
      'silva',
      'sylva',
      'silvas',
      'mohamadi',
      'mohammadi',
      'muhammady',
      'farkas',
      'fakras',
      'holm',
      'helm',
    ];
    const mentions = Array.from({ length: 3000 }, (_, i) => {
      const key = `${firsts[rand(firsts.length)]} ${rand(4) === 0 ? 'al ' : ''}${lasts[rand(i < 1500 ? 3 : lasts.length)]}`;
      return { documentId: `d${i >> 2}`, key, name: key };
    });
    expect(resolveMentions(mentions).cluster).toEqual(plainResolve(mentions));
  });
});
