import { fold } from '../lang/match.js';
import { isInflection, nameParts } from '../parse/resolve-people.js';

/**
 * Whether a name asked for (`--owner`) names an action's owner, case- and diacritic-insensitively,
 * a leading `@` ignored: the full name, or every word of one is a word of the other (`minna`,
 * `Männikkö`, `mannikko`; `Minna Männikkö` for an owner kept as written, `Minna`), or one word is a
 * Finnish or Swedish inflected form of a word of the other, either way round (`Minnalle`,
 * `Männikön`, `Minnas`; `Minna` for an owner kept as written, `Minnalle`). A word in `names` (the
 * words of other people's full names) is a name of its own, never read as an inflected form, so
 * `Eli` does not find Elina Laine, nor `Elina` Eli Ek, when both are owners.
 */
export function matchOwner(query: string, owner: string, names: ReadonlySet<string> = new Set()): boolean {
  const asked = nameParts(query.replace(/^@/, ''));
  const named = nameParts(owner.replace(/^@/, ''));
  if (asked.length === 0 || named.length === 0) return false;
  if (fold(query.replace(/^@/, '')).trim() === fold(owner.replace(/^@/, '')).trim()) return true;
  return within(asked, named) || within(named, asked) || inflects(asked, named, names) || inflects(named, asked, names);
}

/** Every whole word of `words` (hyphen halves aside) is among `parts`. */
function within(words: readonly string[], parts: readonly string[]): boolean {
  const whole = words.filter((word) => !word.includes('-') || parts.includes(word));
  return whole.length > 0 && whole.every((word) => parts.includes(word));
}

/** `words` is one word, not a name of its own, that inflects one of `parts`. */
function inflects(words: readonly string[], parts: readonly string[], names: ReadonlySet<string>): boolean {
  const [word, ...rest] = words;
  if (word === undefined || rest.length > 0 || names.has(word)) return false;
  return parts.some((part) => isInflection(word, part));
}
