import type { Summary } from './stats';

/** One benchmark row: what was timed, on what size, and its run statistics. */
export interface BenchResult {
  /** "preprocess", "load corpus (cold)", "filter by country"… */
  readonly name: string;
  /** Input size label, e.g. 1000 (articles) or "10,000 articles". */
  readonly size?: number | string;
  readonly summary: Summary;
  /** Extra columns by header, e.g. { "articles/s": 812, recall: 0.94 }. */
  readonly extra?: Readonly<Record<string, number | string>>;
}

export interface BenchReport {
  readonly title?: string;
  /** Shown as a bullet list above the table: node version, CPU, commit… */
  readonly environment?: Readonly<Record<string, string>>;
  readonly results: readonly BenchResult[];
}

/** Milliseconds with precision that suits the magnitude: 0.42 ms, 12.3 ms, 1,234 ms. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (Math.abs(ms) < 10) return `${ms.toFixed(2)} ms`;
  if (Math.abs(ms) < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}

function formatValue(v: number | string | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '—';
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return Math.abs(v) < 1 ? v.toFixed(3) : v.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** A cell may not break the table: escape pipes, flatten newlines. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * A GitHub-flavoured Markdown report: optional title and environment list, then one
 * table with a row per result. Extra columns are the union of every result's `extra`
 * keys in first-seen order; a result without one leaves the cell empty.
 */
export function formatReport(report: BenchReport): string {
  const extraKeys: string[] = [];
  for (const r of report.results) for (const k of Object.keys(r.extra ?? {})) if (!extraKeys.includes(k)) extraKeys.push(k);
  const header = ['Benchmark', 'Size', 'Runs', 'Median', 'p95', 'Min', 'Max', ...extraKeys];
  const align = ['---', '---:', '---:', '---:', '---:', '---:', '---:', ...extraKeys.map(() => '---:')];
  const rows = report.results.map((r) => [
    r.name,
    formatValue(r.size),
    String(r.summary.runs),
    formatMs(r.summary.median),
    formatMs(r.summary.p95),
    formatMs(r.summary.min),
    formatMs(r.summary.max),
    ...extraKeys.map((k) => formatValue(r.extra?.[k])),
  ]);
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const out: string[] = [];
  if (report.title) out.push(`## ${report.title}`, '');
  const env = Object.entries(report.environment ?? {});
  if (env.length) out.push(...env.map(([k, v]) => `- ${k}: ${v}`), '');
  out.push(line(header), `|${align.map((a) => ` ${a} `).join('|')}|`, ...rows.map(line));
  return `${out.join('\n')}\n`;
}
