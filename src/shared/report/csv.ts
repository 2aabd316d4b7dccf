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

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * A moment as Dutch (and English) Excel reads a date-time from CSV: `2026-12-01 21:14:23`, ISO
 * order with a space, in Dutch time (Europe/Amsterdam, summer time included).
 */
export function excelDateTime(at: number): string {
  const part = Object.fromEntries(AMSTERDAM.formatToParts(at).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}
