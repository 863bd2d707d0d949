import type { ActionItem } from '../model/action-item.js';
import type { Decision } from '../model/decision.js';
import type { FindContext } from './parse-minutes.js';

/** The action items of a meeting. */
export function findActions(context: FindContext, decisions: readonly Decision[]): ActionItem[] {
  void context;
  void decisions;
  return [];
}
