import type { ActionItem } from '../model/action-item.js';

/**
 * Whether an action is overdue on `today` (ISO date): it is open and its due range ended
 * before that day. An action without a due date is never overdue.
 */
export function isOverdue(action: Pick<ActionItem, 'status' | 'due'>, today: string): boolean {
  return action.status === 'open' && action.due !== null && action.due.end < today;
}
