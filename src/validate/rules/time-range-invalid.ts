import { documentSpan, fieldSpan } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `time-range-invalid`: the meeting ends before it starts. */
export const timeRangeInvalid: Rule = {
  id: 'time-range-invalid',
  severity: 'error',
  description: 'The end time of the meeting is before its start time.',
  example: '`Time: 18:00–17:30`',
  check(context) {
    const { startTime, endTime } = context.meeting;
    if (startTime === null || endTime === null || endTime >= startTime) return;
    const { start, end } = fieldSpan(context, 'time') ?? fieldSpan(context, 'endTime') ?? documentSpan(context);
    context.report(say(context.locale, 'rule.time-range-invalid', { end: endTime, start: startTime }), start, end);
  },
};
