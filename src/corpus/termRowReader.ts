import { TermRow } from './schema';
import { decodeCountsInto, isFlatCounts } from './terms';

/** A term row's kind and id; its counts are checked apart (TermRowReader). */
const TermRowHead = TermRow.omit({ counts: true });

/** A term row read by TermRowReader: `counts` is a view of memory the reader uses again for the next row. */
export interface TermRowView {
  kind: 'quote' | 'document';
  id: string;
  counts: Int32Array;
}

/**
 * Reads `termRows` records as TermRowLine checks them, with the same issues, but without a
 * list a row: each row's counts are decoded into one array the reader keeps and hands out as
 * a view, valid until the next `read`. A list a row, 300k of them at 10,000 articles, held
 * until their chunk was packed, cost the loader more in garbage collection than in decoding.
 */
export class TermRowReader {
  #into = new Int32Array(1 << 12);

  /** The row, or its issues as `describeIssues` words them ("counts: packed counts: …"). */
  read(raw: unknown): TermRowView | string[] {
    const head = TermRowHead.safeParse(raw);
    const issues = head.success ? [] : head.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    // not an object: that is all zod would say
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return issues;
    const n = this.#decode((raw as { counts?: unknown }).counts);
    if (typeof n === 'string') issues.push(`counts: ${n}`);
    if (typeof n === 'string' || !head.success) return issues;
    return { kind: head.data.kind, id: head.data.id, counts: this.#into.subarray(0, n) };
  }

  /** `counts` decoded into #into: how many numbers, or what is wrong. */
  #decode(counts: unknown): number | string {
    const room = typeof counts === 'string' || Array.isArray(counts) ? counts.length : 0;
    if (room > this.#into.length) this.#into = new Int32Array(Math.max(room, 2 * this.#into.length));
    if (typeof counts === 'string') {
      const n = decodeCountsInto(counts, this.#into, 0);
      return typeof n === 'string' ? `packed counts: ${n}` : n;
    }
    // a list of numbers (files written before packed counts); past 32 bits it would not survive the Int32Array
    if (isFlatCounts(counts) && (counts as number[]).every((x) => x <= 0x7fffffff)) {
      this.#into.set(counts as number[]);
      return room;
    }
    return 'expected a flat [termIndex, count, …] list (even length, integer indices ≥ 0, counts ≥ 1) or its packed string';
  }
}
