import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatActionsIcs } from '../../src/report/actions-ics.js';
import { actionRecord } from './report-fixtures.js';

const now = new Date('2025-03-05T08:30:00.123Z');

/** The content lines of an iCalendar text, unfolded. */
function unfold(ics: string): string[] {
  return ics.replaceAll('\r\n ', '').split('\r\n').slice(0, -1);
}

describe('formatActionsIcs', () => {
  it('writes one VTODO per action inside a VCALENDAR, with CRLF line ends', () => {
    const record = actionRecord({ owners: ['Ann'], text: 'Call Bo', path: 'm.md', position: { line: 4, column: 1 } });
    const uid = createHash('sha256').update('m.md\n4\na1').digest('hex').slice(0, 32);
    expect(formatActionsIcs([record], { now })).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//minutes//minutes actions//EN',
        'CALSCALE:GREGORIAN',
        'BEGIN:VTODO',
        `UID:${uid}@minutes`,
        'DTSTAMP:20250305T083000Z',
        'SUMMARY:Call Bo',
        'DUE;VALUE=DATE:20250307',
        'STATUS:NEEDS-ACTION',
        'DESCRIPTION:Owners: Ann\\nDue: by Friday\\nMeeting: 2025-03-03 Board meeting\\', // 75 octets
        ' nAgenda item: 3 Budget\\nSource: m.md:4',
        'CATEGORIES:Ann',
        'END:VTODO',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('marks done actions COMPLETED and leaves out DUE and CATEGORIES when there are none', () => {
    const lines = unfold(formatActionsIcs([actionRecord({ status: 'done', due: null, owners: [] })], { now }));
    expect(lines).toContain('STATUS:COMPLETED');
    expect(lines.some((line) => line.startsWith('DUE'))).toBe(false);
    expect(lines.some((line) => line.startsWith('CATEGORIES'))).toBe(false);
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toMatch(/^DESCRIPTION:Owners: \(unassigned\)\\n/);
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
    const record = actionRecord({ text: 'a\\b;c,d\ne\r\nf\u0007g', owners: ['Virtanen, Anna', 'Bo;Ek'] });
    const lines = unfold(formatActionsIcs([record], { now }));
    expect(lines).toContain('SUMMARY:a\\\\b\\;c\\,d\\ne\\nfg');
    expect(lines).toContain('CATEGORIES:Virtanen\\, Anna,Bo\\;Ek');
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain('Owners: Virtanen\\, Anna\\, Bo\\;Ek\\n');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const text = `${'ä'.repeat(40)} 会議の議事録 😀😀😀 ${'x'.repeat(30)} ${'€'.repeat(25)}`;
    const ics = formatActionsIcs([actionRecord({ text })], { now });
    const physical = ics.split('\r\n');
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDFFF]/u); // no half of a surrogate pair
      expect(line).not.toMatch(/[\r\n]/);
    }
    const summary = physical.findIndex((line) => line.startsWith('SUMMARY:'));
    expect(Buffer.byteLength(physical[summary] ?? '', 'utf8')).toBe(74); // 8 + 33 × 2: a 34th ä would not fit
    expect(physical[summary + 1]?.startsWith(' ')).toBe(true);
    expect(physical[summary + 1]?.startsWith('  ')).toBe(false);
    expect(unfold(ics)).toContain(`SUMMARY:${text}`);
  });

  it('derives a stable UID from path, line and id', () => {
    const uidOf = (overrides: Parameters<typeof actionRecord>[0]) =>
      unfold(formatActionsIcs([actionRecord(overrides)], { now })).find((line) => line.startsWith('UID:'));
    expect(uidOf({})).toBe(uidOf({ text: 'changed' }));
    expect(uidOf({})).toMatch(/^UID:[0-9a-f]{32}@minutes$/);
    expect(uidOf({ position: { line: 15, column: 3 } })).not.toBe(uidOf({}));
    expect(uidOf({ path: 'other.md' })).not.toBe(uidOf({}));
    expect(uidOf({ id: 'a2' })).not.toBe(uidOf({}));
  });

  it('writes an ATTENDEE for each owner the roster gives an e-mail address, the name quoted when it must be', () => {
    const people = [
      { name: 'Ann', email: 'ann@example.org' },
      { name: 'Bo, Jr.', email: 'bo+minutes@example.org' },
      { name: 'Cy "the Clerk"', email: 'cy@example.org' },
      { name: 'Di' },
    ];
    const lines = unfold(formatActionsIcs([actionRecord({ owners: ['Ann', 'Bo, Jr.', 'Cy "the Clerk"', 'Di', 'Ed'] })], { now, people }));
    expect(lines.filter((line) => line.startsWith('ATTENDEE'))).toEqual([
      'ATTENDEE;CN=Ann:mailto:ann@example.org',
      'ATTENDEE;CN="Bo, Jr.":mailto:bo+minutes@example.org',
      "ATTENDEE;CN=Cy 'the Clerk':mailto:cy@example.org",
    ]);
    expect(lines).toContain('CATEGORIES:Ann,Bo\\, Jr.,Cy "the Clerk",Di,Ed');
    expect(unfold(formatActionsIcs([actionRecord({ owners: ['Ann'] })], { now })).some((line) => line.startsWith('ATTENDEE'))).toBe(false);
  });

  it('folds a long ATTENDEE line at 75 octets like any other', () => {
    const name = 'Äää Ööö '.repeat(6).trim();
    const ics = formatActionsIcs([actionRecord({ owners: [name] })], { now, people: [{ name, email: 'long.address@example.org' }] });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`ATTENDEE;CN=${name}:mailto:long.address@example.org`);
  });

  it('writes an empty calendar for no actions', () => {
    expect(formatActionsIcs([], { now })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//minutes//minutes actions//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n',
    );
  });
});
