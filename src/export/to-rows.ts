import type { Meeting } from '../model/meeting.js';
import type { Position } from '../model/position.js';
import type { TableName } from './tables.js';

/** A value of one cell: text, a whole number, or nothing. */
export type Cell = string | number | null;

/** The rows of every table for one meeting, each row's cells in the order of its table's columns. */
export type MeetingRows = Record<TableName, Cell[][]>;

/**
 * One meeting as rows of the export's tables (see `tables`), under `meetingId`. Every field of the
 * meeting lands in a column: lists joined with `; `, the header's field sources and the parser's
 * diagnostics as JSON.
 */
export function toRows(meetingId: string, meeting: Meeting): MeetingRows {
  return {
    meetings: [meetingRow(meetingId, meeting)],
    participants: meeting.participants.map((person, index) => [
      meetingId, index + 1, person.name, person.organization, person.roles.join('; '), person.present ? 1 : 0,
      person.handle ?? null, person.alias ?? null, ...place(person.position),
    ]),
    agenda: meeting.agenda.map((item, index) => [
      meetingId, index + 1, item.number, item.title, item.presenter, item.text, ...place(item.position), ...place(item.end),
    ]),
    decisions: meeting.decisions.map((decision) => [
      meetingId, decision.id, decision.item, decision.text, ...place(decision.position), decision.cue.kind, decision.cue.words,
    ]),
    actions: meeting.actions.map((action) => [
      meetingId, action.id, action.item, action.owners.join('; '), action.text, action.status,
      action.due?.text ?? null, action.due?.start ?? null, action.due?.end ?? null,
      ...place(action.position), action.cue.kind, action.cue.words, action.cue.owner ?? null,
    ]),
    action_owners: meeting.actions.flatMap((action) => action.owners.map((owner, index) => [meetingId, action.id, index + 1, owner])),
  };
}

function meetingRow(meetingId: string, meeting: Meeting): Cell[] {
  return [
    meetingId, meeting.source.path, meeting.schemaVersion, meeting.source.language, meeting.source.encoding ?? null,
    meeting.title, meeting.date, meeting.endDate ?? null, meeting.startTime, meeting.endTime, meeting.location,
    meeting.preamble, meeting.notes, JSON.stringify(meeting.fields), JSON.stringify(meeting.diagnostics),
  ];
}

/** Line and column of a position, or two empty cells. */
function place(position: Position | undefined): [Cell, Cell] {
  return position === undefined ? [null, null] : [position.line, position.column];
}
