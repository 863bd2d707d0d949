import { formatCsv } from './csv.js';
import type { DecisionRecord } from './decision-record.js';

const header = ['id', 'decision', 'meeting_date', 'meeting_title', 'language', 'item', 'item_title', 'path', 'line'];

/**
 * Format decisions as CSV, by the rules of the actions CSV (see `formatCsv`): a UTF-8 byte order
 * mark, a header row, CRLF line ends, quoting after RFC 4180, and a leading `'` on a field that a
 * spreadsheet would read as a formula. Missing values are empty fields.
 */
export function formatDecisionsCsv(records: readonly DecisionRecord[]): string {
  return formatCsv(header, records.map(toFields));
}

/** The fields of one decision, in the order of the header. */
function toFields(record: DecisionRecord): string[] {
  return [
    record.id,
    record.text,
    record.meeting.date ?? '',
    record.meeting.title ?? '',
    record.meeting.language,
    record.item ?? '',
    record.itemTitle ?? '',
    record.path,
    String(record.position.line),
  ];
}
