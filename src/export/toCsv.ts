/** One CSV column: where to read the value (object key or array index) and its header. */
export interface CsvColumn {
  key: string | number;
  header: string;
}

/**
 * Characters that make Excel, LibreOffice and Google Sheets treat a cell as a formula
 * ("CSV injection"): = + - @, and tab / CR, which some of them strip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One value as cell text: null/undefined → "", arrays joined with "; ", dates as ISO. */
function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(formatValue).filter((s) => s !== '').join('; ');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * One cell, escaped per RFC 4180. Text that would start a formula gets a leading
 * apostrophe (spreadsheets show it as text; the apostrophe is visible in plain-text
 * readers, the accepted cost of the guard). Numbers are never prefixed, so -3 stays -3.
 */
function formatCell(value: unknown): string {
  let text = formatValue(value);
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as RFC 4180 CSV: a header line, then one line per row, CRLF line ends (the last
 * line too). Rows are objects read by `column.key`, or arrays read by index.
 */
export function toCsv(rows: readonly CsvRow[], columns: readonly CsvColumn[]): string {
  return csvHeader(columns) + csvLines(rows, columns);
}

/** A CSV row: an object read by column key, or an array read by index. */
export type CsvRow = Readonly<Record<string, unknown>> | readonly unknown[];

/** The header line, CRLF-terminated. */
export function csvHeader(columns: readonly CsvColumn[]): string {
  return columns.map((c) => formatCell(c.header)).join(',') + '\r\n';
}

/** The lines for `rows`, each CRLF-terminated: toCsv in pieces, for exports written a chunk at a time. */
export function csvLines(rows: readonly CsvRow[], columns: readonly CsvColumn[]): string {
  let out = '';
  for (const row of rows) out += columns.map((c) => formatCell((row as Record<string | number, unknown>)[c.key])).join(',') + '\r\n';
  return out;
}

/**
 * CSV text as a download-ready Blob. The UTF-8 byte-order mark makes Excel read accented
 * names correctly; other readers ignore it.
 */
export function csvBlob(csv: string | readonly string[]): Blob {
  return new Blob(['\uFEFF', ...(typeof csv === 'string' ? [csv] : csv)], { type: 'text/csv;charset=utf-8' });
}
