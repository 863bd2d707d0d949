import type { Language, Meeting } from '../../src/model/meeting.js';
import type { RosterPerson } from '../../src/model/roster-person.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { formatMessageLine } from '../../src/validate/message-line.js';
import type { Rule } from '../../src/validate/rule.js';
import { rules } from '../../src/validate/rules/index.js';
import { validateMeeting } from '../../src/validate/validate-meeting.js';

/** Parse `text` as `m.md` and run one rule on it (at `warn` if it is off by default): the message lines. */
export function runRule(id: string, text: string, language?: Language): string[] {
  const rule = ruleById(id);
  const meeting = parseMinutes(text, { path: 'm.md', ...(language ? { language } : {}) });
  return validateMeeting({ path: 'm.md', text, meeting }, { rules: [rule], severities: { [id]: rule.severity === 'off' ? 'warn' : rule.severity } }).map(formatMessageLine);
}

/** Run one rule on a meeting built by hand (over `text`, default 20 lines of `x`), with a roster if given: the message lines. */
export function runRuleOn(id: string, overrides: Partial<Meeting>, text = 'x\n'.repeat(20), roster: readonly RosterPerson[] = []): string[] {
  const rule = ruleById(id);
  return validateMeeting({ path: 'm.md', text, meeting: meeting(overrides) }, { rules: [rule], roster, severities: { [id]: rule.severity === 'off' ? 'warn' : rule.severity } }).map(formatMessageLine);
}

function ruleById(id: string): Rule {
  const rule = rules.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
}

/** A meeting with everything a clean one has, and fields replaced by `overrides`. */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    schemaVersion: 1,
    source: { path: 'm.md', language: 'fi' },
    title: 'Hallituksen kokous',
    date: '2024-03-12',
    startTime: '18:00',
    endTime: '19:30',
    location: 'Toimisto',
    participants: [
      { name: 'Anna Virtanen', organization: null, roles: ['chair'], present: true, position: { line: 3, column: 1 } },
      { name: 'Mikko Laine', organization: null, roles: ['secretary'], present: true, position: { line: 4, column: 1 } },
      { name: 'Liisa Korhonen', organization: null, roles: [], present: true, handle: '@liisak', position: { line: 5, column: 1 } },
    ],
    agenda: [
      { number: '1', title: 'Avaus', presenter: null, text: 'Avattiin.', position: { line: 6, column: 1 }, end: { line: 7, column: 10 } },
      { number: '2', title: 'Päättäminen', presenter: null, text: 'Päätettiin.', position: { line: 8, column: 1 }, end: { line: 9, column: 12 } },
    ],
    decisions: [],
    actions: [],
    preamble: '',
    notes: '',
    fields: { title: { text: 'Hallituksen kokous', position: { line: 1, column: 1 } } },
    diagnostics: [],
    ...overrides,
  };
}
