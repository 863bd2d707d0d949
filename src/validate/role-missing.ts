import { documentSpan, fieldSpan } from './places.js';
import { say } from '../messages/index.js';
import type { RuleContext } from './rule.js';

/**
 * Report that no participant has `role` (`chair`, `secretary`) with the message `id`, at the attendee list. Silent when
 * nobody is listed at all, which `participants-missing` reports.
 */
export function checkRole(context: RuleContext, role: 'chair' | 'secretary', id: 'rule.chair-missing' | 'rule.secretary-missing'): void {
  const { participants } = context.meeting;
  if (participants.length === 0 || participants.some((person) => person.roles.includes(role))) return;
  const { start, end } = fieldSpan(context, 'participants') ?? documentSpan(context);
  context.report(say(context.locale, id), start, end);
}
