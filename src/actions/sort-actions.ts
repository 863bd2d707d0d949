import { fold } from '../lang/match.js';
import type { Position } from '../model/position.js';
import type { ActionRecord } from '../report/types.js';

/** The orders `sortActions` knows. */
export type ActionSort = 'due' | 'meeting' | 'owner';

/** The orders `sortActions` knows, for option choices. */
export const actionSorts: readonly ActionSort[] = ['due', 'meeting', 'owner'];

type Compare = (a: ActionRecord, b: ActionRecord) => number;

/**
 * Sort actions into a new array. `due` (the default): by the end of the due range, undated last,
 * then meeting date (undated last), path and position. `meeting`: by meeting date, then path and
 * position. `owner`: by the first owner (case- and diacritic-insensitive, unassigned last), then
 * as `due`. Equal records keep their order.
 */
export function sortActions(records: readonly ActionRecord[], by: ActionSort = 'due'): ActionRecord[] {
  const order: Compare[] =
    by === 'meeting' ? [byMeeting, byPlace, byDue] : by === 'owner' ? [byOwner, byDue, byMeeting, byPlace] : [byDue, byMeeting, byPlace];
  return [...records].sort((a, b) => {
    for (const compare of order) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  });
}

/** What the meeting order reads of a record: its meeting's date, its file and its place there. */
export interface Placed {
  path: string;
  position: Position;
  meeting: { date: string | null };
}

const byDue: Compare = (a, b) => lastNull(a.due?.end ?? null, b.due?.end ?? null);

/** By meeting date, undated meetings last. */
export function byMeeting(a: Placed, b: Placed): number {
  return lastNull(a.meeting.date, b.meeting.date);
}

/** By path (code-unit order), then line and column. */
export function byPlace(a: Placed, b: Placed): number {
  return lastNull(a.path, b.path) || a.position.line - b.position.line || a.position.column - b.position.column;
}

const byOwner: Compare = (a, b) =>
  lastNull(a.owners[0] === undefined ? null : fold(a.owners[0]), b.owners[0] === undefined ? null : fold(b.owners[0]));

/** Code-unit order of strings, null after every string. */
function lastNull(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
