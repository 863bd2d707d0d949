import type { Vocabulary } from '../lang/types.js';
import type { Header } from './header.js';
import { headsNameColumn, INLINE_FIELDS, runOnFields, valueOf, type InlineLabel } from './inline-labels.js';
import { addParticipant, participantOf, PEOPLE_FIELDS, ROLE_OF_FIELD, withNamePairsParted } from './read-attendance.js';
import type { LabelHit } from './read-label.js';
import { readName, readPeople, splitTopLevel } from './read-people.js';
import type { RoleClaim } from './read-roles.js';
import type { Line } from './types.js';

/** A line that runs header fields together, as text flattened from a PDF does: its labels inside, and whether it goes on into the body. */
export interface RunOnLine {
  index: number;
  labels: InlineLabel[];
  /** The line goes on past its fields (`... Notulist: Ann Lee 1. Opening ...`): it stays in the body. */
  body: boolean;
}

/** A line without a colon this long may run a form's fields together with its labels in a column of their own (`Aika ... Paikka ... Läsnä ...`). */
const BARE_RUN_ON = 80;

/** Header fields stand in the first lines: a run-on line further down is read as the body only. */
const HEADER_LINES = 60;

/**
 * The label at a line's start cut where the next field of a run-on line starts (`Present: Ann Lee
 * In attendance: Bo Chan (Clerk) ...`), and the fields inside the line; the label unchanged and
 * null when the line holds no further field and does not go on into the body.
 */
export function splitRunOn(line: Line, index: number, label: LabelHit | null, vocabs: readonly Vocabulary[]): { label: LabelHit | null; runOn: RunOnLine | null } {
  if (index >= HEADER_LINES || line.kind !== 'paragraph' || (!line.text.includes(':', 1) && line.text.length < BARE_RUN_ON)) return { label, runOn: null };
  if (label !== null && (!INLINE_FIELDS.has(label.field) || label.value === '')) return { label, runOn: null };
  const text = line.text.trimEnd();
  // The value must stand as written at the line's end to be cut (an unmarked label's value is rejoined with single blanks).
  if (label !== null && !text.endsWith(label.value)) return { label, runOn: null };
  const from = label === null ? 1 : text.length - label.value.length;
  if (from < 1) return { label, runOn: null };
  const found = runOnFields(text, vocabs, from, label !== null);
  const body = found.bodyAt !== null && text.slice(found.bodyAt).trim() !== '';
  if (found.labels.length === 0 && (label === null || !body)) return { label, runOn: null };
  const cut = label === null ? null : { ...label, value: valueOf(text.slice(from, found.leadEnd)) };
  return { label: cut, runOn: { index, labels: found.labels, body } };
}

/**
 * Read the people and roles a run-on line's labels give: the names after an attendance label are
 * present or absent as it says, the names after a role label claim the role. Time and place are
 * read by the header's own reader.
 */
export function readInlinePeople(line: Line, label: InlineLabel, header: Header, claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  if (!PEOPLE_FIELDS.has(label.field) || label.value === '') return;
  const at: Line = { ...line, start: { line: line.start.line, column: line.start.column + label.valueAt } };
  const role = ROLE_OF_FIELD[label.field];
  if (role !== undefined) {
    const names = roleNames(label.value, vocabs);
    if (names.length > 0) claims.push({ role, names, strength: 2 });
    return;
  }
  if (columnHeads(label.value, vocabs)) return;
  const present = label.field === 'participants';
  let any = false;
  for (const person of readPeople(withNamePairsParted(label.value, vocabs), { oneEach: false }, vocabs)) {
    addParticipant(header, participantOf(person, at, present && !person.absent, header));
    any = true;
  }
  if (any) header.fields[present ? 'participants' : 'absent'] ??= { text: label.value, position: at.start };
}

/** The names of a role's value (`Ann Lee`, `Ann Lee and Bo Chan`), or none when a part is no name. */
function roleNames(value: string, vocabs: readonly Vocabulary[]): string[] {
  const names: string[] = [];
  for (const part of splitTopLevel(value.replace(/\([^()]*\)/g, ''), /[,;&]|\s(?:and|ja|och|und|en|sekä)\s/)) {
    const person = readName(part.trim(), vocabs, true);
    // What follows the holders' full names may say more of them (their firm, their office): those names hold the role.
    if (!person && names.length > 0 && names.every((name) => name.includes(' '))) break;
    if (!person) return [];
    names.push(person.name);
  }
  return names;
}

/**
 * Whether a value is the heads of a table of people's columns, not people (`Osallistujat Nimi Klo
 * Tehtävä Lisätiedot LÄSNÄ ...`: the table's caption, then its heads, then the rows under a label
 * of their own): a few words and no comma, the first the head of the column of names (`Nimi`, `Name`, `Namn`).
 */
function columnHeads(value: string, vocabs: readonly Vocabulary[]): boolean {
  const words = value.trim().split(/\s+/u);
  return words.length <= COLUMN_HEADS && !value.includes(',') && headsNameColumn(words[0] ?? '', vocabs);
}

/** The most heads a table of people has: name, time, office, notes, and a word broken in two. */
const COLUMN_HEADS = 5;
