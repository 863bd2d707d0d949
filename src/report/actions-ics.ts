import { createHash } from 'node:crypto';
import type { RosterPerson } from '../model/roster-person.js';
import type { ActionRecord } from './types.js';

/** Options of the iCalendar output. */
export interface ActionsIcsOptions {
  /** The moment the file is made: every DTSTAMP. */
  now: Date;
  /** The roster that named the owners: an owner it gives an e-mail address is an ATTENDEE. */
  people?: readonly RosterPerson[] | undefined;
}

/**
 * Format actions as an iCalendar file (RFC 5545) of VTODOs: UID (a hash of path, line and id,
 * `@minutes`), DTSTAMP, SUMMARY, DUE as a date (end of the due range) when there is one,
 * STATUS (NEEDS-ACTION or COMPLETED), DESCRIPTION (owners, due words, meeting, agenda item,
 * `path:line`), CATEGORIES (the owners) and, for each owner the roster gives an e-mail address,
 * `ATTENDEE;CN=Name:mailto:address` (other owners have no address, which an ATTENDEE needs).
 * TEXT values are escaped, lines end in CRLF and are folded at 75 octets without splitting a
 * character. With no actions the calendar has no component, which most programs accept.
 */
export function formatActionsIcs(records: readonly ActionRecord[], options: ActionsIcsOptions): string {
  const stamp = options.now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const emails = new Map<string, string>();
  for (const person of options.people ?? []) if (person.email !== undefined && !emails.has(person.name)) emails.set(person.name, person.email);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//minutes//minutes actions//EN',
    'CALSCALE:GREGORIAN',
    ...records.flatMap((record) => toTodo(record, stamp, emails)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** The content lines of one VTODO, unfolded. */
function toTodo(record: ActionRecord, stamp: string, emails: ReadonlyMap<string, string>): string[] {
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
  for (const owner of record.owners) {
    const email = emails.get(owner);
    if (email !== undefined) lines.push(`ATTENDEE;CN=${paramValue(owner)}:mailto:${mailtoAddress(email)}`);
  }
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

/**
 * A parameter value (RFC 5545 3.1): in double quotes when it holds `;`, `:` or `,`; a double
 * quote, which no parameter value can hold, becomes `'`, and control characters become a space.
 */
function paramValue(text: string): string {
  const clean = text
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
    .replaceAll('"', "'");
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/** An address as a `mailto:` URI takes it: characters outside the URI's own percent-encoded. */
function mailtoAddress(address: string): string {
  return address.replace(/[^\w.!$&'*+=@~-]/g, (character) => encodeURIComponent(character));
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
