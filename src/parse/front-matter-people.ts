import type { Vocabulary } from '../lang/types.js';
import type { Participant } from '../model/participant.js';
import type { Header } from './header.js';
import { addParticipant } from './read-attendance.js';
import { fieldOf } from './read-label.js';
import { readPeople } from './read-people.js';

/** The role each role key of front matter gives its people. */
const ROLE_OF_KEY: Readonly<Record<string, string>> = { chair: 'chair', secretary: 'secretary' };

/**
 * The people that front matter lists under a key the vocabularies know as an attendance or role
 * label (`attendees: [Ann Lee, Bo Chan]`, `absent:` as a YAML list, `chair: Ann Lee`), as static
 * site generators keep minutes: each added as a participant, placed where the name stands in the
 * file. Keys of anything else are left to the other readers.
 */
export function readFrontMatterPeople(frontMatter: Record<string, unknown> | null, header: Header, vocabs: readonly Vocabulary[]): void {
  if (frontMatter === null) return;
  for (const [key, value] of Object.entries(frontMatter)) {
    const field = fieldOf(key.replaceAll('_', ' ').toLowerCase(), vocabs);
    if (field !== 'participants' && field !== 'absent' && ROLE_OF_KEY[field ?? ''] === undefined) continue;
    const text = textOf(value);
    if (text === null) continue;
    const role = ROLE_OF_KEY[field ?? ''];
    for (const person of readPeople(text, false, vocabs)) {
      const participant: Participant = {
        name: person.name, organization: person.organization, roles: role === undefined ? person.roles : [...person.roles, role],
        present: field !== 'absent' && !person.absent, handle: person.handle,
      };
      const position = placeOf(person.name, header.sourceLines);
      addParticipant(header, position === null ? participant : { ...participant, position });
    }
  }
}

/** A front-matter value as a list of names: a string as written, a list of strings joined with commas; null for anything else. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return null;
}

/** Where a name first stands in the file (1-based), or null. */
function placeOf(name: string, lines: readonly string[]): { line: number; column: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const at = (lines[i] as string).indexOf(name);
    if (at >= 0) return { line: i + 1, column: at + 1 };
  }
  return null;
}
