import type { RuleSetting } from '../config/config-schema.js';
import type { Vocabulary } from '../lang/types.js';
import type { Locale } from '../messages/index.js';
import type { Severity } from '../model/diagnostic.js';
import type { Meeting } from '../model/meeting.js';
import type { Position } from '../model/position.js';
import type { RosterPerson } from '../model/roster-person.js';

/** What a rule reads and how it reports: one meeting, its file, and a `report` bound to the rule. */
export interface RuleContext {
  readonly meeting: Meeting;
  /** The file's path as given, named in every message. */
  readonly path: string;
  /** The decoded text (line ends normalised to `\n`), the coordinates of every position. */
  readonly text: string;
  /** The text split into lines; `lines[0]` is line 1. */
  readonly lines: readonly string[];
  /** The meeting's vocabulary first, then English. */
  readonly vocabularies: readonly Vocabulary[];
  /** The language the findings are said in (`say(context.locale, ...)`). */
  readonly locale: Locale;
  /** The people of the roster in the file's configuration; empty when there is none. */
  readonly roster: readonly RosterPerson[];
  /**
   * Report a finding, a sentence `Unexpected ..., expected ...` in the context's locale, from `start` to `end` (default
   * `start`); `severity` is the finding's own default, used unless the rule's severity is configured.
   */
  report(reason: string, start: Position, end?: Position, severity?: Severity): void;
}

/**
 * One check of `minutes validate`: an id, a default severity (or `off`), a one-line description
 * and an example for the README, and `check`, which reads the context and calls `report`.
 * Rules never throw on content and never report without a place.
 */
export interface Rule {
  readonly id: string;
  readonly severity: RuleSetting;
  readonly description: string;
  /** A short piece of minutes that the rule flags, for the README's table. */
  readonly example: string;
  check(context: RuleContext): void;
}
