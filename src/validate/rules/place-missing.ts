import { documentSpan, fieldSpan } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `place-missing`: the minutes do not say where the meeting was held. */
export const placeMissing: Rule = {
  id: 'place-missing',
  severity: 'warn',
  description: 'No place: no `Location:`, `Paikka:`, `Plats:` or similar field.',
  example: 'A header with a date and attendees but no `Location:` line',
  check(context) {
    if (context.meeting.location !== null) return;
    const { start, end } = fieldSpan(context, 'date') ?? documentSpan(context);
    context.report(say(context.locale, 'rule.place-missing'), start, end);
  },
};
