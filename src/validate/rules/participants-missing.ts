import { documentSpan } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `participants-missing`: nobody is listed as attending. */
export const participantsMissing: Rule = {
  id: 'participants-missing',
  severity: 'error',
  description: 'No participants: no attendee list, and no chair or secretary named.',
  example: 'Minutes with a date and an agenda but no `Present:` or `Läsnä:` list',
  check(context) {
    if (context.meeting.participants.length > 0) return;
    const { start, end } = documentSpan(context);
    context.report(say(context.locale, 'rule.participants-missing'), start, end);
  },
};
