import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Sections } from '../corpus';
import { publishCorpus } from '../lib/__fixtures__/publishCorpus';
import { MisalignedError, readSections } from './readSections';

/** A stream that hands out `bytes` in the given chunk lengths (the last one takes the rest). */
function streamOf(bytes: Uint8Array, sizes: number[]): ReadableStream<Uint8Array> {
  let at = 0;
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      const n = Math.max(1, sizes[i++ % Math.max(1, sizes.length)] ?? bytes.length);
      c.enqueue(bytes.slice(at, at + n));
      at += n;
    },
  });
}

/** JSON of an object (keys of at most 4 characters keep their order) with its top-level values' byte ranges. */
const encode = (obj: Record<string, unknown>) => {
  const { body, sections } = publishCorpus(obj);
  return { bytes: body, sections };
};

async function collect(stream: ReadableStream<Uint8Array>, sections: Sections, total: number) {
  const out: [string, unknown][] = [];
  for await (const [name, json] of readSections(stream, sections, total)) out.push([name, JSON.parse(json)]);
  return out;
}

describe('readSections', () => {
  const obj = { a: [1, 2, 3], b: { x: 'héllo “quoted” 😀' }, c: 'z'.repeat(50) };

  it('yields every section, in file order, whatever the chunk sizes (multi-byte characters split across chunks)', async () => {
    const { bytes, sections } = encode(obj);
    for (const sizes of [[1], [3, 7], [bytes.length], [16, 1, 2]]) expect(await collect(streamOf(bytes, sizes), sections, bytes.length)).toEqual(Object.entries(obj));
  });

  it('yields a section as soon as its bytes are in, before the stream ends', async () => {
    const { bytes, sections } = encode(obj);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= bytes.length) return c.close();
        c.enqueue(bytes.slice(sent, sent + 4));
        sent += 4;
      },
    });
    const it = readSections(stream, sections, bytes.length);
    const first = await it.next();
    expect(first.value?.[0]).toBe('a');
    expect(sent).toBeLessThan(sections.b![0] + 8);
    await it.return(undefined);
  });

  it('reports bytes received', async () => {
    const { bytes, sections } = encode(obj);
    const seen: number[] = [];
    for await (const _ of readSections(streamOf(bytes, [10]), sections, bytes.length, (n) => seen.push(n))) void _;
    expect(seen.at(-1)).toBe(bytes.length);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });

  it('fails, naming the section, when the download stops early', async () => {
    const { bytes, sections } = encode(obj);
    const cut = collect(streamOf(bytes.slice(0, sections.c![0] + 3), [8]), sections, bytes.length);
    await expect(cut).rejects.toThrow(/stopped after \d+ of \d+ bytes, inside "c"/);
    await expect(cut).rejects.not.toBeInstanceOf(MisalignedError);
  });

  describe('refuses sections that do not describe the body exactly (MisalignedError)', () => {
    const { bytes, sections } = encode(obj);
    const cases: [string, Sections, Uint8Array][] = [
      ['a key left out', { a: sections.a!, c: sections.c! }, bytes],
      ['shifted offsets', Object.fromEntries(Object.entries(sections).map(([k, [s, e]]) => [k, [s + 1, e + 1]])) as Sections, bytes],
      ['a section named after another key', { a: sections.a!, x: sections.b!, c: sections.c! }, bytes],
      ['an offset inside a multi-byte character', { ...sections, b: [sections.b![0], sections.b![1] - 8] }, bytes],
      ['bytes after the last section', sections, new Uint8Array([...bytes.subarray(0, -1), 0x2c, 0x7d])],
      ['another body entirely', sections, new TextEncoder().encode('<!doctype html><p>' + 'x'.repeat(bytes.length))],
      ['not UTF-8', { s: [5, 9] }, new Uint8Array([0x7b, 0x22, 0x73, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ];
    it.each(cases)('%s', async (_name, s, body) => {
      await expect(collect(streamOf(body, [5]), s, body.length === bytes.length + 1 ? bytes.length : body.length)).rejects.toBeInstanceOf(MisalignedError);
    });
  });

  it('property: any JSON object, any chunking, gives back its values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.jsonValue(), { minKeys: 1, maxKeys: 5 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }), async (o, sizes) => {
        const { bytes, sections } = encode(o);
        const got = await collect(streamOf(bytes, sizes), sections, bytes.length);
        expect(got).toEqual(Object.entries(o).map(([k, v]) => [k, JSON.parse(JSON.stringify(v))]));
      }),
      { numRuns: 150 },
    );
  });
});
