import { fold } from '../lang/match.js';
import type { Vocabulary } from '../lang/types.js';
import { wordCounts } from './action-owners.js';
import type { Header } from './header.js';
import { addParticipant, participantOf } from './read-attendance.js';
import { readName, type PersonEntry } from './read-people.js';
import type { Line } from './types.js';

/** The lines of text a column of names may begin within: the title, the date, a sentence of record above it. */
const COLUMN_START = 6;

/** The longest line of the head above a column of names: a sentence of record with its date and place. */
const HEAD_LINE = 200;

/** The fewest lines of one name each a column holds, and the fewest lines of two names or more. */
const FEWEST_SINGLES = 3;
const FEWEST_PAIRED = 2;

/**
 * A column of names under the title that no label introduces, as minutes typed in a word processor or
 * flattened from a page open with their attendance:
 * - one person a line (`Steering Meeting` / `12.06.2025` / `Anna Berg` / `Tom Keller` / `Paul Hart
 *   (minutes)`; `Cllr Mr A Reed (Chair)` / `Cllr Mrs B Stone` under the sentence of record), three
 *   lines at least, one of them with a mark of a person: an office in parentheses (`(Chair)`,
 *   `(minutes)`) or a courtesy title before the name (`Cllr`, `Mrs`), for a column of topics
 *   (`Budget Review` / `Hiring Plan`) reads the same;
 * - two people and more a line, each a given name and a surname in capitals (`Anna Berg Tom Keller
 *   Rita Moss` / `Eva Lund Sam Price`), two lines at least, fewer than half their words written in
 *   lower case elsewhere in the minutes (`Summer Fair Car Park` / `Village Hall Bus Shelter` are topics).
 * The column begins within the first lines of text, under short lines only and before any heading,
 * and ends at the first line that is no such name: a label (`In attendance:`), a numbered item, a sentence.
 */
export function readNameColumn(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): void {
  const top = lines.findIndex((line) => line.kind !== 'html' && line.kind !== 'code');
  if (top < 0) return;
  for (let i = top; i < lines.length && i < top + COLUMN_START; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'heading' && i > top) return;
    // Above the column stand the title, the date, a sentence of record: short lines of one sentence at most; a paragraph of
    // text (`... todettiin. Hallituksen kokoonpano on`) has begun the body, and a list after it names whom it speaks of, not who attended.
    if (line.text.length > HEAD_LINE || /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(line.text)) return;
    const column = columnFrom(lines, i, header, vocabs);
    if (column === null) continue;
    for (const [index, people] of column) {
      for (const person of people) addParticipant(header, participantOf(person, lines[index] as Line, true, header));
      header.consumed.add(index);
    }
    header.fields.participants ??= { text: line.text, position: line.start };
    return;
  }
}

/** The lines of a column of names from line `from` with the people of each, or null where no column begins there. */
function columnFrom(lines: readonly Line[], from: number, header: Header, vocabs: readonly Vocabulary[]): [number, PersonEntry[]][] | null {
  const column: [number, PersonEntry[]][] = [];
  let singles = 0;
  let paired = 0;
  let marked = 0;
  let noted = 0;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (!plainLine(line, j, header)) break;
    const pairs = namePairs(line.text, vocabs);
    if (pairs !== null) {
      if (singles > 0) return null;
      paired++;
      column.push([j, pairs]);
      continue;
    }
    const person = personLine(line.text, vocabs);
    if (person === null || paired > 0) break;
    singles++;
    if (person.marked) marked++;
    if (person.marked || line.text.includes('(')) noted++;
    column.push([j, [person.entry]]);
  }
  if (paired >= FEWEST_PAIRED) return commonNouns(column, lines) * 2 < column.reduce((n, [, people]) => n + people.length * 2, 0) ? column : null;
  // Where a label has told who attended already, half the column's lines must carry a mark or a note in parentheses: a letterhead
  // (`Mrs Jo Hale (Clerk)` / `Ivy Cottage` / `Rye Lane`) above a `Present:` list is marked on its first line only, members each (`Cllr ...`, `(Treasurer)`).
  const told = header.participants.some((p) => p.present);
  return singles >= FEWEST_SINGLES && marked > 0 && (!told || noted * 2 >= singles) ? column : null;
}

/** A line a column of names may hold: a plain paragraph's line, no list item, no label, not read for another field, no digit and no colon. */
function plainLine(line: Line, index: number, header: Header): boolean {
  return line.kind === 'paragraph' && line.listDepth === 0 && !header.labels.has(index) && !header.consumed.has(index) && !/[\d:;,]/.test(line.text) && line.text.length <= 80;
}

/**
 * How many words of the people read from a column the minutes also write in lower case: common nouns
 * (`Summer Fair Car Park` / `Village Hall Bus Shelter`, topics, are half of them and more; a name now
 * and then is a word too, `Will Carter`, `Sam Price`).
 */
function commonNouns(column: readonly [number, PersonEntry[]][], lines: readonly Line[]): number {
  const { lower } = wordCounts(lines);
  return column.reduce((n, [, people]) => n + people.reduce((m, p) => m + p.name.split(' ').filter((w) => lower.has(fold(w))).length, 0), 0);
}

/** The common words of the vocabularies no person's name holds: meetings, bodies, the document, groups. */
function commonWord(word: string, vocabs: readonly Vocabulary[]): boolean {
  const lower = word.toLowerCase();
  return vocabs.some((v) => v.meetingWords.includes(lower) || v.bodies.includes(lower) || v.documentWords.includes(lower) || v.groupNouns.includes(lower));
}

/** One person a line: a name of two words or more, with whether an office or a courtesy title marks it as a person's. */
function personLine(text: string, vocabs: readonly Vocabulary[]): { entry: PersonEntry; marked: boolean } | null {
  const entry = readName(text, vocabs);
  if (entry === null) return null;
  const words = entry.name.split(' ');
  if (words.length < 2 || words.some((word) => commonWord(word, vocabs))) return null;
  const first = (text.trim().split(/\s+/u)[0] ?? '').toLowerCase().replace(/\.$/u, '');
  const titled = first !== (words[0] ?? '').toLowerCase() && vocabs.some((v) => (v.honorifics ?? []).includes(first));
  return { entry, marked: entry.roles.length > 0 || titled };
}

/** A capitalised word of a name of two letters at least (`Anna`, `Lee-Hart`), no initial. */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Two people and more on a line, a given name and a surname each (`Anna Berg Tom Keller`): the people, or null. */
function namePairs(text: string, vocabs: readonly Vocabulary[]): PersonEntry[] | null {
  const words = text.trim().split(/\s+/u);
  if (words.length < 4 || words.length % 2 !== 0 || words.some((word) => !NAME_WORD.test(word) || commonWord(word, vocabs))) return null;
  const people: PersonEntry[] = [];
  for (let k = 0; k < words.length; k += 2) people.push({ name: `${words[k]} ${words[k + 1]}`, organization: null, roles: [], handle: null });
  return people;
}
