import { isParticipant, personNames } from '../known-people.js';
import { spanOf } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `presenter-unknown`: an agenda item is presented by someone who is not a participant. */
export const presenterUnknown: Rule = {
  id: 'presenter-unknown',
  severity: 'warn',
  description: 'An agenda item\'s presenter (`3. Budget / Pekka Salo`) who is not among the participants; @handles, groups and meetings without participants are skipped.',
  example: '`## 3. Talousarvio / Pekka Salo` when Pekka Salo is not listed',
  check(context) {
    const { participants } = context.meeting;
    if (participants.length === 0) return;
    for (const item of context.meeting.agenda) {
      for (const name of personNames(item.presenter ?? '')) {
        if (isParticipant(name, participants)) continue;
        const { start, end } = spanOf(context.lines, item.position, name);
        context.report(say(context.locale, 'rule.presenter-unknown', { name }), start, end);
      }
    }
  },
};
