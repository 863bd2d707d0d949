import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatActionsTable } from '../../src/report/actions-table.js';
import { actionRecord } from './report-fixtures.js';

const today = '2025-03-05';

const records = [
  actionRecord(),
  actionRecord({
    id: 'a2',
    owners: ['Bo Ek', 'Anna Virtanen'],
    text: 'Book a room',
    due: { text: '2025-03-01', start: '2025-03-01', end: '2025-03-01' },
    position: { line: 20, column: 3 },
  }),
  actionRecord({ id: 'a3', owners: [], text: 'Tidy up', due: null, meeting: { date: null, title: null } }),
];

describe('formatActionsTable', () => {
  it('groups by owner, unassigned last, and counts distinct actions and people; in columns without a width', () => {
    expect(formatActionsTable(records, { color: 0, width: 0, today })).toBe(
      [
        'Anna Virtanen',
        '  [ ] Send the budget draft to the board  2025-03-07 (by Friday)  2025-03-03 Board meeting  minutes/2025-03-03.md:14',
        '  [ ] Book a room                         2025-03-01, overdue     2025-03-03 Board meeting  minutes/2025-03-03.md:20',
        '',
        'Bo Ek',
        '  [ ] Book a room                         2025-03-01, overdue     2025-03-03 Board meeting  minutes/2025-03-03.md:20',
        '',
        '(unassigned)',
        '  [ ] Tidy up                                                                               minutes/2025-03-03.md:14',
        '',
        '3 open actions, 1 overdue, 2 people',
        '',
      ].join('\n'),
    );
  });

  it('puts the meeting and place on a line under the task when columns would squeeze it', () => {
    expect(formatActionsTable(records, { color: 0, width: 80, today }).split('\n').slice(0, 5)).toEqual([
      'Anna Virtanen',
      '  [ ] Send the budget draft to the board  2025-03-07',
      '      2025-03-03 Board meeting · minutes/2025-03-03.md:14',
      '  [ ] Book a room                         2025-03-01, overdue',
      '      2025-03-03 Board meeting · minutes/2025-03-03.md:20',
    ]);
  });

  it('keeps a task to two lines at the width, cutting the rest with an ellipsis', () => {
    const long = actionRecord({ text: 'Write the annual report together with the treasurer and the auditors, then send it to every member before the spring meeting' });
    const output = formatActionsTable([long], { color: 0, width: 60, today });
    expect(output.split('\n').slice(1, 4)).toEqual([
      '  [ ] Write the annual report together with the   2025-03-07',
      '      treasurer and the auditors, then send it…',
      '      2025-03-03 Board meeting · minutes/2025-03-03.md:14',
    ]);
    for (const line of output.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('counts wide characters and emoji as two columns', () => {
    const wide = actionRecord({ text: '会議の議事録を全員に送る 📧 そして次の会議を予約する', due: null });
    const lines = formatActionsTable([wide], { color: 0, width: 30, today }).split('\n');
    expect(lines.slice(1, 3)).toEqual(['  [ ] 会議の議事録を全員に送る', '      📧 そして次の会議を予約…']);
  });

  it('shows a path under the current folder relative to it', () => {
    const absolute = actionRecord({ path: '/home/ann/minutes/2025-03-03.md' });
    expect(formatActionsTable([absolute], { color: 0, width: 0, today, cwd: '/home/ann' })).toContain(' minutes/2025-03-03.md:14');
    expect(formatActionsTable([absolute], { color: 0, width: 0, today, cwd: '/srv' })).toContain(' /home/ann/minutes/2025-03-03.md:14');
  });

  it('says 1 open action and 1 person in the singular', () => {
    const output = formatActionsTable([actionRecord()], { color: 0, width: 0, today });
    expect(output.endsWith('\n1 open action, 0 overdue, 1 person\n')).toBe(true);
  });

  it('counts open and done actions apart, and a done action is never overdue', () => {
    const done = actionRecord({ id: 'a9', status: 'done', due: { text: 'x', start: '2025-01-01', end: '2025-01-01' } });
    const output = formatActionsTable([actionRecord(), done], { color: 0, width: 0, today });
    expect(output).toContain('[x] Send the budget');
    expect(output).not.toContain('overdue ');
    expect(output.endsWith('\n2 actions (1 open, 1 done), 0 overdue, 1 person\n')).toBe(true);
    expect(formatActionsTable([done], { color: 0, width: 0, today })).toContain('\n1 done action, 0 overdue, 1 person\n');
  });

  it('says so when there is nothing to list', () => {
    expect(formatActionsTable([], { color: 0, width: 80, today })).toBe('0 actions\n');
  });

  it('colours overdue dates red and keeps the same text without ANSI', () => {
    const plain = formatActionsTable(records, { color: 0, width: 0, today });
    const coloured = formatActionsTable(records, { color: 1, width: 0, today });
    expect(coloured).toContain('\u001b[31m2025-03-01, overdue\u001b[39m');
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('escapes control and bidi characters from the minutes', () => {
    const evil = actionRecord({
      owners: ['Eve\u001b]0;pwned\u0007'],
      text: 'Pay \u202Eevil\u001b[2J',
      path: 'a\u001b[1m.md',
      meeting: { date: '2025-03-03', title: 'T\u009b1m' },
    });
    const output = formatActionsTable([evil], { color: 0, width: 0, today });
    expect(output).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202E]/);
    expect(output).toContain('Eve\\x1b]0;pwned\\x07');
    expect(output).toContain('Pay \\u{202E}evil\\x1b[2J');
    expect(output).toContain('a\\x1b[1m.md:14');
    expect(output).toContain('T\\x9b1m');
  });
});
