import { wallClock } from '../school-time.ts';
/** Byte-order mark: Excel opens the file as UTF-8 only with it. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV cell for Dutch Excel: `;`-separated, quoted when needed, and cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR) are prefixed with an apostrophe.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header row, rows, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/**
 * A moment as Dutch (and English) Excel reads a date-time from CSV: `2026-12-01 21:14:23`, ISO
 * order with a space, in Dutch time (Europe/Amsterdam, summer time included).
 */
export function excelDateTime(at: number): string {
  const clock = wallClock(at);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${clock.year}-${two(clock.month)}-${two(clock.day)} ${two(clock.hour)}:${two(clock.minute)}:${two(clock.second)}`;
}
