import { fold } from '../lang/match.js';
import type { RosterPerson } from '../model/roster-person.js';
import { findInRoster } from '../parse/find-in-roster.js';
import type { ActionRecord } from '../report/types.js';
import { nameParts } from '../parse/resolve-people.js';
import { matchOwner } from './match-owner.js';

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
  /** The roster that named the owners: a name in `owners` that is one of its people (an alias, a handle) asks for that person's name too. */
  roster?: readonly RosterPerson[] | undefined;
}

type Test = (record: ActionRecord) => boolean;

/**
 * Keep the actions that pass every filter given, in their order. A name in `owners` finds the
 * owners `matchOwner` says it names, the words of the full names among all owners counting as
 * names of their own; a name the roster knows (`MM`, `@mmannikko`) also finds its person's. Due filters drop undated actions, `since` and `until` actions of undated
 * meetings; `dueBefore` and `dueAfter` exclude their date, `since` and `until` include it.
 * No filter keeps everything.
 */
export function filterActions(records: readonly ActionRecord[], filters: ActionFilters): ActionRecord[] {
  const tests = [who(records, filters), ...when(filters), ...what(filters)].filter((test) => test !== null);
  return records.filter((record) => tests.every((test) => test(record)));
}

/** Owners and `unassigned` as one test: any of them; null when neither is given. */
function who(records: readonly ActionRecord[], filters: ActionFilters): Test | null {
  const given = filters.owners ?? [];
  if (given.length === 0 && filters.unassigned !== true) return null;
  const roster = filters.roster ?? [];
  const asked = [...given, ...given.flatMap((name) => findInRoster(name, roster)?.name ?? [])];
  const owners = [...new Set(records.flatMap((record) => record.owners))];
  const names = new Set(owners.filter((owner) => /\S\s+\S/.test(owner.trim())).flatMap((owner) => nameParts(owner)));
  const wanted = new Set(owners.filter((owner) => asked.some((name) => matchOwner(name, owner, names))));
  return (record) => (filters.unassigned === true && record.owners.length === 0) || record.owners.some((owner) => wanted.has(owner));
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
