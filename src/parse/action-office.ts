import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { findPhrase, gather, wordSet, wordsOf } from './cues.js';
import type { OwnerMatch } from './read-owners.js';
import { roleOf } from './read-people.js';

/** How far before a subject the words of its office are looked for: an office fronted before an inverted subject (`Kokouksen sihteerinä toimii Riikka`). */
const BEFORE = 40;

/** How far after a subject: the verb and its office (`übernimmt weiterhin das Amt der Kassiererin`). */
const AFTER = 60;

/** The shortest office noun that also ends a compound (`toimikunnassa` in `rakennustoimikunnassa`). */
const COMPOUND_TAIL = 8;

/**
 * Whether a subject found in a sentence takes, keeps or acts in an office (`Karin übernimmt
 * weiterhin das Amt der Kassiererin`, `jkoch führt Protokoll`, `Kokouksen puheenjohtajana toimii
 * Elina`, `Petri jatkaa yhdistyksen johdossa`, `Bo will serve as secretary`, `Eva fortsätter som
 * kassör`, `Jan blijft voorzitter`): minutes record who holds an office (an election, the roles
 * of the meeting, a post kept for another year) as a fact of the organisation, no task after the
 * meeting. A verb of holding an office and an office (a role word of the vocabularies, or one of
 * their office nouns) both stand near the subject: the verb alone is a task (`Fabio jatkaa
 * animaatioiden parissa`, `Anna übernimmt die Planung`).
 */
export function holdsOffice(text: string, subject: OwnerMatch, vocabs: readonly Vocabulary[]): boolean {
  const verbs = gather(vocabs, 'officeVerbs');
  if (verbs.length === 0) return false;
  const from = Math.max(0, subject.index - BEFORE);
  const to = subject.index + subject.length + AFTER;
  if (findPhrase(text.slice(from, to), verbs) === null) return false;
  // The office is sought outside the subject's own words: an office that is the subject (`Der Vorsitzende übernimmt die Einladung`) holds none.
  const around = `${text.slice(from, subject.index)} , ${text.slice(subject.index + subject.length, to)}`;
  const nouns = wordSet(vocabs, 'officeNouns');
  const tails = compoundTails(vocabs);
  const office = (word: string): boolean => nouns.has(word) || roleOf(word, vocabs) !== null || tails.some((tail) => word.length > tail.length && word.endsWith(tail));
  if (!wordsOf(around).some(office)) return false;
  // A deed joined to the office (`Aino toimii koordinaattorina ja hankkii tarjoukset`) is a task still.
  // Its verb follows the and-word; a name there (`... ja Rasmus hoitaa yhteydet`) opens another's clause.
  // The words as written, and in lower case from the same match, so that each index names one word in both.
  const written = text.slice(subject.index + subject.length, to + AFTER).match(/[\p{L}\p{N}'’@_-]+/gu) ?? [];
  const after = written.map((word) => word.toLowerCase());
  const held = after.findIndex(office);
  const and = wordSet(vocabs, 'and');
  return !after.some((word, k) => k > held && held >= 0 && and.has(word) && /^\p{Ll}/u.test(written[k + 1] ?? ''));
}

/** The office nouns long enough to end a compound, made once per list of vocabularies. */
const compoundTails = oncePer((vocabs: readonly Vocabulary[]): string[] => gather(vocabs, 'officeNouns').filter((noun) => noun.length >= COMPOUND_TAIL));
