import { spanOf } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `action-due-missing`: an open action without a deadline (off unless turned on). */
export const actionDueMissing: Rule = {
  id: 'action-due-missing',
  severity: 'off',
  description: 'An open action item without a due date; off by default, for teams that want every task dated.',
  example: '`Action: Anna to update the member list` with no date',
  check(context) {
    for (const action of context.meeting.actions) {
      if (action.status !== 'open' || action.due !== null) continue;
      const { start, end } = spanOf(context.lines, action.position, action.text);
      context.report(say(context.locale, 'rule.action-due-missing'), start, end);
    }
  },
};
