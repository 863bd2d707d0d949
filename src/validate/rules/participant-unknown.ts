import { findInRoster } from '../../parse/find-in-roster.js';
import { spanOf } from '../places.js';
import type { Rule } from '../rule.js';
import { say } from '../../messages/index.js';

/** `participant-unknown`: someone listed among the participants who is nobody of the roster. */
export const participantUnknown: Rule = {
  id: 'participant-unknown',
  severity: 'off',
  description:
    'A participant (present or absent) who is none of the people of the roster (`people` in the configuration), by name, alias, handle or an inflected form; with no roster, every participant. Off by default.',
  example: '`Läsnä: Minna Männikkö, Pekka Salo` with no Pekka Salo in `people`',
  check(context) {
    const { roster } = context;
    for (const participant of context.meeting.participants) {
      // Never a finding without a place: a participant read from front matter has none.
      if (participant.position === undefined) continue;
      const ways = [participant.name, participant.handle, participant.alias];
      if (ways.some((way) => typeof way === 'string' && findInRoster(way, roster) !== null)) continue;
      const written = participant.nameAsWritten ?? participant.name;
      const { start, end } = spanOf(context.lines, participant.position, written);
      context.report(say(context.locale, 'rule.participant-unknown', { name: written }), start, end);
    }
  },
};
