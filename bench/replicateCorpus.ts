/**
 * A bigger corpus without preprocessing more articles: every record of a corpus-lines file
 * `times` times over, each copy's ids (events, speakers, documents, quotes) given a suffix
 * "~k", so the copies are disjoint corpora side by side; the vocabulary, rejected files and
 * warnings once. Writes the version file beside the output. For issue 13's 50,000-article
 * load from the 10,000-article corpus:
 *   tsx bench/replicateCorpus.ts --in /work/big/corpus.jsonl --times 5 --out /work/big50/corpus.jsonl
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { LinesHeader, SCHEMA_VERSION, type LineSection } from '../src/corpus';
import { versionPath } from './preprocess';

type Rec = Record<string, unknown>;

/** Sections kept once, not copied: no ids of their own that others point to, or shared by every copy. */
const ONCE = new Set<LineSection>(['rejected', 'warnings', 'vocabulary']);

/** A record of `section` with its ids (and the ids it points to) suffixed for copy k. */
export function renameRecord(section: LineSection, r: Rec, k: number): Rec {
  if (k === 0 || ONCE.has(section)) return r;
  const id = (v: unknown) => (typeof v === 'string' ? `${v}~${k}` : v);
  const out: Rec = { ...r };
  for (const key of ['id', 'speakerId', 'eventId', 'documentId']) if (key in out) out[key] = id(out[key]);
  if (section === 'events') out.documentIds = (r.documentIds as string[]).map(id);
  // an appearances line naming several speakers (files written since; before, one speakerId a line)
  if (section === 'appearances' && Array.isArray(r.speakerIds)) out.speakerIds = (r.speakerIds as string[]).map(id);
  if (section === 'documents') out.file = `${k}/${r.file as string}`;
  // a speaker's evidence: inside its record, or (since the `evidence` lines) a line of its own
  if ((section === 'speakers' || section === 'evidence') && r.evidence) {
    const ev = r.evidence as Record<string, Rec[]>;
    out.evidence = Object.fromEntries(Object.entries(ev).map(([f, list]) => [f, list.map((e) => ('documentId' in e ? { ...e, documentId: id(e.documentId) } : e))]));
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' }, times: { type: 'string', default: '5' } } });
  if (!values.in || !values.out) throw new Error('usage: tsx bench/replicateCorpus.ts --in corpus.jsonl --out big/corpus.jsonl [--times 5]');
  const times = Number(values.times);
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  const lines = createInterface({ input: createReadStream(resolve(values.in)), crlfDelay: Infinity });
  const w = createWriteStream(out);
  const hash = createHash('sha256');
  const write = async (s: string) => {
    hash.update(s);
    if (!w.write(s)) await once(w, 'drain');
  };
  let header: LinesHeader | undefined;
  let section: LineSection | undefined;
  let held: string[] = [];
  const flush = async () => {
    if (!section) return;
    for (let k = 0; k < (ONCE.has(section) ? 1 : times); k++)
      for (const line of held) {
        const [, r] = JSON.parse(line) as [LineSection, Rec];
        await write(`${JSON.stringify([section, renameRecord(section, r, k)])}\n`);
      }
    held = [];
  };
  for await (const line of lines) {
    if (!header) {
      header = LinesHeader.parse(JSON.parse(line));
      const counts = Object.fromEntries(Object.entries(header.counts).map(([s, n]) => [s, ONCE.has(s as LineSection) ? n : n! * times]));
      await write(`${JSON.stringify({ ...header, counts })}\n`);
      continue;
    }
    if (!line.trim()) continue;
    const s = line.slice(2, line.indexOf('"', 2)) as LineSection;
    if (s !== section) {
      await flush();
      section = s;
    }
    held.push(line);
  }
  await flush();
  w.end();
  await once(w, 'finish');
  writeFileSync(versionPath(out), JSON.stringify({ sha256: hash.digest('hex'), bytes: statSync(out).size, schemaVersion: SCHEMA_VERSION, file: basename(out) }));
  console.log(`${out}: ${(statSync(out).size / 1e6).toFixed(0)} MB, ${times} copies`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
