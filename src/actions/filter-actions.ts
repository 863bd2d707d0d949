import { fold } from '../lang/match.js';
import type { ActionRecord } from '../report/types.js';
import { matchesOwner } from './match-owner.js';

/** Which actions to keep; every filter given must hold (`owners` and `unassigned` together: any of them). */
export interface ActionFilters {
  /** Names of owners, any of which will do (see `matchesOwner`). */
  owners?: readonly string[] | undefined;
  /** Keep the actions that name nobody. */
  unassigned?: boolean | undefined;
  /** `open` or `done`; `all` or none for both. */
  status?: 'open' | 'done' | 'all' | undefined;
  /** Keep actions whose due range ends before this ISO date. */
  dueBefore?: string | undefined;
  /** Keep actions whose due range ends after this ISO date. */
  dueAfter?: string | undefined;
  /** Keep overdue actions only (as `overdue` on each record says). */
  overdue?: boolean | undefined;
  /** Keep actions of meetings on or after this ISO date. */
  since?: string | undefined;
  /** Keep actions of meetings on or before this ISO date. */
  until?: string | undefined;
  /** Keep actions whose text holds this, case- and diacritic-insensitively. */
  grep?: string | undefined;
}

type Test = (record: ActionRecord) => boolean;

/**
 * Keep the actions that pass every filter given, in their order. Due filters drop undated
 * actions, `since` and `until` drop actions of undated meetings; date bounds of `dueBefore` and
 * `dueAfter` are exclusive, those of `since` and `until` inclusive. No filter keeps everything.
 */
export function filterActions(records: readonly ActionRecord[], filters: ActionFilters): ActionRecord[] {
  const tests = [who(filters), ...when(filters), ...what(filters)].filter((test) => test !== null);
  return records.filter((record) => tests.every((test) => test(record)));
}

/** Owners and `unassigned` as one test: any of them; null when neither is given. */
function who(filters: ActionFilters): Test | null {
  const names = filters.owners ?? [];
  if (names.length === 0 && filters.unassigned !== true) return null;
  const cache = new Map<string, boolean>();
  const named = (owner: string): boolean => {
    let hit = cache.get(owner);
    if (hit === undefined) cache.set(owner, (hit = names.some((name) => matchesOwner(name, owner))));
    return hit;
  };
  return (record) => (filters.unassigned === true && record.owners.length === 0) || record.owners.some(named);
}

function when(filters: ActionFilters): (Test | null)[] {
  const { dueBefore, dueAfter, since, until } = filters;
  return [
    dueBefore === undefined ? null : (r) => r.due !== null && r.due.end < dueBefore,
    dueAfter === undefined ? null : (r) => r.due !== null && r.due.end > dueAfter,
    since === undefined ? null : (r) => r.meeting.date !== null && r.meeting.date >= since,
    until === undefined ? null : (r) => r.meeting.date !== null && r.meeting.date <= until,
    filters.overdue === true ? (r) => r.overdue : null,
  ];
}

function what(filters: ActionFilters): (Test | null)[] {
  const { status, grep } = filters;
  const needle = grep === undefined ? '' : fold(grep);
  return [
    status === undefined || status === 'all' ? null : (r) => r.status === status,
    needle === '' ? null : (r) => fold(r.text).includes(needle),
  ];
}
