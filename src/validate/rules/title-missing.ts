import { documentSpan } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `title-missing`: the minutes never say what meeting they record. */
export const titleMissing: Rule = {
  id: 'title-missing',
  severity: 'error',
  description: 'The minutes have no title: no heading, bold first line or `title` in front matter.',
  example: 'A file that starts straight with `Date: 2024-03-05`',
  check(context) {
    if (context.meeting.title !== null) return;
    const { start, end } = documentSpan(context);
    context.report(say(context.locale, 'rule.title-missing'), start, end);
  },
};
