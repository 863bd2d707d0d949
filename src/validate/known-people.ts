import type { Participant } from '../model/participant.js';
import { isName } from '../parse/read-people.js';
import { resolvePerson } from '../parse/resolve-people.js';

const joiners = /,|&|\s(?:and|ja|sekä|och|und|en)\s/u;

/**
 * The names in a written reference to people (`Anna ja Mikko`, `Anna, Mikko`) that should be
 * participants: @handles and words that are not names (`tiimin jäsenet`, `all`) are left out.
 */
export function personNames(written: string): string[] {
  return written
    .split(joiners)
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('@') && isName(name));
}

/** Whether a name is a participant's: the full name, a handle, or a form `resolvePerson` resolves. */
export function isParticipant(name: string, participants: readonly Participant[]): boolean {
  return participants.some((person) => person.name === name || person.handle === name) || resolvePerson(name, participants) !== null;
}
