import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { wordSet } from './cues.js';
import { ownerKind } from './owner-kinds.js';
import { splitNames } from './read-owners.js';
import { trimEndWhere } from './trim.js';

/** Marks that may close a name and the clause after it. */
const CLAUSE_MARKS = '.,;:!?)';

/** The most characters after the preposition that the doers' names may take. */
const LONGEST_AGENT = 60;

/**
 * The doers a task written in the passive names after a preposition of the agent (`Fika ska
 * inhandlas av Sanna och Henrik`, `The hall is to be booked by Ann Lee`, `wordt geregeld door
 * Bram`): the names right after the last such preposition, every one of them a participant, up to
 * the first word in lower case that joins no names or a mark that ends the clause. Empty when no
 * preposition is followed by participants alone. A participant's name in the genitive (`genom Olle
 * Bergs försorg`) names that participant, and the roles after the preposition (`genom ordföranden`,
 * `by the chair and the treasurer`) are given as their words, for their holders: these two only
 * where the preposition stands after `verbAt`, the passive's place in the text.
 */
export function passiveAgents(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean, verbAt = 0): string[] {
  const words = wordSet(vocabs, 'passiveAgents');
  if (words.size === 0) return [];
  const folded = fold(text);
  for (const found of [...folded.matchAll(/\p{L}+/gu)].reverse()) {
    if (!words.has(found[0])) continue;
    const after = text.slice(found.index + found[0].length, found.index + found[0].length + LONGEST_AGENT);
    const ahead = namesAhead(after, vocabs);
    const names = splitNames(ahead, vocabs, known);
    if (names !== null && names.every(known)) return names;
    // A genitive or a role names the doer only after the verb: before it, the preposition is of a noun
    // (`En kopia av sekreterarens anteckningar skickas`, `Ett utdrag av Olles tal mejlas`).
    if (found.index < verbAt) continue;
    // A name in the genitive before a noun of care (`genom Olle Bergs försorg`): the name without its `s`.
    const genitive = /^(.+\p{L})s$/u.exec(ahead)?.[1];
    if (genitive !== undefined && known(genitive)) {
      if (caredFor(after.trim().slice(ahead.length), vocabs)) return [genitive];
      continue;
    }
    const roles = rolesAhead(after, vocabs);
    if (roles.length > 0) return roles;
  }
  return [];
}

/** The most words `rolesAhead` reads. */
const LONGEST_ROLES = 12;

/**
 * The roles at the start of a text, each with or without its article and joined by an and-word
 * (`ordföranden`, `the chair and the treasurer`, `ordförande och sekreterare`), as the roles' words
 * for their holders. Empty when the text opens with no role, or when a word joined on is no role
 * (a partial list is wrong: `by the chair and Ann Lee`, `av ordföranden och två frivilliga`).
 */
function rolesAhead(text: string, vocabs: readonly Vocabulary[]): string[] {
  const articles = wordSet(vocabs, 'articles');
  const joins = wordSet(vocabs, 'and');
  const roles: string[] = [];
  const words = text.trim().split(/\s+/).slice(0, LONGEST_ROLES);
  for (let i = 0; i < words.length; ) {
    let word = words[i] as string;
    if (articles.has(word.toLowerCase()) && i + 1 < words.length) word = words[++i] as string;
    const bare = trimEndWhere(word, (code) => CLAUSE_MARKS.includes(String.fromCharCode(code)));
    if (!/^\p{Ll}+$/u.test(bare) || ownerKind(bare, vocabs)?.kind !== 'role') return [];
    roles.push(bare);
    i++;
    // A role in the genitive owns the noun after it (`genom kassörens mejllista`) unless that is a noun of care.
    if (bare === word && genitiveRole(bare, vocabs) && !caredFor(words.slice(i).join(' '), vocabs)) return [];
    if (bare !== word || !joins.has((words[i] ?? '').toLowerCase())) return roles;
    i++;
  }
  return [];
}

/** Whether a role word is a genitive of a role (`kassörens`, `ordförandens`): a role without its `s`. */
function genitiveRole(word: string, vocabs: readonly Vocabulary[]): boolean {
  return word.endsWith('s') && ownerKind(word.slice(0, -1), vocabs)?.kind === 'role';
}

/** The languages' nouns of care (`försorg`), made once per list of vocabularies. */
const careNouns = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.careNouns ?? [])));

/** Whether a text opens with one of the language's nouns of care (`försorg`), after a doer in the genitive. */
function caredFor(text: string, vocabs: readonly Vocabulary[]): boolean {
  const first = text.trim().split(/\s+/, 1)[0] ?? '';
  return careNouns(vocabs).has(trimEndWhere(first, (code) => CLAUSE_MARKS.includes(String.fromCharCode(code))).toLowerCase());
}

/**
 * The words at the start of a text that may be names: capitalised words and the words that join
 * names (`och`, `and`), up to the first other word or a mark that ends a clause.
 */
function namesAhead(text: string, vocabs: readonly Vocabulary[]): string {
  const joins = wordSet(vocabs, 'and');
  const taken: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const bare = trimEndWhere(word, (code) => CLAUSE_MARKS.includes(String.fromCharCode(code)));
    if (!/^\p{Lu}/u.test(bare) && !joins.has(bare)) break;
    taken.push(bare);
    if (bare !== word) break;
  }
  return taken.join(' ');
}
