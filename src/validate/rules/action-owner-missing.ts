import { spanOf } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `action-owner-missing`: an open action that nobody is named to do. */
export const actionOwnerMissing: Rule = {
  id: 'action-owner-missing',
  severity: 'info',
  description: 'An open action item without an owner.',
  example: '`Tehtävä: päivitetään jäsenrekisteri` with no name',
  check(context) {
    for (const action of context.meeting.actions) {
      if (action.status !== 'open' || action.owners.length > 0) continue;
      const { start, end } = spanOf(context.lines, action.position, action.text);
      context.report(say(context.locale, 'rule.action-owner-missing'), start, end);
    }
  },
};
