import { csvBom, formatCsvRow } from './csv-row.js';
import type { ActionRecord } from './types.js';

const header = [
  'id', 'owners', 'task', 'status', 'due_text', 'due_start', 'due_end',
  'meeting_date', 'meeting_title', 'item', 'path', 'line',
];

/**
 * Format actions as CSV after RFC 4180: a UTF-8 byte order mark, a header row, CRLF after
 * every row, a field quoted when it holds `"`, `,`, CR or LF (quotes doubled). Owners are
 * joined with `; `; missing values are empty fields. Against formula injection (OWASP), a
 * field that starts with `=`, `+`, `-`, `@`, TAB, CR or NUL gets a leading `'`.
 */
export function formatActionsCsv(records: readonly ActionRecord[]): string {
  const rows = [header, ...records.map(toFields)];
  return csvBom + rows.map(formatCsvRow).join('');
}

/** The fields of one action, in the order of the header. */
function toFields(record: ActionRecord): string[] {
  return [
    record.id,
    record.owners.join('; '),
    record.text,
    record.status,
    record.due?.text ?? '',
    record.due?.start ?? '',
    record.due?.end ?? '',
    record.meeting.date ?? '',
    record.meeting.title ?? '',
    record.item ?? '',
    record.path,
    String(record.position.line),
  ];
}
