import { documentSpan } from '../places.js';
import type { Rule } from '../rule.js';

/** `date-missing`: no date of the meeting could be read. */
export const dateMissing: Rule = {
  id: 'date-missing',
  severity: 'error',
  description: 'No meeting date: no date field, no date in the title and no date-only line near the top.',
  example: '`Time: 18:00` with no date anywhere in the header',
  check(context) {
    if (context.meeting.date !== null) return;
    const { start, end } = documentSpan(context);
    context.report('Unexpected missing date, expected the date of the meeting (`Date: 2024-03-05`, `Aika: 5.3.2024`)', start, end);
  },
};
