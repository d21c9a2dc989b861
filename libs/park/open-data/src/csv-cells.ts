import Papa from 'papaparse';
import { Column, Row } from './dataset';

/** Excel and LibreOffice run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text: lists `;`-separated, times in ISO 8601, a formula-looking text quoted with '. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return guard(value.map((item) => String(item ?? '')).join(';'));
  if (typeof value === 'string') return guard(value);
  return String(value);
}

function guard(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 lines (CRLF-terminated, quoted where needed) for these rows, in the columns' order. */
export function csvLines(columns: readonly Column[], rows: readonly Row[]): string {
  if (!rows.length) return '';
  const cells = rows.map((row) => columns.map((column) => csvCell(row[column.name])));
  return Papa.unparse(cells, { newline: '\r\n', quotes: false }) + '\r\n';
}

/** The header line, after the UTF-8 byte-order mark that makes Excel read Hangul as UTF-8. */
export function csvHeader(columns: readonly Column[]): string {
  return (
    '\ufeff' + Papa.unparse([columns.map((column) => column.name)], { newline: '\r\n' }) + '\r\n'
  );
}
