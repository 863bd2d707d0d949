import { itemTitles } from '../actions/to-records.js';
import type { AgendaItem } from '../model/agenda-item.js';
import type { Meeting } from '../model/meeting.js';
import type { DecisionRecord } from '../report/decision-record.js';

/** What `toDecisionRecords` reads of a meeting. */
export type MeetingOfDecisions = Pick<Meeting, 'date' | 'title' | 'decisions'> & {
  source: Pick<Meeting['source'], 'language'>;
  agenda: ReadonlyArray<Pick<AgendaItem, 'number' | 'title'>>;
};

/** A parsed meeting and the path it was read from (as `loadMeetings` returns it). */
export interface DecisionSource {
  path: string;
  meeting: MeetingOfDecisions;
}

/**
 * Turn parsed meetings into decision records, one per decision, in input order: the decision
 * without its cue, with its file's path, the meeting's date, title and language, and the title of
 * the agenda item that holds it (null outside any item or when no item has that number).
 */
export function toDecisionRecords(sources: readonly DecisionSource[]): DecisionRecord[] {
  return sources.flatMap(({ path, meeting }) => {
    const titles = itemTitles(meeting);
    const held = { date: meeting.date, title: meeting.title, language: meeting.source.language };
    return meeting.decisions.map(({ id, text, item, position }): DecisionRecord => ({
      id,
      text,
      item,
      itemTitle: item === null ? null : (titles.get(item) ?? null),
      path,
      position,
      meeting: held,
    }));
  });
}
