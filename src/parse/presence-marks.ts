import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

/** Ticks a roll call writes after a present member's name: a cross, a check mark, a ticked box. */
const PRESENT_SIGNS = new Set(['x', '(x)', '[x]', '✓', '✔', '✔️', '✅', '☑', '☑️', '+']);

/** Marks it writes after an absent member's name: a dash in the tick column, a cross-out. */
const ABSENT_SIGNS = new Set(['-', '–', '—', '(-)', '✗', '✘', '❌']);

/**
 * A part of an attendance list without the presence mark after the name (`Anna Berg x`, `Bo Chan
 * ✓`, `Eva Lind närv.`): the name alone when the mark says present, the name with the absence
 * written as a detail (`Karin Lind (frånvarande)`) when it says absent (`–`, `frånv.`, `ei`), as a
 * roll call's tick column means. A capital `X` counts only after a name of two words, where it
 * cannot be an initial (`Anna X` stays as written). Other parts come back as they are.
 */
export function withoutPresenceMark(part: string, vocabs: readonly Vocabulary[]): string {
  const text = part.trimEnd();
  const space = lastBlank(text);
  if (space <= 0) return part;
  const name = text.slice(0, space).trimEnd();
  const mark = text.slice(space + 1);
  const lower = mark.toLowerCase();
  if (name === '' || /[,;:(\-–—]$/u.test(name)) return part;
  if (mark === 'X' && !name.includes(' ')) return part;
  if (PRESENT_SIGNS.has(lower) || markWords(vocabs).present.has(lower)) return name;
  if (ABSENT_SIGNS.has(lower) || markWords(vocabs).absent.has(lower)) {
    const absent = vocabs[0]?.attendance.absent[0];
    return absent === undefined ? name : `${name} (${absent})`;
  }
  return part;
}

/** Where the last run of blanks in a text ends, one before the last word; -1 when none. */
function lastBlank(text: string): number {
  for (let i = text.length - 1; i > 0; i--) if (/\s/.test(text.charAt(i))) return i;
  return -1;
}

/** The one-word marks of the vocabularies for each side of a roll call: their abbreviations (`närv.`, `ei`) and attendance words of one word (`frånvarande`); once per list of vocabularies. */
const markWords = oncePer((vocabs: readonly Vocabulary[]) => {
  const of = (side: 'present' | 'absent'): ReadonlySet<string> => new Set(vocabs.flatMap((v) => [...v.presenceMarks[side], ...v.attendance[side].filter((w) => !w.includes(' '))]));
  return { present: of('present'), absent: of('absent') };
});
