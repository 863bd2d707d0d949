import { fold } from '../lang/match.js';
import type { RosterPerson } from '../model/roster-person.js';

/** A name, alias or handle of the roster that two people claim: the later claim's key path and why. */
export interface RosterClash {
  /** Where the later claim is, as a key path inside `people` (`[2].aliases[0]`). */
  key: string;
  reason: string;
}

/**
 * The first name, alias or handle that the roster gives two different people (any case, accents
 * optional, a handle's `@` optional), which would make every reference to it a guess; null when
 * each belongs to one person. A person may repeat their own.
 */
export function checkRoster(people: readonly RosterPerson[]): RosterClash | null {
  const claimed = new Map<string, { person: number; key: string }>();
  for (const [index, person] of people.entries()) {
    for (const { form, key } of formsOf(person)) {
      const earlier = claimed.get(form.folded);
      if (earlier !== undefined && earlier.person !== index) {
        const owner = people[earlier.person]?.name ?? '';
        return { key: `[${index}].${key}`, reason: `${JSON.stringify(form.written)} is already claimed by people[${earlier.person}] (${owner}) as ${earlier.key}` };
      }
      if (earlier === undefined) claimed.set(form.folded, { person: index, key });
    }
  }
  return null;
}

/** Every name, alias and handle of a person, folded to the form they are matched in, with its key path. */
function formsOf(person: RosterPerson): Array<{ form: { written: string; folded: string }; key: string }> {
  const names = [person.name, ...(person.aliases ?? [])].map((written, i) => ({
    form: { written, folded: fold(written).trim() },
    key: i === 0 ? 'name' : `aliases[${i - 1}]`,
  }));
  const handles = (person.handles ?? []).map((written, i) => ({
    form: { written, folded: `@${fold(written.replace(/^@/, ''))}` },
    key: `handles[${i}]`,
  }));
  return [...names, ...handles];
}
