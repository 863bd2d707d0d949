import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/report/validate-junit.js';
import { validationMessage } from './report-fixtures.js';

describe('formatJunit', () => {
  it('writes a testsuite per file, a failure per error or warning, a passing case per clean file', () => {
    const messages = [
      validationMessage(),
      validationMessage({ severity: 'warn', ruleId: 'due-vague', message: 'Vague', start: { line: 7, column: 2 } }),
      validationMessage({ path: 'info-only.md', severity: 'info', ruleId: 'x' }),
    ];
    expect(formatJunit(messages, ['minutes/a.md', 'clean.md', 'info-only.md'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="minutes" tests="4" failures="2" errors="0">',
        '  <testsuite name="minutes/a.md" tests="2" failures="2" errors="0" skipped="0">',
        '    <testcase name="date-missing at 3:1" classname="minutes/a.md">',
        '      <failure message="Unexpected missing date, expected a meeting date" type="date-missing">' +
          'minutes/a.md:3:1-3:11 error Unexpected missing date, expected a meeting date (date-missing)</failure>',
        '    </testcase>',
        '    <testcase name="due-vague at 7:2" classname="minutes/a.md">',
        '      <failure message="Vague" type="due-vague">minutes/a.md:7:2-3:11 warning Vague (due-vague)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="clean.md" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="minutes validate" classname="clean.md"/>',
        '  </testsuite>',
        '  <testsuite name="info-only.md" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="minutes validate" classname="info-only.md"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup characters in attributes and text', () => {
    const message = validationMessage({ path: 'a&b.md', ruleId: 'r<1>', message: `Say "hi" & 'bye' <b>\nnow` });
    const output = formatJunit([message], []);
    expect(output).toContain('<testsuite name="a&amp;b.md" ');
    expect(output).toContain(
      '<failure message="Say &quot;hi&quot; &amp; &apos;bye&apos; &lt;b&gt;&#10;now" type="r&lt;1&gt;">' +
        'a&amp;b.md:3:1-3:11 error Say &quot;hi&quot; &amp; &apos;bye&apos; &lt;b&gt;\nnow (r&lt;1&gt;)</failure>',
    );
  });

  it('replaces characters that XML 1.0 does not allow', () => {
    const message = validationMessage({ message: 'a\u0000b\u001bc\u0007d\uD800e\uFFFEf\tg😀', path: 'p\u000b.md' });
    const output = formatJunit([message], []);
    expect(output).toContain('message="a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf&#9;g😀"');
    expect(output).toContain('classname="p\uFFFD.md"');
    expect(output).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(output).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  it('writes an empty testsuites element for nothing checked', () => {
    expect(formatJunit([], [])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="minutes" tests="0" failures="0" errors="0">\n</testsuites>\n',
    );
  });
});
