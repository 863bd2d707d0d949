import { vocabularies } from '../lang/index.js';
import { sayAgain, type Locale } from '../messages/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Meeting } from '../model/meeting.js';
import type { RosterPerson } from '../model/roster-person.js';
import type { Position } from '../model/position.js';
import type { ValidationMessage } from '../report/types.js';
import type { Rule, RuleContext } from './rule.js';
import { rules as allRules } from './rules/index.js';
import type { Severities } from './severities.js';

/** One meeting to check: its path, decoded text and the parser's reading of it. */
export interface MeetingFile {
  path: string;
  text: string;
  meeting: Meeting;
}

/** Options of `validateMeeting`. */
export interface ValidateOptions {
  /** Severity or `off` by rule id (parser diagnostics included), over each rule's default. */
  severities?: Severities;
  /** The rules to run (default: all of `minutes validate`). */
  rules?: readonly Rule[];
  /** The language of the messages (default English); a parser diagnostic is said again in it when the catalogue has its sentence. */
  locale?: Locale;
  /**
   * The roster (`people` of the configuration): `owner-unknown` accepts its people, and
   * `participant-unknown` reports participants who are none of them (default: none).
   */
  roster?: readonly RosterPerson[];
}

/**
 * Check one meeting against the rules of `minutes validate` and turn the parser's diagnostics
 * into messages of the same shape. Returns the messages sorted by place, each with a start and an
 * end; rules set to `off` do not run. Never throws on content.
 */
export function validateMeeting(file: MeetingFile, options: ValidateOptions = {}): ValidationMessage[] {
  const severities = options.severities ?? {};
  const lines = file.text.split('\n');
  const language = vocabularies[file.meeting.source.language];
  const context = {
    meeting: file.meeting,
    path: file.path,
    text: file.text,
    lines,
    vocabularies: language.code === 'en' ? [language] : [language, vocabularies.en],
    locale: options.locale ?? 'en',
    roster: options.roster ?? [],
  };
  const messages: ValidationMessage[] = [];
  for (const rule of options.rules ?? allRules) {
    const configured = severities[rule.id];
    const severity = configured ?? rule.severity;
    if (severity === 'off') continue;
    const report: RuleContext['report'] = (message, start, end = start, own) => {
      messages.push({ path: file.path, ruleId: rule.id, severity: configured === undefined && own !== undefined ? own : severity, message, start, end: after(start, end) });
    };
    rule.check({ ...context, report });
  }
  for (const diagnostic of file.meeting.diagnostics) {
    const message = fromDiagnostic(file.path, diagnostic, { severities, locale: options.locale ?? 'en' });
    if (message !== null) messages.push(message);
  }
  return messages.sort(byPlace);
}

/** A parser diagnostic as a message, at its configured severity, in `locale` when the catalogue knows its sentence; null when off. */
function fromDiagnostic(path: string, diagnostic: Diagnostic, settings: { severities: Severities; locale: Locale }): ValidationMessage | null {
  const severity = settings.severities[diagnostic.ruleId] ?? diagnostic.severity;
  if (severity === 'off') return null;
  const { ruleId, position } = diagnostic;
  const message = sayAgain(diagnostic.message, settings.locale, `rule.${ruleId}`);
  return { path, ruleId, severity, message, start: position, end: after(position, diagnostic.end ?? position) };
}

/** `end`, or `start` when `end` would come before it. */
function after(start: Position, end: Position): Position {
  return end.line > start.line || (end.line === start.line && end.column >= start.column) ? end : start;
}

function byPlace(a: ValidationMessage, b: ValidationMessage): number {
  return (
    a.start.line - b.start.line ||
    a.start.column - b.start.column ||
    a.end.line - b.end.line ||
    a.end.column - b.end.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
