import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/validate-github.js';
import { validationMessage } from './report-fixtures.js';

describe('formatGithub', () => {
  it('writes one workflow command a message', () => {
    const messages = [
      validationMessage(),
      validationMessage({ severity: 'warn', ruleId: 'due-vague', message: 'Vague' }),
      validationMessage({ severity: 'info', ruleId: 'x', message: 'Note' }),
    ];
    expect(formatGithub(messages)).toBe(
      '::error file=minutes/a.md,line=3,col=1,endLine=3,endColumn=11,title=date-missing::Unexpected missing date, expected a meeting date\n' +
        '::warning file=minutes/a.md,line=3,col=1,endLine=3,endColumn=11,title=due-vague::Vague\n' +
        '::notice file=minutes/a.md,line=3,col=1,endLine=3,endColumn=11,title=x::Note\n',
    );
  });

  it('escapes data and property values as @actions/core does', () => {
    const message = validationMessage({
      path: 'dir,x/a:b%20.md',
      ruleId: 'r:1,2',
      message: '100% sure: a, b\r\n::error::forged\n',
    });
    expect(formatGithub([message])).toBe(
      '::error file=dir%2Cx/a%3Ab%2520.md,line=3,col=1,endLine=3,endColumn=11,title=r%3A1%2C2' +
        '::100%25 sure: a, b%0D%0A::error::forged%0A\n',
    );
  });

  it('never lets text from the minutes start a line of its own', () => {
    const message = validationMessage({ path: 'a\nb.md', message: 'x\n::add-mask::y\r::stop-commands::z' });
    const lines = formatGithub([message, message]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).every((line) => line.startsWith('::error file=a%0Ab.md,'))).toBe(true);
  });

  it('writes nothing for no messages', () => {
    expect(formatGithub([])).toBe('');
  });
});
