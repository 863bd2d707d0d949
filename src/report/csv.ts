/** A byte order mark, so that Excel reads the file as UTF-8. */
const bom = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP, plus NUL after ASVS 1.2.10). */
const formulaStart = /^[=+\-@\t\r\0]/;

/**
 * Format rows as CSV after RFC 4180: a UTF-8 byte order mark, the header row, CRLF after every
 * row, a field quoted when it holds `"`, `,`, CR or LF (quotes doubled). Against formula
 * injection (OWASP), a field that starts with `=`, `+`, `-`, `@`, TAB, CR or NUL gets a leading `'`.
 */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return bom + [header, ...rows].map((fields) => `${fields.map(toCell).join(',')}\r\n`).join('');
}

/** Neutralise a formula, then quote the field if it needs quoting. */
function toCell(field: string): string {
  const safe = formulaStart.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
