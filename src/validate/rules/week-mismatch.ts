import { addDays, isoWeek, isoWeekMonday } from '../../parse/calendar.js';
import { WORD_BEFORE, type DateHit } from '../../parse/read-dates.js';
import { matchesWord } from '../../lang/match.js';
import type { Rule, RuleContext } from '../rule.js';
import { dateOf, spanIn, writtenDates, type LineDates } from '../written-dates.js';
import { say } from '../../messages/index.js';

const weekNumber = /(?<![\p{L}\d])(\p{L}+)\.?\s?(\d{1,2})(?!\d)/gu;
const weekdayWord = WORD_BEFORE;
const gap = /^[\s([,:;/–—-]{0,6}$/u;

/** `week-mismatch`: a week number with a date beside it that is not in that ISO week. */
export const weekMismatch: Rule = {
  id: 'week-mismatch',
  severity: 'error',
  description: 'A week number followed by a date (`viikko 9 (26.2.)`, `week 9 (Feb 26)`) that is not in that ISO week.',
  example: '`viikko 10 (26.2.)` when 26 February 2020 is in week 9',
  check(context) {
    const words = context.vocabularies.flatMap((vocabulary) => vocabulary.week);
    for (const line of writtenDates(context)) {
      for (const match of line.text.matchAll(weekNumber)) {
        const word = (match[1] ?? '').toLowerCase();
        if (!words.some((entry) => matchesWord(word, entry))) continue;
        const after = (match.index ?? 0) + match[0].length;
        const hit = line.hits.find((candidate) => candidate.index >= after && gap.test(between(line, after, candidate)));
        if (hit !== undefined) compare(context, { line, from: match.index ?? 0, week: Number(match[2]), hit });
      }
    }
  },
};

/** The text between a week number and a date, without a weekday word just before the date. */
function between(line: LineDates, from: number, hit: DateHit): string {
  const text = line.text.slice(from, hit.index);
  return hit.weekday === null ? text : text.replace(weekdayWord, '');
}

interface Pair {
  line: LineDates;
  from: number;
  week: number;
  hit: DateHit;
}

function compare(context: RuleContext, pair: Pair): void {
  const iso = dateOf(pair.hit, context.meeting.date);
  if (iso === null) return;
  const { year, week } = isoWeek(iso);
  if (week === pair.week) return;
  const monday = isoWeekMonday(year, pair.week);
  const found = { date: iso, week: pair.week, actual: week };
  const reason =
    pair.week >= 1 && pair.week <= 53
      ? say(context.locale, 'rule.week-mismatch.days', { ...found, monday, sunday: addDays(monday, 6) })
      : say(context.locale, 'rule.week-mismatch.week', found);
  const { start, end } = spanIn(pair.line, pair.from, pair.hit.index + pair.hit.length);
  context.report(reason, start, end);
}
