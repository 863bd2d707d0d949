import { weekday } from '../../parse/calendar.js';
import { WORD_BEFORE } from '../../parse/read-dates.js';
import { weekdayName } from '../calendar-names.js';
import type { Rule, RuleContext } from '../rule.js';
import { dateOf, spanIn, writtenDates, type LineDates } from '../written-dates.js';
import { say } from '../../messages/index.js';

const wordBefore = WORD_BEFORE;

/** `weekday-mismatch`: a weekday written before a date falls on another day (`Ma 8.11.2019`). */
export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  severity: 'error',
  description: 'A weekday before a date that is not that date\'s weekday; a date without a year takes the one nearest the meeting.',
  example: '`Aika: Ma 8.11.2019` (8 November 2019 was a Friday)',
  check(context) {
    for (const dates of writtenDates(context)) {
      for (const hit of dates.hits) {
        if (hit.weekday === null) continue;
        const iso = dateOf(hit, context.meeting.date);
        if (iso === null || weekday(iso) === hit.weekday) continue;
        reportAt(context, { dates, index: hit.index, length: hit.length, iso });
      }
    }
  },
};

interface Mismatch {
  dates: LineDates;
  index: number;
  length: number;
  iso: string;
}

function reportAt(context: RuleContext, mismatch: Mismatch): void {
  const from = Math.max(0, mismatch.index - 24);
  const before = wordBefore.exec(mismatch.dates.text.slice(from, mismatch.index));
  const word = before?.[1] ?? '';
  const wordAt = before === null ? mismatch.index : from + before.index;
  const actual = weekday(mismatch.iso);
  const native = (context.vocabularies[0]?.weekdays[actual]?.[0] ?? '').replace(/\*$/, '');
  const name = weekdayName(actual, context.locale);
  const said = { word, date: mismatch.iso, weekday: name };
  const reason =
    native === '' || native === name.toLowerCase()
      ? say(context.locale, 'rule.weekday-mismatch', said)
      : say(context.locale, 'rule.weekday-mismatch.native', { ...said, native });
  const { start, end } = spanIn(mismatch.dates, wordAt, mismatch.index + mismatch.length);
  context.report(reason, start, end);
}
