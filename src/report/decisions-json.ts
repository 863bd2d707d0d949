import type { DecisionRecord } from './decision-record.js';
import { jsonArray, jsonLines } from './json-text.js';

/**
 * Format decisions as a pretty-printed JSON array; each element has the shape of
 * `DecisionRecord` (the decision, its agenda item's number and title, its file's path and
 * position, and the meeting's date, title and language), with keys in a fixed order.
 */
export function formatDecisionsJson(records: readonly DecisionRecord[]): string {
  return jsonArray(records.map(toJson));
}

/** Format decisions as newline-delimited JSON: one compact `DecisionRecord` object a line. */
export function formatDecisionsNdjson(records: readonly DecisionRecord[]): string {
  return jsonLines(records.map(toJson));
}

/** The record's own fields in a fixed order, and nothing else. */
function toJson(record: DecisionRecord): DecisionRecord {
  const { date, title, language } = record.meeting;
  return {
    id: record.id,
    text: record.text,
    item: record.item,
    itemTitle: record.itemTitle,
    path: record.path,
    position: { line: record.position.line, column: record.position.column },
    meeting: { date, title, language },
  };
}
