import { Chalk, type ChalkInstance } from 'chalk';
import { escapeTerminal } from './escape.js';
import { groupByOwner } from './group-by-owner.js';
import { plural } from './plural.js';
import type { ActionRecord, FormatOptions } from './types.js';
import { wrapText, textWidth } from './wrap-text.js';

/** Options of the actions table: colour, width, and today's date (ISO) to tell what is overdue. */
export interface ActionsTableOptions extends FormatOptions {
  today: string;
}

interface Row {
  task: string;
  due: string;
  meeting: string;
  place: string;
  overdue: boolean;
  done: boolean;
}

const indent = '  ';
const gap = '  ';
const minTaskWidth = 20;

/**
 * Format actions as a terminal table grouped by owner (see `groupByOwner`): under each owner's
 * heading one row per action with the task (wrapped to fit `width`, if not 0), the due date
 * (end of the range, then the words as written), the meeting and `path:line`; a closing line
 * counts distinct actions, overdue ones and people. An action is overdue when it is open and
 * its due range ended before `today`. Every piece of text from the minutes goes through
 * `escapeTerminal`; with `color` 0 the output has no ANSI codes.
 */
export function formatActionsTable(records: readonly ActionRecord[], options: ActionsTableOptions): string {
  const chalk = new Chalk({ level: options.color });
  if (records.length === 0) return '0 actions\n';
  const groups = groupByOwner(records).map((group) => ({
    heading: group.owner === null ? '(unassigned)' : escapeTerminal(group.owner),
    rows: group.records.map((record) => toRow(record, options.today)),
  }));
  const all = groups.flatMap((group) => group.rows);
  const widths = columnWidths(all, options.width);
  const blocks = groups.map((group) =>
    [chalk.bold(group.heading), ...group.rows.flatMap((row) => renderRow(row, widths, chalk))].join('\n'),
  );
  return `${blocks.join('\n\n')}\n\n${summary(records, options.today, chalk)}\n`;
}

/** The cells of one action, escaped but not yet padded or coloured. */
function toRow(record: ActionRecord, today: string): Row {
  const overdue = isOverdue(record, today);
  const due = record.due === null ? '' : dueCell(record.due.text, record.due.end);
  const meeting = [record.meeting.date, record.meeting.title].filter((part) => part !== null).join(' ');
  return {
    task: (record.status === 'done' ? '(done) ' : '') + escapeTerminal(record.text),
    due: overdue ? `${due}, overdue` : due,
    meeting: escapeTerminal(meeting),
    place: `${escapeTerminal(record.path)}:${record.position.line}`,
    overdue,
    done: record.status === 'done',
  };
}

/** `2025-03-07`, or `2025-03-07 (by Friday)` when the words say more than the date. */
function dueCell(text: string, end: string): string {
  return text === end ? end : `${end} (${escapeTerminal(text)})`;
}

/** Open, with a due range that ended before today. */
function isOverdue(record: ActionRecord, today: string): boolean {
  return record.status === 'open' && record.due !== null && record.due.end < today;
}

/** Widths of the columns; the task column takes what the others leave of `width` (0: no limit). */
function columnWidths(rows: Row[], width: number) {
  const longest = (cells: string[]) => Math.max(0, ...cells.map(textWidth));
  const due = longest(rows.map((row) => row.due));
  const meeting = longest(rows.map((row) => row.meeting));
  const longestTask = longest(rows.map((row) => row.task));
  const left = width - indent.length - 3 * gap.length - due - meeting - longest(rows.map((r) => r.place));
  const task = width > 0 ? Math.min(longestTask, Math.max(minTaskWidth, left)) : longestTask;
  return { task, due, meeting };
}

/** The physical lines of one row: cells on the first, the rest of a wrapped task below. */
function renderRow(row: Row, widths: ReturnType<typeof columnWidths>, chalk: ChalkInstance): string[] {
  const [first = '', ...rest] = wrapText(row.task, widths.task);
  const paint = row.done ? chalk.dim : (text: string) => text;
  const cells = [
    pad(first, widths.task, paint),
    pad(row.due, widths.due, row.overdue ? chalk.red : paint),
    pad(row.meeting, widths.meeting, paint),
    chalk.dim(row.place),
  ];
  return [indent + cells.join(gap), ...rest.map((line) => indent + paint(line))];
}

/** Colour non-empty text, then pad it with spaces to a width counted in code points. */
function pad(text: string, width: number, paint: (text: string) => string): string {
  return (text === '' ? '' : paint(text)) + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** `12 open actions, 3 overdue, 4 people`, or `5 actions (3 open, 2 done), 1 overdue, 2 people`. */
function summary(records: readonly ActionRecord[], today: string, chalk: ChalkInstance): string {
  const open = records.filter((record) => record.status === 'open').length;
  const done = records.length - open;
  const overdue = records.filter((record) => isOverdue(record, today)).length;
  const people = new Set(records.flatMap((record) => record.owners)).size;
  const actions =
    done === 0
      ? plural(open, 'open action')
      : open === 0
        ? plural(done, 'done action')
        : `${plural(records.length, 'action')} (${open} open, ${done} done)`;
  const late = overdue > 0 ? chalk.red(`${overdue} overdue`) : '0 overdue';
  return `${actions}, ${late}, ${plural(people, 'person', 'people')}`;
}
