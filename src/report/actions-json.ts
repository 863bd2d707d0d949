import { jsonArray, jsonLines } from './json-text.js';
import type { ActionRecord } from './types.js';

/**
 * Format actions as a pretty-printed JSON array; each element has the shape of `ActionRecord`
 * (the action, its file's path, the meeting's date and title, the agenda item's number and
 * title, whether it is overdue, and its history), with keys in a fixed order.
 */
export function formatActionsJson(records: readonly ActionRecord[]): string {
  return jsonArray(records.map(toJson));
}

/** Format actions as newline-delimited JSON: one compact `ActionRecord` object a line. */
export function formatActionsNdjson(records: readonly ActionRecord[]): string {
  return jsonLines(records.map(toJson));
}

/** The record's own fields in a fixed order, and nothing else. */
function toJson(record: ActionRecord): ActionRecord {
  return {
    id: record.id,
    text: record.text,
    owners: record.owners,
    status: record.status,
    due: record.due,
    overdue: record.overdue,
    item: record.item,
    itemTitle: record.itemTitle,
    path: record.path,
    position: record.position,
    meeting: { date: record.meeting.date, title: record.meeting.title },
    history: record.history.map((sighting) => ({
      path: sighting.path,
      date: sighting.date,
      status: sighting.status,
      line: sighting.line,
    })),
  };
}
