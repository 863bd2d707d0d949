import { Chalk, type ChalkInstance } from 'chalk';
import { escapeTerminal } from './escape.js';
import { groupByOwner } from './group-by-owner.js';
import { say, sayCount, type Locale } from '../messages/index.js';
import type { ActionRecord, FormatOptions } from './types.js';
import { besidePlace, shownPath } from './place-line.js';
import { clampText, textWidth } from './wrap-text.js';

/** Options of the actions table: colour, width, today's date (ISO) to tell what is overdue, and the folder paths are shown from. */
export interface ActionsTableOptions extends FormatOptions {
  today: string;
  /** Paths under this folder are shown relative to it. */
  cwd?: string;
}

interface Row {
  box: string;
  task: string;
  /** The due cell in columns: the date, the words as written, overdue. */
  due: string;
  /** The due cell on a narrow table: the date and overdue only. */
  shortDue: string;
  meeting: string;
  place: string;
  overdue: boolean;
  done: boolean;
}

const indent = '  ';
const gap = '  ';
/** Under the box, where the task and the meeting line start. */
const hang = '      ';
/** The task gets at least this many columns before the meeting and place move to a line of their own. */
const roomyTask = 50;
/** A task takes at most this many lines; the rest is cut with `…`. */
const taskLines = 2;

/**
 * Format actions as a terminal table grouped by owner (see `groupByOwner`). Each action is its
 * status box, its task (at most two lines at `width`, the rest cut with `…`) and its due date
 * (the range's end, then the words as written); its meeting (date, title) and `path:line` follow
 * on a dim line under it, or in columns of their own when `width` leaves the task 50 columns or
 * all it needs beside them (0: no limit, always columns). Widths are counted as a terminal shows
 * them. A closing line counts distinct actions, overdue ones and people. Headings, marks and the
 * count are in `locale` (default English). Every piece of text from
 * the minutes goes through `escapeTerminal`; with `color` 0 the output has no ANSI codes.
 */
export function formatActionsTable(records: readonly ActionRecord[], options: ActionsTableOptions): string {
  const chalk = new Chalk({ level: options.color });
  const locale = options.locale ?? 'en';
  if (records.length === 0) return `${say(locale, 'actions.none')}\n`;
  const groups = groupByOwner(records).map((group) => ({
    heading: group.owner === null ? say(locale, 'actions.unassigned') : escapeTerminal(group.owner),
    rows: group.records.map((record) => toRow(record, options)),
  }));
  const layout = layoutOf(groups.flatMap((group) => group.rows), options.width);
  const blocks = groups.map((group) => [chalk.bold(group.heading), ...group.rows.flatMap((row) => renderRow(row, layout, chalk))].join('\n'));
  return `${blocks.join('\n\n')}\n\n${summary(records, options.today, { chalk, locale })}\n`;
}

/** The cells of one action, escaped but not yet padded or coloured. */
function toRow(record: ActionRecord, options: ActionsTableOptions): Row {
  const overdue = isOverdue(record, options.today);
  const due = record.due === null ? '' : dueCell(record.due.text, record.due.end);
  const shortDue = record.due === null ? '' : record.due.end;
  const late = (cell: string) => say(options.locale ?? 'en', 'actions.due-overdue', { due: cell });
  const meeting = [record.meeting.date, record.meeting.title].filter((part) => part !== null).join(' ');
  return {
    box: record.status === 'done' ? '[x]' : '[ ]',
    task: escapeTerminal(record.text),
    due: overdue ? late(due) : due,
    shortDue: overdue ? late(shortDue) : shortDue,
    meeting: escapeTerminal(meeting),
    place: `${escapeTerminal(shownPath(record.path, options.cwd))}:${record.position.line}`,
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

/** Widths of the columns, and whether the meeting and place stand in columns or on a line under the task. */
interface Layout {
  columns: boolean;
  task: number;
  due: number;
  meeting: number;
  /** The whole width, 0 for none. */
  width: number;
}

function layoutOf(rows: readonly Row[], width: number): Layout {
  const longest = (cells: string[]) => Math.max(0, ...cells.map(textWidth));
  const task = longest(rows.map((row) => row.task));
  const due = longest(rows.map((row) => row.due));
  const meeting = longest(rows.map((row) => row.meeting));
  const place = longest(rows.map((row) => row.place));
  const cell = (w: number) => (w > 0 ? gap.length + w : 0);
  if (width <= 0) return { columns: true, task, due, meeting, width };
  const besideAll = width - hang.length - cell(due) - cell(meeting) - cell(place);
  if (besideAll >= Math.min(task, roomyTask)) return { columns: true, task: Math.min(task, besideAll), due, meeting, width };
  const shortDue = longest(rows.map((row) => row.shortDue));
  const besideDue = width - hang.length - cell(shortDue);
  return { columns: false, task: Math.min(task, Math.max(roomyTask / 2, besideDue)), due: shortDue, meeting, width };
}

/** The physical lines of one action. */
function renderRow(row: Row, layout: Layout, chalk: ChalkInstance): string[] {
  const paint = row.done ? chalk.dim : (text: string) => text;
  const [first = '', ...rest] = layout.width > 0 ? clampText(row.task, layout.task, taskLines) : [row.task];
  const due = pad(layout.columns ? row.due : row.shortDue, layout.due, row.overdue ? chalk.red : paint);
  const cells = [pad(first, layout.task, paint), ...(layout.due > 0 ? [due] : [])];
  if (layout.columns) cells.push(pad(row.meeting, layout.meeting, paint), chalk.dim(row.place));
  const lines = [`${indent}${paint(row.box)} ${cells.join(gap)}`.trimEnd(), ...rest.map((line) => hang + paint(line))];
  if (!layout.columns) lines.push(hang + chalk.dim(besidePlace(row.meeting, row.place, layout.width - hang.length)));
  return lines;
}

/** Colour non-empty text, then pad it with spaces to a width counted in terminal columns. */
function pad(text: string, width: number, paint: (text: string) => string): string {
  return (text === '' ? '' : paint(text)) + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** `12 open actions, 3 overdue, 4 people`, or `5 actions (3 open, 2 done), 1 overdue, 2 people`, in `locale`. */
function summary(records: readonly ActionRecord[], today: string, { chalk, locale }: { chalk: ChalkInstance; locale: Locale }): string {
  const open = records.filter((record) => record.status === 'open').length;
  const done = records.length - open;
  const overdue = records.filter((record) => isOverdue(record, today)).length;
  const people = new Set(records.flatMap((record) => record.owners)).size;
  const actions =
    done === 0
      ? sayCount(locale, 'actions.open', open)
      : open === 0
        ? sayCount(locale, 'actions.done', done)
        : sayCount(locale, 'actions.mixed', records.length, { open, done });
  const late = sayCount(locale, 'actions.overdue', overdue);
  return `${actions}, ${overdue > 0 ? chalk.red(late) : late}, ${sayCount(locale, 'actions.people', people)}`;
}
