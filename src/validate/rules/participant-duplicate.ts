import { fold } from '../../lang/match.js';
import type { Participant } from '../../model/participant.js';
import { documentSpan, fieldSpan, spanOf, type Span } from '../places.js';
import type { Rule, RuleContext } from '../rule.js';
import { say } from '../../messages/index.js';

/** `participant-duplicate`: the same person listed twice. */
export const participantDuplicate: Rule = {
  id: 'participant-duplicate',
  severity: 'warn',
  description: 'The same name listed twice among the participants, ignoring case and diacritics.',
  example: '`Läsnä: Sirkka Seppälä, Arja Nevala, Sirkka Seppala`',
  check(context) {
    const first = new Map<string, Participant>();
    for (const person of context.meeting.participants) {
      const key = fold(person.name).replace(/[\s.]+/g, ' ').trim();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, person);
        continue;
      }
      const { start, end } = where(context, person);
      const at = earlier.position;
      const reason =
        at === undefined
          ? say(context.locale, 'rule.participant-duplicate', { name: person.name })
          : say(context.locale, 'rule.participant-duplicate.first-at', { name: person.name, line: at.line, column: at.column });
      context.report(reason, start, end);
    }
  },
};

function where(context: RuleContext, person: Participant): Span {
  if (person.position !== undefined) return spanOf(context.lines, person.position, person.name);
  return fieldSpan(context, 'participants') ?? documentSpan(context);
}
