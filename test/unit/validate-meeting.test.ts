import { describe, expect, it } from 'vitest';
import { formatMessageLine, toVFileMessage } from '../../src/validate/message-line.js';
import { ruleIds, rules } from '../../src/validate/rules/index.js';
import { resolveSeverities } from '../../src/validate/severities.js';
import { validateMeeting } from '../../src/validate/validate-meeting.js';
import { meeting } from './validate-helpers.js';
import { validationMessage } from './report-fixtures.js';

const text = '# Kokous\n\nx\nx\nx\nx\n';

describe('validateMeeting', () => {
  it('runs every rule at its default severity and sorts the messages by place', () => {
    const messages = validateMeeting({ path: 'm.md', text, meeting: meeting({ date: null, location: null, participants: [] }) });
    expect(messages.map((message) => [message.ruleId, message.severity, message.start.line])).toEqual([
      ['date-missing', 'error', 1],
      ['participants-missing', 'error', 1],
      ['place-missing', 'warn', 1],
    ]);
  });

  it('takes severities over the defaults, and does not run rules that are off', () => {
    const severities = { 'date-missing': 'info', 'place-missing': 'off', 'participants-missing': 'warn' } as const;
    const messages = validateMeeting({ path: 'm.md', text, meeting: meeting({ date: null, location: null, participants: [] }) }, { severities });
    expect(messages.map((message) => `${message.ruleId} ${message.severity}`)).toEqual(['date-missing info', 'participants-missing warn']);
  });

  it('turns parser diagnostics into messages with an end, under the same severities', () => {
    const diagnostics = [
      { ruleId: 'date-unreadable', severity: 'warn' as const, message: 'Unexpected date `32.1.`, expected a day', position: { line: 3, column: 7 } },
      { ruleId: 'label-unknown', severity: 'info' as const, message: 'Unexpected label', position: { line: 2, column: 1 }, end: { line: 2, column: 9 } },
    ];
    const file = { path: 'm.md', text, meeting: meeting({ diagnostics }) };
    expect(validateMeeting(file).map(formatMessageLine)).toEqual([
      'm.md:2:1-2:9: info label-unknown Unexpected label',
      'm.md:3:7-3:7: warn date-unreadable Unexpected date `32.1.`, expected a day',
    ]);
    expect(validateMeeting(file, { severities: { 'date-unreadable': 'error', 'label-unknown': 'off' } }).map((m) => `${m.ruleId} ${m.severity}`)).toEqual(['date-unreadable error']);
  });

  it('never gives a message without a start and an end at or after it', () => {
    const messages = validateMeeting({ path: 'm.md', text: '', meeting: meeting({ title: null, date: null, location: null, participants: [], fields: {} }) });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.start.line).toBeGreaterThanOrEqual(1);
      expect(message.start.column).toBeGreaterThanOrEqual(1);
      expect(message.end.line > message.start.line || message.end.column >= message.start.column).toBe(true);
    }
  });
});

describe('rules', () => {
  it('have unique kebab-case ids, a description, an example and a default severity', () => {
    expect(new Set(ruleIds).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.example.length).toBeGreaterThan(5);
      expect(['error', 'warn', 'info', 'off']).toContain(rule.severity);
    }
  });
});

describe('resolveSeverities', () => {
  it('applies configuration rules, then required fields as errors, then the command line', () => {
    const config = { rules: { 'chair-missing': 'off', 'weekday-mismatch': 'warn' } as const, require: ['chair' as const, 'location' as const] };
    expect(resolveSeverities(config, { 'place-missing': 'info' })).toEqual({
      'chair-missing': 'error',
      'weekday-mismatch': 'warn',
      'place-missing': 'info',
    });
    expect(resolveSeverities(null)).toEqual({});
  });
});

describe('toVFileMessage and formatMessageLine', () => {
  it('make a vfile message whose string is path:start-end: reason', () => {
    const message = toVFileMessage(validationMessage());
    expect(String(message)).toBe('minutes/a.md:3:1-3:11: Unexpected missing date, expected a meeting date');
    expect(message).toMatchObject({ ruleId: 'date-missing', source: 'minutes', fatal: true, file: 'minutes/a.md', line: 3, column: 1 });
    expect(message.place).toEqual({ start: { line: 3, column: 1 }, end: { line: 3, column: 11 } });
    expect(toVFileMessage(validationMessage({ severity: 'warn' })).fatal).toBe(false);
    expect(toVFileMessage(validationMessage({ severity: 'info' })).fatal).toBeUndefined();
  });

  it('write the golden line with severity and rule id', () => {
    expect(formatMessageLine(validationMessage({ severity: 'warn' }))).toBe(
      'minutes/a.md:3:1-3:11: warn date-missing Unexpected missing date, expected a meeting date',
    );
  });
});

describe('validateMinutes', () => {
  it('parses and checks text or bytes in one call', async () => {
    const { validateMinutes } = await import('../../src/validate/validate-minutes.js');
    const text = '# Kokous\n\n**Aika:** Ma 8.11.2019\n';
    const lines = validateMinutes(new TextEncoder().encode(text), { path: 'k.md', severities: { 'participants-missing': 'off', 'agenda-missing': 'off' } }).map(formatMessageLine);
    expect(lines).toEqual([
      'k.md:3:11-3:23: warn place-missing Unexpected missing place, expected where the meeting was held (`Location:`, `Paikka:`)',
      'k.md:3:11-3:23: error weekday-mismatch Unexpected weekday `Ma` for 2019-11-08, expected `perjantai` (Friday)',
    ]);
  });
});
