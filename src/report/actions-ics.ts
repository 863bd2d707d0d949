import { createHash } from 'node:crypto';
import type { ActionRecord } from './types.js';

/** Options of the iCalendar output. */
export interface ActionsIcsOptions {
  /** The moment the file is made: every DTSTAMP. */
  now: Date;
}

/**
 * Format actions as an iCalendar file (RFC 5545) of VTODOs: UID (a hash of path, line and id,
 * `@minutes`), DTSTAMP, SUMMARY, DUE as a date (end of the due range) when there is one,
 * STATUS (NEEDS-ACTION or COMPLETED), DESCRIPTION (owners, due words, meeting, agenda item,
 * `path:line`) and CATEGORIES (the owners). Owners are not ATTENDEEs, which need an address.
 * TEXT values are escaped, lines end in CRLF and are folded at 75 octets without splitting a
 * character. With no actions the calendar has no component, which most programs accept.
 */
export function formatActionsIcs(records: readonly ActionRecord[], options: ActionsIcsOptions): string {
  const stamp = options.now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//minutes//minutes actions//EN',
    'CALSCALE:GREGORIAN',
    ...records.flatMap((record) => toTodo(record, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** The content lines of one VTODO, unfolded. */
function toTodo(record: ActionRecord, stamp: string): string[] {
  const lines = [
    'BEGIN:VTODO',
    `UID:${uid(record)}`,
    `DTSTAMP:${stamp}`,
    `SUMMARY:${escapeText(record.text)}`,
  ];
  if (record.due !== null) lines.push(`DUE;VALUE=DATE:${record.due.end.replaceAll('-', '')}`);
  lines.push(`STATUS:${record.status === 'done' ? 'COMPLETED' : 'NEEDS-ACTION'}`);
  lines.push(`DESCRIPTION:${escapeText(describe(record))}`);
  if (record.owners.length > 0) lines.push(`CATEGORIES:${record.owners.map(escapeText).join(',')}`);
  lines.push('END:VTODO');
  return lines;
}

/** A stable UID: the same action at the same place gives the same UID every time. */
function uid(record: ActionRecord): string {
  const key = `${record.path}\n${record.position.line}\n${record.id}`;
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}@minutes`;
}

/** Who, when, where from: one fact a line. */
function describe(record: ActionRecord): string {
  const meeting = [record.meeting.date, record.meeting.title].filter((part) => part !== null);
  const item = [record.item, record.itemTitle].filter((part) => part !== null);
  return [
    `Owners: ${record.owners.length > 0 ? record.owners.join(', ') : '(unassigned)'}`,
    record.due === null ? null : `Due: ${record.due.text}`,
    meeting.length > 0 ? `Meeting: ${meeting.join(' ')}` : null,
    item.length > 0 ? `Agenda item: ${item.join(' ')}` : null,
    `Source: ${record.path}:${record.position.line}`,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

/**
 * Escape a TEXT value: `\`, `;` and `,` get a backslash, a line break becomes `\n`; other
 * control characters (TAB excepted) are dropped and lone surrogates become U+FFFD.
 */
function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

/** Fold a content line: at most 75 octets of UTF-8 a line, continued after CRLF and a space. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}
