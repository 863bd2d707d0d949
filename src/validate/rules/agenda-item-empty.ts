import { spanOf } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `agenda-item-empty`: an agenda heading with nothing under it. */
export const agendaItemEmpty: Rule = {
  id: 'agenda-item-empty',
  severity: 'warn',
  description: 'An agenda item (a heading or numbered line that owns a body) with no text before the next item; items of an agenda list are not checked.',
  example: '`## 5. Muut asiat` followed directly by `## 6. Kokouksen päättäminen`',
  check(context) {
    for (const item of context.meeting.agenda) {
      if (item.end === undefined || item.text.trim() !== '') continue;
      const { start, end } = spanOf(context.lines, item.position);
      const name = item.number === null ? item.title : `${item.number}. ${item.title}`;
      context.report(say(context.locale, 'rule.agenda-item-empty', { name }), start, end);
    }
  },
};
