import type { ScanRecord } from './scan-row.ts';
import type { Delimiter } from './scan-sniff.ts';

/** The result's columns, in this order, in the CSV file and in each JSON line. */
export const RESULT_COLUMNS = ['id', 'action', 'next_date', 'rule', 'reason'] as const;

/**
 * One CSV cell: a text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
 * carriage return) is prefixed with `'`; a cell holding the separator, `"` or a line break is quoted.
 */
export function resultCell(value: string, delimiter: Delimiter): string {
  const first = value.charCodeAt(0);
  const formula = first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
  const safe = formula ? `'${value}` : value;
  const quote = safe.includes(delimiter) || safe.includes('"') || safe.includes('\n') || safe.includes('\r');
  return quote ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The result file's header line (CRLF, for spreadsheets and practice software).
 * @example csvHeader(';') // 'id;action;next_date;rule;reason\r\n'
 */
export function csvHeader(delimiter: Delimiter): string {
  return `${RESULT_COLUMNS.join(delimiter)}\r\n`;
}

/** One record as a line of the result file. */
export function csvLine(record: ScanRecord, delimiter: Delimiter): string {
  // action, next_date and rule are Hygie's own words (an action, a day, a rule id): never quoted;
  // the reason, a French sentence, always is (it holds commas, and may quote a cell of the file).
  const { id, action, next_date, rule, reason } = record;
  const quoted = reason.includes('"') ? reason.replaceAll('"', '""') : reason;
  return `${resultCell(id, delimiter)}${delimiter}${action}${delimiter}${next_date}${delimiter}${rule}${delimiter}"${quoted}"\r\n`;
}

/** One record as one JSON object on its own line, fields in `RESULT_COLUMNS` order. */
export function jsonLine(record: ScanRecord): string {
  const { id, action, next_date, rule, reason } = record;
  return `${JSON.stringify({ id, action, next_date, rule, reason })}\n`;
}
