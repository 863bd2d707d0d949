import type { Vocabulary } from '../lang/types.js';
import { oncePer } from '../lang/once-per.js';
import { roleOf } from './read-people.js';

/**
 * The words of offices and groups that may stand in lower case before a name in a sentence of
 * attendance (`supervisors`, `treasurer`, `deputy clerk`, `guests`), made once: the role words,
 * the job titles and the attendance labels of one word of the vocabularies.
 */
const officeWords = oncePer((vocabs: readonly Vocabulary[]): Set<string> => {
  const words = new Set<string>();
  for (const vocab of vocabs) {
    for (const list of Object.values(vocab.roles)) for (const word of list) if (!word.includes(' ')) words.add(word);
    for (const word of vocab.jobTitles ?? []) words.add(word);
    for (const word of vocab.labels.participants ?? []) if (!word.includes(' ')) words.add(word);
  }
  return words;
});

/** Whether a lower-case word names an office or a group, in the singular or the plural (`supervisors`, `guests`). */
export function isOfficeWord(word: string, vocabs: readonly Vocabulary[]): boolean {
  const bare = word.replace(/[,:;]$/, '');
  if (!/^\p{Ll}/u.test(bare)) return false;
  const words = officeWords(vocabs);
  return words.has(bare) || (bare.endsWith('s') && words.has(bare.slice(0, -1))) || roleOf(bare, vocabs) !== null;
}

/**
 * A part of an attendance sentence without the office written before the name and the lower-case
 * words after it: US boards write who people are around their names (`treasurer Ray Barnes`,
 * `deputy treasurer Jo Park`, `Mike Siers web heads`). A run of up to three lower-case words whose
 * last names an office goes before; any lower-case run goes after a name of two words. The part
 * itself when it has no such words.
 */
export function withoutOfficeWords(part: string, vocabs: readonly Vocabulary[]): string {
  let words = part.trim().split(/\s+/);
  const lead = words.findIndex((word) => !/^\p{Ll}/u.test(word));
  if (lead > 0 && lead <= 3 && isOfficeWord(words[lead - 1] as string, vocabs)) words = words.slice(lead);
  let end = words.length;
  while (end > 2 && /^\p{Ll}/u.test(words[end - 1] as string)) end--;
  // Particles belong to names (`Anna van Berg`): only cut after two capitalised words.
  if (end < words.length && end >= 2 && words.slice(0, end).every((word) => /^\p{Lu}/u.test(word))) words = words.slice(0, end);
  return words.join(' ');
}
