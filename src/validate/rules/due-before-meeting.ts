import { spanOf } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `due-before-meeting`: an open action is due before the meeting that assigned it. */
export const dueBeforeMeeting: Rule = {
  id: 'due-before-meeting',
  severity: 'warn',
  description: 'An open action whose due date ends before the meeting\'s date (often a wrong year or month).',
  example: '`Minna lähettää aikataulun 31.10.2019 mennessä` in minutes of 8.11.2019',
  check(context) {
    const { date } = context.meeting;
    if (date === null) return;
    for (const action of context.meeting.actions) {
      if (action.status !== 'open' || action.due === null || action.due.end >= date) continue;
      const { start, end } = spanOf(context.lines, action.position, action.due.text);
      context.report(say(context.locale, 'rule.due-before-meeting', { due: action.due.end, date }), start, end);
    }
  },
};
