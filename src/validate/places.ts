import type { Position } from '../model/position.js';
import type { RuleContext } from './rule.js';

/** A range in the file: `end` is exclusive, as in unist. */
export interface Span {
  start: Position;
  end: Position;
}

const trailing = /(?<![\s*_#])[\s*_#]+$/u;

/**
 * Where `written` appears on the line of `at`, searched from `at`'s column on (the parser's
 * text has lost its Markdown marks, so the words may sit a little later); without `written`,
 * or when it is not there, the rest of the line from `at`, without trailing marks.
 */
export function spanOf(lines: readonly string[], at: Position, written?: string): Span {
  const line = lines[at.line - 1] ?? '';
  if (written !== undefined && written !== '') {
    const index = line.indexOf(written, Math.max(0, at.column - 1));
    if (index >= 0) return onLine(at.line, index, index + written.length);
  }
  const end = line.replace(trailing, '').length;
  return onLine(at.line, at.column - 1, Math.max(at.column - 1, end));
}

/** A whole line without leading and trailing whitespace and Markdown marks. */
export function lineSpan(lines: readonly string[], line: number): Span {
  const text = lines[line - 1] ?? '';
  const start = text.length - text.trimStart().length;
  return onLine(line, start, Math.max(start, text.replace(trailing, '').length));
}

/**
 * Where to point when something is missing from the whole meeting: the title line, else the
 * first line with text, else 1:1.
 */
export function documentSpan(context: Pick<RuleContext, 'meeting' | 'lines'>): Span {
  const title = context.meeting.fields.title;
  if (title !== undefined) return spanOf(context.lines, title.position);
  const first = context.lines.findIndex((line) => line.trim() !== '');
  return first < 0 ? onLine(1, 0, 0) : lineSpan(context.lines, first + 1);
}

/** The span of a header field as written (`fields.date`, `fields.time`...), or null when it was not read. */
export function fieldSpan(context: Pick<RuleContext, 'meeting' | 'lines'>, name: string): Span | null {
  const field = context.meeting.fields[name];
  return field === undefined ? null : spanOf(context.lines, field.position, field.text);
}

/** A span on one line from a 0-based start offset to a 0-based end offset. */
export function onLine(line: number, from: number, to: number): Span {
  return { start: { line, column: from + 1 }, end: { line, column: to + 1 } };
}
