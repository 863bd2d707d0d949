import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/validate-stylish.js';
import { validationMessage } from './report-fixtures.js';

const messages = [
  validationMessage({ path: 'b.md', severity: 'warn', ruleId: 'due-vague', message: 'Unexpected vague due date' }),
  validationMessage({ start: { line: 12, column: 5 }, end: { line: 12, column: 5 }, ruleId: 'owner-unknown' }),
  validationMessage(),
  validationMessage({ path: 'b.md', severity: 'info', ruleId: 'x', message: 'Note', start: { line: 1, column: 1 } }),
];

const plain = [
  'b.md',
  '  1:1-3:11  info     Note                                              x',
  '  3:1-3:11  warning  Unexpected vague due date                         due-vague',
  '',
  'minutes/a.md',
  '  3:1-3:11  error    Unexpected missing date, expected a meeting date  date-missing',
  '  12:5      error    Unexpected missing date, expected a meeting date  owner-unknown',
  '',
  '✖ 2 errors, ⚠ 1 warning, ℹ 1 info message',
  '',
].join('\n');

describe('formatStylish', () => {
  it('groups by file, sorts by place and aligns the columns', () => {
    expect(formatStylish(messages, { color: 0 })).toBe(plain);
  });

  it('colours when asked and reads the same without the colour', () => {
    const coloured = formatStylish(messages, { color: 1 });
    expect(coloured).toContain('\u001b[4mminutes/a.md\u001b[24m');
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('names only the severities that occur, in the singular or plural', () => {
    expect(formatStylish([validationMessage({ severity: 'warn' })], { color: 0 }).endsWith('\n\n⚠ 1 warning\n')).toBe(true);
    const infos = [validationMessage({ severity: 'info' }), validationMessage({ severity: 'info' })];
    expect(formatStylish(infos, { color: 0 }).endsWith('\n\nℹ 2 info messages\n')).toBe(true);
  });

  it('says so when there are no problems', () => {
    expect(formatStylish([], { color: 0 })).toBe('✔ no problems\n');
  });

  it('escapes control characters in paths, messages and rule ids', () => {
    const evil = validationMessage({ path: 'x\u001b[2J.md', message: 'Bad\n\u001b]8;;http://x\u0007link', ruleId: 'r\u202E' });
    const output = formatStylish([evil], { color: 0 });
    expect(output).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202E]/);
    expect(output).toContain('x\\x1b[2J.md\n');
    expect(output).toContain('Bad\\x0a\\x1b]8;;http://x\\x07link  r\\u{202E}');
  });
});
