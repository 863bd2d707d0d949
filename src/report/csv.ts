/** A byte order mark, so that Excel reads a CSV file as UTF-8. */
export const csvBom = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP, plus NUL after ASVS 1.2.10). */
const formulaStart = /^[=+\-@\t\r\0]/;

/**
 * Format rows as CSV after RFC 4180: a UTF-8 byte order mark, the header row, then every row
 * (see `formatCsvRow`).
 */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return csvBom + [header, ...rows].map(formatCsvRow).join('');
}

/**
 * One CSV row after RFC 4180, CRLF included: a field is quoted when it holds `"`, `,`, CR or LF
 * (quotes doubled), and, against formula injection (OWASP), a field that starts with `=`, `+`,
 * `-`, `@`, TAB, CR or NUL gets a leading `'`. For writers that stream rows one at a time.
 */
export function formatCsvRow(fields: readonly string[]): string {
  return `${fields.map(toCell).join(',')}\r\n`;
}

/** Neutralise a formula, then quote the field if it needs quoting. */
function toCell(field: string): string {
  const safe = formulaStart.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
