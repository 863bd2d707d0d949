import { describe, expect, it } from 'vitest';
import { formatValidateJson } from '../../src/report/validate-json.js';
import { validationMessage } from './report-fixtures.js';

describe('formatValidateJson', () => {
  it('groups messages per file like ESLint, clean files included, with counts', () => {
    const messages = [
      validationMessage({ severity: 'warn', start: { line: 9, column: 1 }, end: { line: 9, column: 4 } }),
      validationMessage(),
      validationMessage({ path: 'other.md', severity: 'info', ruleId: 'x' }),
    ];
    expect(JSON.parse(formatValidateJson(messages, ['clean.md', 'minutes/a.md']))).toEqual([
      { path: 'clean.md', errorCount: 0, warningCount: 0, infoCount: 0, messages: [] },
      {
        path: 'minutes/a.md',
        errorCount: 1,
        warningCount: 1,
        infoCount: 0,
        messages: [
          {
            ruleId: 'date-missing',
            severity: 'error',
            message: 'Unexpected missing date, expected a meeting date',
            start: { line: 3, column: 1 },
            end: { line: 3, column: 11 },
          },
          {
            ruleId: 'date-missing',
            severity: 'warn',
            message: 'Unexpected missing date, expected a meeting date',
            start: { line: 9, column: 1 },
            end: { line: 9, column: 4 },
          },
        ],
      },
      {
        path: 'other.md',
        errorCount: 0,
        warningCount: 0,
        infoCount: 1,
        messages: [expect.objectContaining({ ruleId: 'x', severity: 'info' })],
      },
    ]);
  });

  it('is pretty-printed and ends with a newline', () => {
    expect(formatValidateJson([], ['a.md'])).toBe(
      '[\n  {\n    "path": "a.md",\n    "errorCount": 0,\n    "warningCount": 0,\n    "infoCount": 0,\n    "messages": []\n  }\n]\n',
    );
    expect(formatValidateJson([])).toBe('[]\n');
  });
});
