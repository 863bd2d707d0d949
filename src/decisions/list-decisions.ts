import type { Meeting } from '../model/meeting.js';
import type { DecisionRecord } from '../report/decision-record.js';
import { filterDecisions, type DecisionFilters } from './filter-decisions.js';
import { sortDecisions } from './sort-decisions.js';
import { toDecisionRecords } from './to-decision-records.js';

/**
 * The decision register of parsed meetings, as `minutes decisions` lists it: every decision that
 * passes `filters` (see `filterDecisions`), with its meeting's date, title and language, its
 * agenda item's number and title and its place, in meeting order (see `sortDecisions`). Each
 * record's `path` is its meeting's `source.path` (`-` when it has none).
 */
export function listDecisions(meetings: readonly Meeting[], filters: DecisionFilters = {}): DecisionRecord[] {
  // `-` as the CLI names standard input, written here so that the library does not load the input layer (and tinyglobby).
  const records = toDecisionRecords(meetings.map((meeting) => ({ path: meeting.source.path ?? '-', meeting })));
  return sortDecisions(filterDecisions(records, filters));
}
