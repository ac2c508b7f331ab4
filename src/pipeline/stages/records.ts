/**
 * Records handed out one at a time, each made when asked for (a corpus's
 * documents and quotes with their texts, its term rows), so they are never all
 * held at once. Each pass over it makes them again.
 */
export class RecordStream<T> implements Iterable<T> {
  constructor(
    readonly length: number,
    readonly each: () => Iterator<T>,
  ) {}
  [Symbol.iterator](): Iterator<T> {
    return this.each();
  }
}

/** A section's records: in memory, or made as they are read. */
export type Records<T> = readonly T[] | RecordStream<T>;
