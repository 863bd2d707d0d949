import { documentSpan } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `date-missing`: no date of the meeting could be read. */
export const dateMissing: Rule = {
  id: 'date-missing',
  severity: 'error',
  description: 'No meeting date: no date field, no date in the title and no date-only line near the top.',
  example: '`Time: 18:00` with no date anywhere in the header',
  check(context) {
    if (context.meeting.date !== null) return;
    const { start, end } = documentSpan(context);
    context.report(say(context.locale, 'rule.date-missing'), start, end);
  },
};
