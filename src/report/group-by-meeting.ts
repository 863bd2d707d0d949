import type { DecisionRecord } from './decision-record.js';

/** One meeting's decisions: the file, the meeting as its first record names it, and the records. */
export interface MeetingGroup {
  path: string;
  meeting: DecisionRecord['meeting'];
  records: DecisionRecord[];
}

/**
 * Group decisions by meeting, that is by file: the meetings in the order their first decision
 * comes, and within one the records in the order they came (sorted records give meeting order).
 */
export function groupByMeeting(records: readonly DecisionRecord[]): MeetingGroup[] {
  const byPath = new Map<string, MeetingGroup>();
  for (const record of records) {
    const group = byPath.get(record.path);
    if (group) group.records.push(record);
    else byPath.set(record.path, { path: record.path, meeting: record.meeting, records: [record] });
  }
  return [...byPath.values()];
}
