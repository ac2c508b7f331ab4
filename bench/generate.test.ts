import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAppearances, generateArticles, generateSynthetic, NEWS, SIZES, STYLES, type StyleName } from './generate';
import { ArticleDraft, misspell } from './synthetic/draft';
import { CULTURES } from './synthetic/names';
import { Rng } from './synthetic/prng';

const joined = (seed: number, articles = 20) =>
  generateArticles({ articles, seed })
    .map((a) => `${a.file}\n${a.text}`)
    .join('\f');

const tiny = generateSynthetic({ articles: 5, seed: 7 });
const medium = generateSynthetic({ articles: 300, seed: 3 });
const textOf = (corpus: typeof tiny, style: StyleName) => {
  const doc = corpus.truth.documents.find((d) => d.style === style);
  return corpus.articles.find((a) => a.file === doc?.file)?.text ?? '';
};

describe('determinism', () => {
  it('gives the same bytes for the same seed', () => {
    expect(joined(1)).toBe(joined(1));
    expect(JSON.stringify(generateSynthetic({ articles: 20, seed: 1 }).truth)).toBe(JSON.stringify(generateSynthetic({ articles: 20, seed: 1 }).truth));
  });

  it.each([[1, 2], [2, 3], [1, 1001]])('gives different bytes for seeds %d and %d', (a, b) => {
    expect(joined(a)).not.toBe(joined(b));
  });

  it('never calls Math.random', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random called');
    };
    try {
      expect(() => generateArticles({ articles: 10, seed: 4 })).not.toThrow();
    } finally {
      Math.random = original;
    }
  });
});

describe('sizes', () => {
  it.each([0, 1, 5, 37, 300])('%d articles, uniquely named in order', (n) => {
    const articles = n === 300 ? medium.articles : generateArticles({ articles: n, seed: 9 });
    expect(articles).toHaveLength(n);
    const files = articles.map((a) => a.file);
    expect(new Set(files).size).toBe(n);
    expect(files).toEqual(files.slice().sort());
    for (const f of files) expect(f).toMatch(/^\d{3,}_[0-9a-f]{16}\.txt$/);
  });

  it('pads file numbers to the width of the largest', () => {
    expect(generateArticles({ articles: 1001, seed: 1 })[0]?.file).toMatch(/^0000_/);
  });

  it('averages about 15 kB and 10 speaker appearances per article', () => {
    const bytes = medium.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    expect(bytes / 300).toBeGreaterThan(12_000);
    expect(bytes / 300).toBeLessThan(18_000);
    const perArticle = countAppearances(medium.truth) / 300;
    expect(perArticle).toBeGreaterThan(8.5);
    expect(perArticle).toBeLessThan(11.5);
  });

  it('scales to about 10 appearances per article at 1,000 articles, several to an event', () => {
    const { truth } = generateSynthetic({ articles: SIZES[1], seed: 1 });
    expect(countAppearances(truth)).toBeGreaterThan(9_000);
    expect(countAppearances(truth)).toBeLessThan(11_000);
    expect(truth.events.length).toBeGreaterThan(200);
    expect(truth.events.length).toBeLessThan(350);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => generateArticles({ articles: -1, seed: 1 })).toThrow();
    expect(() => generateArticles({ articles: 2.5, seed: 1 })).toThrow();
  });
});

describe('the five-article corpus has every feature of the samples', () => {
  it('uses each of the five styles once', () => {
    expect(tiny.truth.documents.map((d) => d.style).sort()).toEqual(Object.keys(STYLES).sort());
  });

  it('has caption lines naming a speaker with a descriptor', () => {
    const doc = tiny.truth.documents.find((d) => d.style === 'captioned');
    const lines = textOf(tiny, 'captioned').split('\n');
    const speakers = tiny.truth.speakers.filter((s) => s.appearances.some((a) => a.doc === doc?.file));
    // A caption is a line of its own holding a speaker's name and one of their descriptors.
    const captions = lines.filter((line) => line.length < 200 && speakers.some((s) => line.includes(s.name) && s.titles.some((t) => line.includes(t))));
    expect(captions.length).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['“…,” Name said.', /,” (?:[\p{Lu}][\p{L}.’-]* ?)+ said\./u],
    ['“…,” said Name.', /,” said (?:[\p{Lu}][\p{L}.’-]* ?)+\./u],
    ['she/he added', /,” (?:she|he) added\./],
  ])('has "said" attributions: %s', (_, re) => {
    expect(tiny.articles.map((a) => a.text).join('\n')).toMatch(re);
  });

  it('has country section headings', () => {
    expect(textOf(tiny, 'sections')).toMatch(/^[A-Z]{2,5} supporters in (?:the )?\p{Lu}[\p{L} ]+$/mu);
  });

  it('has lower-case image captions inside speeches', () => {
    const text = textOf(tiny, 'excerpts');
    const lower = tiny.truth.speakers.flatMap((s) => s.aliases).filter((a) => a === a.toLowerCase() && text.includes(`\n\n${a}\n\n`));
    expect(lower.length).toBeGreaterThan(0);
  });

  it('repeats caption lines, has a headline and a dated intro', () => {
    expect(textOf(tiny, 'dispatch')).toMatch(/^(.+)\n\n\1$/m);
    expect(textOf(tiny, 'dispatch')).toMatch(/—(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/);
    expect(textOf(tiny, 'captioned')).toMatch(/^On (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+/m);
  });

  it('names people who do not speak', () => {
    expect(tiny.truth.nonSpeakers.length).toBeGreaterThan(0);
    for (const n of tiny.truth.nonSpeakers) expect(n.docs.some((f) => tiny.articles.find((a) => a.file === f)?.text.includes(n.name))).toBe(true);
  });
});

describe('features hold for any seed, not by luck', () => {
  it('five articles always show sections, lower-case captions, repeated captions and attributions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const c = generateSynthetic({ articles: 5, seed });
        const all = c.articles.map((a) => a.text).join('\n');
        const lower = c.truth.speakers.flatMap((s) => s.aliases).filter((a) => a === a.toLowerCase());
        return (
          /^[A-Z]{2,5} supporters in /m.test(textOf(c, 'sections')) &&
          lower.some((a) => textOf(c, 'excerpts').includes(`\n\n${a}\n\n`)) &&
          /^(.+)\n\n\1$/m.test(textOf(c, 'dispatch')) &&
          /,” [^“”\n]* said\./.test(all) &&
          /,” (?:she|he) added\./.test(all)
        );
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});

describe('news reports in ordinary prose', () => {
  const news = medium.truth.documents.filter((d) => d.style === NEWS);
  const newsText = news.map((d) => medium.articles.find((a) => a.file === d.file)!.text).join('\n');

  it('make up half the articles, in runs of five that alternate with the five layouts', () => {
    expect(news).toHaveLength(150);
    expect(generateSynthetic({ articles: 20, seed: 2 }).truth.documents.map((d) => (d.style === NEWS ? 'n' : 'l')).join('')).toBe('lllllnnnnnlllllnnnnn');
  });

  it.each([
    ['“…,” said <Country>’s <office>, <Name>.', /,” said (?:the )?\p{Lu}[\p{L} ]+'s? (?:deputy foreign minister|former minister|former ambassador), \p{Lu}/u],
    ['<Name>, <title>, told reporters that …', /, told (?:reporters|delegates|the audience|the conference) that \p{Ll}/u],
    ['According to <Name>, …', /^According to \p{Lu}\p{L}+ /mu],
    ['The session was chaired by <Name>, …', /^The (?:session|meeting|panel) was (?:chaired|moderated) by \p{Lu}/mu],
    ['Speakers included A, B and C.', /^(?:Other speakers included|Speakers included|Also speaking were) [^.\n]+ and [^.\n]+\.$/mu],
    ['<Name> said: “…”', / said: “/],
    ['Mr/Ms <Surname> argued that …', /^(?:Mr|Ms) \p{Lu}[\p{L}-]+ (?:said|told the audience|argued|warned) that /mu],
    ['she/he added that …', /^(?:She|He) (?:added|went on to say) that /m],
    ['a quote run on over two paragraphs', /^“[^”\n]+\n\n“/m],
    ['a dateline with the publication date', /^[A-Z][A-Z .-]+, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} — /m],
  ])('use the construction %s', (_, re) => {
    expect(newsText).toMatch(re);
  });

  it('list the speakers named only in a roll, and those who chair, in the ground truth', () => {
    const roll = newsText.match(/^(?:Other speakers included|Speakers included|Also speaking were) (.+)\.$/m)![1]!.split(/, | and /);
    const names = new Set(medium.truth.speakers.flatMap((s) => [s.name, ...s.aliases]));
    for (const n of roll) expect(names.has(n), n).toBe(true);
  });

  it('have no caption lines, section headings or lower-case captions', () => {
    expect(newsText).not.toMatch(/^[A-Z]{2,5} supporters in /m);
    const lower = medium.truth.speakers.flatMap((s) => s.aliases).filter((a) => a === a.toLowerCase());
    expect(lower.filter((a) => newsText.includes(`\n\n${a}\n\n`))).toEqual([]);
  });
});

describe('ground truth', () => {
  it('lists surface forms that occur in their documents', () => {
    const byFile = new Map(medium.articles.map((a) => [a.file, a.text]));
    for (const s of medium.truth.speakers)
      for (const a of s.appearances) for (const surface of a.surface) expect(byFile.get(a.doc), `${surface} in ${a.doc}`).toContain(surface);
  });

  it('groups several articles into each event and dates events over several years', () => {
    const { events, documents } = medium.truth;
    expect(documents.length / events.length).toBeGreaterThan(2.5);
    expect(events.flatMap((e) => e.documents).sort()).toEqual(documents.map((d) => d.file).sort());
    expect(new Set(events.map((e) => e.date)).size).toBe(events.length); // one event per date
    const years = new Set(events.map((e) => e.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });

  it('has speakers who recur across events, some under a variant spelling', () => {
    const multiEvent = medium.truth.speakers.filter((s) => new Set(s.appearances.map((a) => a.event)).size > 1);
    expect(multiEvent.length).toBeGreaterThan(20);
    const given = (n: string) => n.split(' ')[0] as string;
    const variants = medium.truth.speakers.filter((s) => s.aliases.some((a) => a.startsWith(`${given(s.name)} `) && a !== s.name));
    expect(variants.length).toBeGreaterThan(5);
  });

  it('gives countries as ISO alpha-2 codes and roles from the schema categories', () => {
    for (const s of medium.truth.speakers) expect(s.country === null || /^[A-Z]{2}$/.test(s.country)).toBe(true);
    expect(new Set(medium.truth.speakers.map((s) => s.country)).size).toBeGreaterThan(30);
  });
});

describe('name pools', () => {
  const all = Object.values(CULTURES);
  const firstNames = all.flatMap((c) => [...c.female, ...c.male]);
  const surnames = all.flatMap((c) => c.surnames);

  it('are large and varied', () => {
    expect(new Set(firstNames).size).toBeGreaterThanOrEqual(150);
    expect(new Set(surnames).size).toBeGreaterThanOrEqual(300);
  });

  it('take no name from the sample articles', () => {
    const dir = 'data/articles';
    const words = new Set(readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').match(/\p{L}[\p{L}'-]+/gu) ?? []));
    const tokens = [...firstNames, ...surnames].flatMap((n) => n.split(/[ -]/)).filter((t) => t.length > 3);
    expect(tokens.filter((t) => words.has(t))).toEqual([]);
  });
});

describe('misspell', () => {
  it.each([['Lindqvist'], ['van der Berg'], ['Økland'], ['Nagy']])('changes %s by at most one edit of one token', (name) => {
    const rng = new Rng(5);
    for (let i = 0; i < 20; i++) {
      const m = misspell(rng, name);
      expect(m.split(' ')).toHaveLength(name.split(' ').length);
      expect(Math.abs(m.length - name.length)).toBeLessThanOrEqual(1);
    }
  });
});

describe('ArticleDraft', () => {
  it('keeps one spelling per speaker for the whole article', () => {
    const { truth } = generateSynthetic({ articles: 50, seed: 11 });
    for (const s of truth.speakers)
      for (const a of s.appearances) {
        const given = s.name.split(' ')[0] as string;
        const full = a.surface.filter((x) => x.startsWith(`${given} `));
        expect(new Set(full).size, `${s.name} in ${a.doc}: ${full.join(' / ')}`).toBeLessThanOrEqual(1);
      }
  });

  it('joins blocks with blank lines and ends with a newline', () => {
    const d = new ArticleDraft(new Rng(1), {} as never);
    d.add('a', 'b\nc');
    expect(d.text()).toBe('a\n\nb\nc\n');
  });
});
