import { groupByFile } from './group-by-file.js';
import type { ValidationMessage } from './types.js';

const words = { error: 'error', warn: 'warning', info: 'info' } as const;

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Format validation results as JUnit XML: a `<testsuites name="minutes">` holding one
 * `<testsuite>` per file (every file in `files`, then any other file a message names). Each
 * error or warning is a testcase `RULE at LINE:COLUMN` with a `<failure message type="RULE">`
 * whose text is `path:line:column-endLine:endColumn severity message (RULE)`; infos are left
 * out; a file without errors or warnings has one passing testcase, `minutes validate`. Text is
 * XML-escaped, and characters that XML 1.0 forbids become U+FFFD.
 */
export function formatJunit(messages: readonly ValidationMessage[], files: readonly string[]): string {
  const suites = groupByFile(messages, files).map((group) => {
    const failures = group.messages.filter((message) => message.severity !== 'info');
    const cases =
      failures.length === 0
        ? [`    <testcase name="minutes validate" classname="${attribute(group.path)}"/>`]
        : failures.map(toTestcase);
    const counts = `tests="${cases.length}" failures="${failures.length}" errors="0" skipped="0"`;
    const xml = [`  <testsuite name="${attribute(group.path)}" ${counts}>`, ...cases, '  </testsuite>'];
    return { xml, tests: cases.length, failures: failures.length };
  });
  const tests = suites.reduce((sum, suite) => sum + suite.tests, 0);
  const failures = suites.reduce((sum, suite) => sum + suite.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="minutes" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.flatMap((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

/** One failing testcase for an error or a warning. */
function toTestcase(message: ValidationMessage): string {
  const { start, end } = message;
  const name = `${message.ruleId} at ${start.line}:${start.column}`;
  const where = `${message.path}:${start.line}:${start.column}-${end.line}:${end.column}`;
  const body = `${where} ${words[message.severity]} ${message.message} (${message.ruleId})`;
  return [
    `    <testcase name="${attribute(name)}" classname="${attribute(message.path)}">`,
    `      <failure message="${attribute(message.message)}" type="${attribute(message.ruleId)}">${text(body)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** Escape character data: `&`, `<`, `>`, `"`, `'`, and characters XML 1.0 does not allow. */
function text(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** Escape an attribute value: as character data, with TAB, LF and CR as references to keep them. */
function attribute(value: string): string {
  return text(value).replace(/[\t\n\r]/g, (character) => `&#${character.charCodeAt(0)};`);
}
