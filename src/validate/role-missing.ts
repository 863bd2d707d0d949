import { documentSpan, fieldSpan } from './places.js';
import type { RuleContext } from './rule.js';

/**
 * Report that no participant has `role` (`chair`, `secretary`), at the attendee list. Silent when
 * nobody is listed at all, which `participants-missing` reports.
 */
export function checkRole(context: RuleContext, role: string, expected: string): void {
  const { participants } = context.meeting;
  if (participants.length === 0 || participants.some((person) => person.roles.includes(role))) return;
  const { start, end } = fieldSpan(context, 'participants') ?? documentSpan(context);
  context.report(`Unexpected missing ${role}, expected ${expected}`, start, end);
}
