import { Chalk, type ChalkInstance } from 'chalk';
import { say, sayCount, type Locale } from '../messages/index.js';
import type { DecisionRecord } from './decision-record.js';
import { escapeTerminal } from './escape.js';
import { groupByMeeting, type MeetingGroup } from './group-by-meeting.js';
import { besidePlace, shownPath } from './place-line.js';
import type { FormatOptions } from './types.js';
import { clampText, textWidth, truncate } from './wrap-text.js';

/** Options of the decisions table: colour, width, locale, and the folder paths are shown from. */
export interface DecisionsTableOptions extends FormatOptions {
  /** Paths under this folder are shown relative to it. */
  cwd?: string;
}

/** Before each decision, with its mark. */
const indent = '  ';
/** Under the mark, where the rest of a decision and its place line start. */
const hang = '    ';
/** A decision takes at most this many lines; the rest is cut with `…` (the whole text stays in the JSON formats). */
const decisionLines = 4;
/** Fewer columns than this left for the agenda item beside the place, and each takes a line of its own. */
const roomyItem = 16;

/**
 * Format decisions as a terminal register grouped by meeting (see `groupByMeeting`): a bold
 * heading with the meeting's date and title, then each decision on its own lines, marked `✔`,
 * wrapped at `width` (at most four lines, the rest cut with `…`; 0: one line, no limit), and under
 * it a dim line with its agenda item (`§ 2 Title`) and `path:line`, the item title cut before the
 * place is (or, where that would leave the item under 16 columns, each on a dim line of its own). Widths are counted as a terminal shows them. A closing line counts decisions and
 * meetings, in `locale` (default English). Every piece of text from the minutes goes through
 * `escapeTerminal`; with `color` 0 the output has no ANSI codes.
 */
export function formatDecisionsTable(records: readonly DecisionRecord[], options: DecisionsTableOptions): string {
  const chalk = new Chalk({ level: options.color });
  const locale = options.locale ?? 'en';
  if (records.length === 0) return `${say(locale, 'decisions.none')}\n`;
  const groups = groupByMeeting(records);
  const blocks = groups.map((group) => [heading(group, options, chalk), ...group.records.flatMap((record) => renderDecision(record, options, chalk))].join('\n'));
  const count = `${sayCount(locale, 'decisions.count', records.length)}, ${sayCount(locale, 'decisions.meetings', groups.length)}`;
  return `${blocks.join('\n\n')}\n\n${count}\n`;
}

/** `2019-11-08 Title`, the date in cyan, the whole in bold, cut to the width. */
function heading({ meeting }: MeetingGroup, options: DecisionsTableOptions, chalk: ChalkInstance): string {
  const title = meeting.title === null ? say(options.locale ?? 'en', 'meeting.untitled') : escapeTerminal(meeting.title);
  const room = options.width > 0 ? options.width : Infinity;
  if (meeting.date === null) return chalk.bold(truncate(title, room));
  return chalk.bold(`${chalk.cyan(meeting.date)} ${truncate(title, room - meeting.date.length - 1)}`);
}

/** The physical lines of one decision: its text, then its item and place on a dim line. */
function renderDecision(record: DecisionRecord, options: DecisionsTableOptions, chalk: ChalkInstance): string[] {
  const text = escapeTerminal(record.text);
  const [first = '', ...rest] = options.width > 0 ? clampText(text, Math.max(1, options.width - hang.length), decisionLines) : [text];
  const item = record.item === null ? '' : escapeTerminal(['§', record.item, record.itemTitle].filter((part) => part !== null).join(' '));
  const place = `${escapeTerminal(shownPath(record.path, options.cwd))}:${record.position.line}`;
  const room = options.width > 0 ? options.width - hang.length : Infinity;
  const under = item === '' || textWidth(item) + textWidth(place) + 3 <= room || room - textWidth(place) - 3 >= roomyItem ? [besidePlace(item, place, room)] : [truncate(item, room), place];
  return [`${indent}${chalk.green('✔')} ${first}`, ...rest.map((line) => hang + line), ...under.map((line) => hang + chalk.dim(line))];
}
