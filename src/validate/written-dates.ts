import { daysBetween, isoDate, parts } from '../parse/calendar.js';
import { scanDates, type DateHit } from '../parse/read-dates.js';
import { onLine, type Span } from './places.js';
import type { RuleContext } from './rule.js';

/** The dates written on one line of the file, found by the parser's `scanDates`. */
export interface LineDates {
  /** 1-based line number. */
  line: number;
  /** The line without Markdown emphasis marks; `hits` index into it. */
  text: string;
  hits: DateHit[];
  /** The offset in the file's line of an offset in `text` (`text.length` maps past the last character). */
  offset(at: number): number;
}

const cache = new WeakMap<readonly string[], LineDates[]>();
const marks = /[*_~`]/;
const fence = /^\s{0,3}(?:```|~~~)/;

/**
 * Every valid date written in the file, line by line, outside fenced code. Markdown emphasis
 * marks are left out first, so `**Pe** 8.11.2019` still has its weekday. Computed once a file.
 */
export function writtenDates(context: Pick<RuleContext, 'lines' | 'vocabularies'>): LineDates[] {
  const cached = cache.get(context.lines);
  if (cached !== undefined) return cached;
  const found: LineDates[] = [];
  forEachProseLine(context.lines, (raw, line) => {
    if (!/\d/.test(raw)) return;
    const { text, offset } = withoutMarks(raw);
    const hits = scanDates(text, context.vocabularies.slice(0, 1));
    if (hits.length > 0) found.push({ line, text, hits, offset });
  });
  cache.set(context.lines, found);
  return found;
}

/** The span in the file of `text.slice(from, to)` of a line of dates. */
export function spanIn(dates: LineDates, from: number, to: number): Span {
  return onLine(dates.line, dates.offset(from), to > from ? dates.offset(to - 1) + 1 : dates.offset(from));
}

/** A line without `*`, `_`, `~` and backticks, and the way back to the line's own offsets. */
function withoutMarks(raw: string): Pick<LineDates, 'text' | 'offset'> {
  if (!marks.test(raw)) return { text: raw, offset: (at) => at };
  const kept: number[] = [];
  for (let i = 0; i < raw.length; i++) if (!'*_~`'.includes(raw.charAt(i))) kept.push(i);
  const text = kept.map((i) => raw.charAt(i)).join('');
  return { text, offset: (at) => (at < kept.length ? (kept[at] as number) : (kept.at(-1) ?? -1) + 1) };
}

/** Call `visit` with each line outside fenced code blocks and its 1-based number. */
export function forEachProseLine(lines: readonly string[], visit: (text: string, line: number) => void): void {
  let inFence = false;
  lines.forEach((text, index) => {
    if (fence.test(text)) inFence = !inFence;
    else if (!inFence) visit(text, index + 1);
  });
}

/**
 * The ISO date a hit stands for: its own year, or for a date written without one (`26.2.`) the
 * year that puts it nearest to the meeting's date. Null when no such day exists or no year is known.
 */
export function dateOf(hit: Pick<DateHit, 'year' | 'month' | 'day'>, meetingDate: string | null): string | null {
  if (hit.year !== null) return isoDate(hit.year, hit.month, hit.day);
  if (meetingDate === null) return null;
  const year = parts(meetingDate).year;
  const candidates = [year - 1, year, year + 1]
    .map((y) => isoDate(y, hit.month, hit.day))
    .filter((iso): iso is string => iso !== null);
  const distance = (iso: string): number => Math.abs(daysBetween(meetingDate, iso));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

