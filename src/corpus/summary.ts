import { z } from 'zod';

/**
 * Bumped whenever the dashboard computes its default view differently (what a unit is,
 * which countries count…): a page ignores a summary of another version rather than show
 * figures its own charts would then change.
 */
export const SUMMARY_VERSION = 1;

const Count = z.number().int().nonnegative();

/**
 * The figures of the dashboard's first row in its default view (no filters, counting
 * speakers once per event), as the page computes them from the whole corpus. The CLI
 * writes it into the version file, so a first load can draw them before the corpus is
 * read (src/lib/firstView.ts computes it; the page only shows it while no corpus is).
 */
export const CorpusSummary = z.object({
  version: z.literal(SUMMARY_VERSION),
  /** The count mode of `counted` and `countries`. */
  count: z.enum(['event', 'article']),
  /** The summary strip's tiles. */
  documents: Count,
  events: Count,
  speakers: Count,
  countries: Count,
  quotes: Count,
  /** What the charts count in all (the count line's total). */
  counted: Count,
  /** Counted units by country code ("none": not given), largest first, as the country chart orders them. */
  byCountry: z.array(z.tuple([z.string().min(1), Count])),
});
export type CorpusSummary = z.infer<typeof CorpusSummary>;
