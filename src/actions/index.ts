export { contentWords } from './content-words.js';
export { filterActions, type ActionFilters } from './filter-actions.js';
export { isOverdue } from './is-overdue.js';
export { matchOwner } from './match-owner.js';
export { mergeSightings, type MergeOptions } from './merge-sightings.js';
export { packRecords, unpackRecords, type PackedRecords } from './pack-records.js';
export { actionSorts, sortActions, type ActionSort } from './sort-actions.js';
export { toRecords, type MeetingSource, type ToRecordsOptions } from './to-records.js';
