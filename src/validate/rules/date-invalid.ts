import { daysInMonth, isoDate } from '../../parse/calendar.js';
import { monthName } from '../calendar-names.js';
import { onLine } from '../places.js';
import type { Rule, RuleContext } from '../rule.js';
import { forEachProseLine } from '../written-dates.js';
import { say } from '../../messages/index.js';

const dotted = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d|\.\d)/g;
const iso = /(?<![\d-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d|-\d)/g;

/** `date-invalid`: a date with a year that no calendar has (`31.2.2019`, `2019-02-29`). */
export const dateInvalid: Rule = {
  id: 'date-invalid',
  severity: 'error',
  description: 'A date written with its year (`d.m.yyyy`, `yyyy-mm-dd`) whose day or month does not exist (fenced code is skipped).',
  example: '`Seuraava kokous 31.4.2024` (April has 30 days)',
  check(context) {
    forEachProseLine(context.lines, (text, line) => {
      if (!/\d{4}/.test(text)) return;
      for (const match of text.matchAll(dotted)) report(context, { line, match, year: match[3], month: match[2], day: match[1] });
      for (const match of text.matchAll(iso)) report(context, { line, match, year: match[1], month: match[2], day: match[3] });
    });
  },
};

interface Written {
  line: number;
  match: RegExpMatchArray;
  year: string | undefined;
  month: string | undefined;
  day: string | undefined;
}

function report(context: RuleContext, written: Written): void {
  const [year, month, day] = [Number(written.year), Number(written.month), Number(written.day)];
  if (isoDate(year, month, day) !== null) return;
  const text = written.match[0];
  const from = written.match.index ?? 0;
  const reason =
    month < 1 || month > 12
      ? say(context.locale, 'rule.date-invalid.month', { text })
      : say(context.locale, 'rule.date-invalid.day', { text, days: daysInMonth(year, month), month: monthName(month, context.locale), year });
  const { start, end } = onLine(written.line, from, from + text.length);
  context.report(reason, start, end);
}
