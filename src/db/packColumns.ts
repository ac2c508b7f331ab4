/**
 * Rows of one shape stored column by column: IndexedDB's structured clone reads
 * a few arrays of strings and numbers much faster than 1000 small objects (it
 * rebuilds each object property by property; at 100k quotes and appearances
 * that was most of a warm load).
 */
export interface PackedColumns {
  keys: string[];
  columns: unknown[][];
}

/** Pack rows that all have exactly `keys` (zod-parsed records do; optional keys may be missing). */
export function packColumns(rows: readonly object[], keys: readonly string[]): PackedColumns {
  return { keys: [...keys], columns: keys.map((k) => rows.map((r) => (r as Record<string, unknown>)[k])) };
}

export function unpackColumns<T>(p: PackedColumns): T[] {
  const n = p.columns[0]?.length ?? 0;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < p.keys.length; k++) {
      const v = p.columns[k]![i];
      if (v !== undefined) row[p.keys[k]!] = v;
    }
    out[i] = row as T;
  }
  return out;
}
