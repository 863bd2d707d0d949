import { byMeeting, byPlace } from '../actions/sort-actions.js';
import type { DecisionRecord } from '../report/decision-record.js';

/**
 * Sort decisions into meeting order, a new array: by meeting date (undated meetings last), then
 * path, then position in the file. Equal records keep their order.
 */
export function sortDecisions(records: readonly DecisionRecord[]): DecisionRecord[] {
  return [...records].sort((a, b) => byMeeting(a, b) || byPlace(a, b));
}
