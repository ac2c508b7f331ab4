/**
 * A copy of `s` that shares no memory with any string it was sliced from. Engines keep a slice of a
 * long string as a view into it, so a slice kept for long (a memo's key, a quote's text) keeps the
 * whole longer string alive: an article's text for each word a run-long table remembers from it.
 * JSON's round trip always builds a new string, one byte a character when `s` is plain, whatever
 * the longer string held.
 */
export const detachedString = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
