import type { ActionItem } from '../model/action-item.js';
import type { Participant } from '../model/participant.js';
import type { RosterPerson } from '../model/roster-person.js';
import { findInRoster } from './find-in-roster.js';

/** What `resolveRoster` reads and changes: a meeting's actions, and its participants when it has them. */
export interface RosterTarget {
  actions: ActionItem[];
  participants?: Participant[];
}

/**
 * Give the participants and action owners who are people of the roster (see `findInRoster`) the
 * roster's name, after the meeting's own participant list has done its part: a participant by
 * name, handle or alias, an owner as the minutes gave it. What the minutes wrote is kept: a renamed
 * participant's `nameAsWritten`, an action's `ownersAsWritten` when any owner changed (the cue's
 * `owner` note says how). A participant also takes the person's `email`, and the organisation when
 * the minutes name none. Changes the meeting in place and returns it; an empty roster changes nothing.
 */
export function resolveRoster<T extends RosterTarget>(meeting: T, roster: readonly RosterPerson[]): T {
  if (roster.length === 0) return meeting;
  for (const participant of meeting.participants ?? []) resolveParticipant(participant, roster);
  for (const action of meeting.actions) resolveOwners(action, roster);
  return meeting;
}

function resolveParticipant(participant: Participant, roster: readonly RosterPerson[]): void {
  const ways = [participant.name, participant.handle, participant.alias];
  let person: RosterPerson | null = null;
  for (const way of ways) if (person === null && typeof way === 'string') person = findInRoster(way, roster);
  if (person === null) return;
  if (person.name !== participant.name) {
    participant.nameAsWritten = participant.name;
    participant.name = person.name;
  }
  if (participant.organization === null && person.organization !== undefined) participant.organization = person.organization;
  if (person.email !== undefined) participant.email = person.email;
}

function resolveOwners(action: ActionItem, roster: readonly RosterPerson[]): void {
  const notes: string[] = [];
  const owners: string[] = [];
  for (const owner of action.owners) {
    const name = findInRoster(owner, roster)?.name ?? owner;
    if (name !== owner) notes.push(`${owner} → ${name} (roster)`);
    if (!owners.includes(name)) owners.push(name);
  }
  if (notes.length === 0 && owners.length === action.owners.length) return;
  action.ownersAsWritten = action.owners;
  action.owners = owners;
  if (notes.length > 0) action.cue = { ...action.cue, owner: [action.cue.owner, ...notes].filter(Boolean).join('; ') };
}
