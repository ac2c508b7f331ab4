import { SECTION_ORDER, type Sections } from '../../corpus';

/**
 * corpus.json as the CLI lays it out (top-level keys in SECTION_ORDER) with the
 * byte range of each value, for browser-side tests; src/pipeline/cli.test.ts
 * pins the CLI's writer to the same layout.
 */
export function publishCorpus(corpus: object): { body: Uint8Array; text: string; sections: Sections } {
  const enc = new TextEncoder();
  const rank = (k: string) => ((SECTION_ORDER as readonly string[]).indexOf(k) + SECTION_ORDER.length + 1) % (SECTION_ORDER.length + 1);
  const sections: Sections = {};
  let text = '{';
  for (const [k, v] of Object.entries(corpus).sort(([a], [b]) => rank(a) - rank(b))) {
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(k)}:`;
    const start = enc.encode(text).length;
    text += JSON.stringify(v);
    sections[k] = [start, enc.encode(text).length];
  }
  text += '}';
  return { body: enc.encode(text), text, sections };
}
