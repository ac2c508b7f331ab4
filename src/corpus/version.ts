import { z } from 'zod';
import { CorpusSummary } from './summary';

/**
 * corpus.json's top-level keys in the order the CLI writes them. What the
 * first charts need (events, speakers, appearances) comes before the bulky
 * quotes, term counts and document texts, so a browser reading the file as a
 * stream can draw them after the first ~12% of the bytes (see src/db/loadCorpus.ts).
 */
export const SECTION_ORDER = ['schemaVersion', 'rejected', 'warnings', 'events', 'speakers', 'appearances', 'quotes', 'unattributed', 'terms', 'documents'] as const;

/** Byte range [start, end) of a top-level value in corpus.json's UTF-8 bytes. */
const ByteRange = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start < end, 'expected [start, end) with start < end');

/**
 * corpus.version.json, written next to corpus.json: its hash and size (a
 * browser whose stored copy has this hash skips the download) and, since the
 * CLI writes them, where each top-level value of corpus.json starts and ends,
 * or (`file`) the name of the corpus-lines file it describes, and (`summary`)
 * the default view's first figures. All are
 * optional extras for readers: the corpus file alone is the whole corpus.
 */
export const CorpusVersion = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest'),
    bytes: z.number().int().nonnegative(),
    schemaVersion: z.number().int().optional(),
    sections: z.record(z.string(), ByteRange).optional(),
    /** The corpus file beside it (a corpus-lines file, corpus.jsonl): a plain name, never a path or URL. */
    file: z
      .string()
      .regex(/^[\w-][\w.-]*$/, 'expected a file name')
      .optional(),
    /**
     * The dashboard's first figures, for a first load to draw before the corpus is read. One
     * that does not parse (an older or newer page's) is dropped, the rest of the file kept.
     */
    summary: CorpusSummary.optional().catch(undefined),
  })
  .refine((v) => !v.sections || sectionsInOrder(v.sections, v.bytes), {
    message: 'sections must not overlap and must lie inside the file',
    path: ['sections'],
  });
export type CorpusVersion = z.infer<typeof CorpusVersion>;
export type Sections = NonNullable<CorpusVersion['sections']>;

/** Sections, sorted by start, that do not overlap and end within `bytes`. */
function sectionsInOrder(sections: Record<string, [number, number]>, bytes: number): boolean {
  let end = 0;
  for (const [s, e] of Object.values(sections).sort((a, b) => a[0] - b[0])) {
    if (s < end || e > bytes) return false;
    end = e;
  }
  return true;
}
