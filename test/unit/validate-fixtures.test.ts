import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RosterPerson } from '../../src/model/roster-person.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { formatMessageLine } from '../../src/validate/message-line.js';
import { rules } from '../../src/validate/rules/index.js';
import { validateMeeting } from '../../src/validate/validate-meeting.js';

/**
 * Golden files: `fixtures/validate/NAME.md` beside `NAME.messages.txt`, one message a line as
 * `formatMessageLine` writes it (`path:line:column-endLine:endColumn: severity rule-id reason`),
 * empty for a clean file. `NAME` is a rule id (a fixture that triggers that rule) or `clean`.
 * A rule that is off by default runs at `warn` on its own fixture; `NAME.people.json`, when there
 * is one, is the roster (`people` of a configuration) it is parsed and checked with. Run with UPDATE_GOLDEN=1 to
 * rewrite the golden files after a reviewed change; without it they are only compared.
 */
const folder = new URL('../../fixtures/validate/', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';
const names = readdirSync(folder)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -'.md'.length))
  .sort();

function messagesOf(name: string): string[] {
  const path = `fixtures/validate/${name}.md`;
  const text = readFileSync(new URL(`${name}.md`, folder), 'utf8');
  const rule = rules.find((candidate) => candidate.id === name);
  const severities = rule?.severity === 'off' ? { [rule.id]: 'warn' as const } : {};
  const people = new URL(`${name}.people.json`, folder);
  const roster = existsSync(people) ? (JSON.parse(readFileSync(people, 'utf8')) as RosterPerson[]) : [];
  return validateMeeting({ path, text, meeting: parseMinutes(text, { path, roster }) }, { severities, roster }).map(formatMessageLine);
}

function golden(name: string, lines: string[]): string {
  const file = new URL(`${name}.messages.txt`, folder);
  if (update) writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
  if (!existsSync(file)) throw new Error(`fixtures/validate/${name}.messages.txt is missing: review the messages and run with UPDATE_GOLDEN=1`);
  return readFileSync(file, 'utf8');
}

describe('validate fixtures', () => {
  it.each(names)('fixtures/validate/%s.md gives the messages of its .messages.txt', (name) => {
    const lines = messagesOf(name);
    expect(lines.map((line) => `${line}\n`).join('')).toBe(golden(name, lines));
  });

  it('has a fixture for every rule, which triggers that rule', () => {
    const silent = rules.filter((rule) => !names.includes(rule.id) || !messagesOf(rule.id).some((line) => line.includes(` ${rule.id} `)));
    expect(silent.map((rule) => rule.id)).toEqual([]);
  });

  it('has a clean fixture without any message', () => {
    expect(messagesOf('clean')).toEqual([]);
  });
});
