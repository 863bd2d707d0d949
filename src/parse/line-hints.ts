import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { includesAny } from './cues.js';

/**
 * Cheap tests the header readers ask of a line before reading it word by word: each is a necessary
 * condition of what the reader looks for, so a line that fails it is passed over with the same
 * result as reading it, at the cost of one scan of its characters.
 */

/**
 * The last word of every word and phrase of presence and absence of the vocabularies (`present`,
 * `attendance` of `in attendance`, `attend` of `unable to attend`), made once per list of
 * vocabularies. A sentence that says who attended holds one of its attendance words as a word of
 * its own, or closes on one of its phrases (`were not present`), whose last word it then holds.
 */
const attendanceEnds = oncePer((vocabs: readonly Vocabulary[]): string[] => [
  ...new Set(vocabs.flatMap((v) => [...v.attendance.present, ...v.attendance.absent]).map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1))),
]);

/**
 * Whether a text may say who attended: its lower case holds the last word of an attendance word or
 * phrase of the vocabularies, anywhere (part of a word counts). Where it does not, no attendance word
 * stands in it as a word, so `attendanceTold`, `runTogether` and `toldRun` find nothing in it or in
 * any part of it.
 */
export function mayTellAttendance(text: string, vocabs: readonly Vocabulary[]): boolean {
  return includesAny(text.toLowerCase(), attendanceEnds(vocabs));
}
