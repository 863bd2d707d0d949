import { fold } from '../lang/match.js';
import { resolvePerson } from '../parse/resolve-people.js';

/**
 * Whether a name asked for (`--owner`) names an action's owner: the full name, a first name or
 * a surname, case- and diacritic-insensitively (`minna`, `Männikkö`, `mannikko`), or a Finnish
 * or Swedish inflected form of one (`Minnalle`, `Männikön`, `Minnas`), either way round, so an
 * owner kept as written (`Minnalle`) is found by `Minna` too. A leading `@` is ignored.
 */
export function matchesOwner(query: string, owner: string): boolean {
  if (fold(query.replace(/^@/, '')).trim() === '') return false;
  return resolvePerson(query, [{ name: owner }]) !== null || resolvePerson(owner, [{ name: query.replace(/^@/, '') }]) !== null;
}
