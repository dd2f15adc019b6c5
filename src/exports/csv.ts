import { stringify } from 'csv-stringify/sync';

/** A spreadsheet would run a cell that starts like a formula; prefix it with a quote. */
export function neutralise(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.join('; ')
    : value instanceof Date
      ? value.toISOString()
      : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * UTF-8 with a byte-order mark, so that spreadsheet programs read French text
 * right, and every field quoted (empty ones too): a spreadsheet whose list
 * separator is ";" (French, German) splits an unquoted `Clinics;=1+1` into
 * two cells, the second a formula that `neutralise` never saw.
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  const records = [header, ...rows.map((r) => r.map(neutralise))];
  return `\uFEFF${stringify(records, { record_delimiter: 'windows', quoted: true, quoted_empty: true })}`;
}
