import type { AgendaItem } from '../model/agenda-item.js';
import type { ActionItem } from '../model/action-item.js';
import type { Meeting } from '../model/meeting.js';

/**
 * What `minutes actions` needs of a meeting: its date, title and actions, and of its agenda the
 * number and title of the first item of each number an action names (what `toRecords` reads).
 * A cache entry of this kind is about a tenth of the whole meeting's.
 */
export interface MeetingActions {
  date: Meeting['date'];
  title: Meeting['title'];
  actions: ActionItem[];
  agenda: Array<Pick<AgendaItem, 'number' | 'title'>>;
}

/** What a cache entry holds, and what loading files gives for each: the whole meeting, or its actions. */
export type EntryKind = 'meeting' | 'actions';

/** The value of each kind. */
export interface EntryValue {
  meeting: Meeting;
  actions: MeetingActions;
}

/** The value of kind `kind` for a meeting just parsed; a meeting is stored without its path. */
export function project<K extends EntryKind>(kind: K, meeting: Meeting): EntryValue[K] {
  if (kind === 'meeting') return meeting as EntryValue[K];
  return actionsOf(meeting) as EntryValue[K];
}

/** A meeting's `MeetingActions`. */
export function actionsOf(meeting: Pick<Meeting, 'date' | 'title' | 'actions' | 'agenda'>): MeetingActions {
  const named = new Set(meeting.actions.map((action) => action.item));
  const agenda: MeetingActions['agenda'] = [];
  for (const item of meeting.agenda) {
    if (item.number === null || !named.has(item.number)) continue;
    named.delete(item.number);
    agenda.push({ number: item.number, title: item.title });
  }
  return { date: meeting.date, title: meeting.title, actions: meeting.actions, agenda };
}

/**
 * A cheap structural check of a value read from the cache: the top level of its kind. The digest
 * of an entry already proves its body is what this version wrote; validating whole entries with
 * zod would cost more than parsing them (and loading zod), for no added safety.
 */
export function looksLike<K extends EntryKind>(kind: K, value: unknown): value is EntryValue[K] {
  return kind === 'meeting' ? looksLikeMeeting(value) : looksLikeActions(value);
}

function looksLikeMeeting(value: unknown): value is Meeting {
  if (!isRecord(value) || value.schemaVersion !== 1 || !isRecord(value.source)) return false;
  const arrays = [value.participants, value.agenda, value.decisions, value.actions, value.diagnostics];
  return (
    typeof value.source.language === 'string' &&
    arrays.every((array) => Array.isArray(array)) &&
    isRecord(value.fields) &&
    typeof value.preamble === 'string' &&
    typeof value.notes === 'string'
  );
}

function looksLikeActions(value: unknown): value is MeetingActions {
  return (
    isRecord(value) &&
    (value.date === null || typeof value.date === 'string') &&
    (value.title === null || typeof value.title === 'string') &&
    Array.isArray(value.actions) &&
    Array.isArray(value.agenda)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
