import { findInRoster } from '../../parse/find-in-roster.js';
import { isParticipant, personNames } from '../known-people.js';
import { spanOf } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `owner-unknown`: an action is given to someone who is not a participant. */
export const ownerUnknown: Rule = {
  id: 'owner-unknown',
  severity: 'warn',
  description: 'An action owner who is not among the participants nor a person of the roster; @handles, groups and meetings without participants are skipped.',
  example: '`Pekka lähettää kutsun` when no participant is called Pekka',
  check(context) {
    const { participants } = context.meeting;
    const { roster } = context;
    if (participants.length === 0) return;
    const message = roster.length === 0 ? 'rule.owner-unknown' : 'rule.owner-unknown.roster';
    for (const action of context.meeting.actions) {
      for (const name of action.owners.flatMap(personNames)) {
        if (isParticipant(name, participants) || findInRoster(name, roster) !== null) continue;
        const { start, end } = spanOf(context.lines, action.position, name);
        context.report(say(context.locale, message, { name }), start, end);
      }
    }
  },
};
