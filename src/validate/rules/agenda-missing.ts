import { documentSpan } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `agenda-missing`: no agenda items could be read. */
export const agendaMissing: Rule = {
  id: 'agenda-missing',
  severity: 'warn',
  description: 'No agenda: no numbered items (`1. Opening`, `§ 5`), no list under `Agenda:` and no topic headings.',
  example: 'Minutes written as a few paragraphs without items',
  check(context) {
    if (context.meeting.agenda.length > 0) return;
    const { start, end } = documentSpan(context);
    context.report(say(context.locale, 'rule.agenda-missing'), start, end);
  },
};
