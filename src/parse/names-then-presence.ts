import type { FieldName, Vocabulary } from '../lang/types.js';
import { attendanceWords } from './cues.js';
import { trimEndWhere } from './trim.js';

/** The marks that close a word at the end of a clause. */
const CLOSING = '.;:,!';

/**
 * The names of a sentence that closes with their attendance (`Alice Smith, Bob Jones and Carol
 * White were present.`, `Board members Ann Lee and Bo Chan were in attendance.`, `Dan Brown was
 * absent.`): English minutes (US boards and commissions above all) name the people first and say
 * what they were last. The text before `were` / `was`, without the words for the group that open
 * it (`Board members`, `Trustees`, `Also`), with its field; null when the sentence does not close so.
 */
export function namesThenPresence(words: readonly string[], vocabs: readonly Vocabulary[]): { field: FieldName; text: string } | null {
  const lower = words.map((w) => trimEndWhere(w.toLowerCase(), (code) => CLOSING.includes(String.fromCharCode(code))));
  for (let verb = lower.length - 2; verb >= Math.max(1, lower.length - 4); verb--) {
    if (!vocabs.some((v) => v.auxiliaries.includes(lower[verb] as string))) continue;
    const field = fieldOfState(lower.slice(verb + 1).join(' '), vocabs);
    if (field === null) return null;
    let first = 0;
    while (first < verb && opensGroup(lower, first, vocabs)) first++;
    const text = words.slice(first, verb).join(' ');
    return /^\p{Lu}/u.test(text) ? { field, text } : null;
  }
  return namesThenJoined(words, lower, vocabs);
}

/**
 * The names of a sentence that closes with a verb of joining and how (`Ola Ray and Bo Chan joined
 * remotely.`, `Kim Lee connected by phone.`): the people who took part from afar, as
 * minutes write them after the names of those in the room.
 */
function namesThenJoined(words: readonly string[], lower: readonly string[], vocabs: readonly Vocabulary[]): { field: FieldName; text: string } | null {
  for (let verb = lower.length - 1; verb >= Math.max(1, lower.length - 4); verb--) {
    if (!attendanceWords(vocabs).present.has(lower[verb] as string)) continue;
    const how = lower.slice(verb + 1).join(' ');
    // How they took part makes the word a verb of joining (`Ann Lee – present` is a roll call's mark, read elsewhere).
    if (!vocabs.some((v) => (v.attendanceModes ?? []).includes(how))) return null;
    let first = 0;
    while (first < verb && opensGroup(lower, first, vocabs)) first++;
    const text = words.slice(first, verb).join(' ');
    return /^\p{Lu}/u.test(text) ? { field: 'participants', text } : null;
  }
  return null;
}

/**
 * `present` / `in attendance` (`närvarande`, `anwesend`, `aanwezig`) name who came, `absent` /
 * `excused` who did not; anything else no attendance.
 */
function fieldOfState(state: string, vocabs: readonly Vocabulary[]): FieldName | null {
  // `were also present`, `was also in attendance`: the people named after others.
  const told = state.startsWith('also ') ? state.slice(5) : state;
  const bare = told.startsWith('in ') ? told.slice(3) : told;
  if (vocabs.some((v) => v.attendance.absent.includes(bare))) return 'absent';
  // The word of being there that a column of presence is headed with as well (`present`, `närvarande`, `anwesend`, `aanwezig`, `läsnä`).
  return vocabs.some((v) => v.attendance.present.includes(bare) && v.peopleColumns.present.includes(bare)) ? 'participants' : null;
}

/**
 * Whether the word at `at` still names the group, not a person: a word of the attendance labels
 * (`Trustees`, `Members`) or `Also`, or one that such a word follows (`Board` in `Board members`).
 */
function opensGroup(lower: readonly string[], at: number, vocabs: readonly Vocabulary[]): boolean {
  const groupWord = (word: string | undefined): boolean => word !== undefined && (word === 'also' || vocabs.some((v) => v.labels.participants?.includes(word) === true));
  return groupWord(lower[at]) || groupWord(lower[at + 1]);
}

/**
 * The value of an attendance label whose first sentence closes with the attendance the label
 * already gave (`Board members` + `Ann Lee and Bo Chan were in attendance. ...`): the names without
 * `were in attendance`, the rest as it was; the text itself when it does not close so.
 */
export function withoutClosingPresence(text: string, vocabs: readonly Vocabulary[]): string {
  const end = text.search(/[.;](?:\s|$)/);
  const sentence = end < 0 ? text : text.slice(0, end + 1);
  const told = namesThenPresence(sentence.split(/\s+/), vocabs);
  return told === null || told.field !== 'participants' ? text : told.text + text.slice(sentence.length);
}
