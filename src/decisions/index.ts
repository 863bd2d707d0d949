export { filterDecisions, itemNumber, type DecisionFilters } from './filter-decisions.js';
export { listDecisions } from './list-decisions.js';
export { sortDecisions } from './sort-decisions.js';
export { toDecisionRecords, type DecisionSource, type MeetingOfDecisions } from './to-decision-records.js';
